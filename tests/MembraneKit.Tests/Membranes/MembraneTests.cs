namespace MembraneKit.Tests.Membranes;

public class MembraneTests
{
    private static Membrane TypicalCell() => Membrane.At(37.Celsius())
        .With(Ion.Potassium, inside: 140, outside: 4)
        .With(Ion.Sodium, inside: 15, outside: 145)
        .With(Ion.Chloride, inside: 10, outside: 110);

    [Fact]
    public void With_replaces_an_ion_rather_than_adding_it_twice()
    {
        var cell = TypicalCell().With(Ion.Potassium, inside: 140, outside: 8);
        Assert.Equal(3, cell.Ions.Count);
        Assert.Equal(8, cell.Gradient(Ion.Potassium).Outside.Millimolar);
    }

    [Fact]
    public void Membranes_with_the_same_content_are_equal()
    {
        Assert.Equal(TypicalCell(), TypicalCell());
        Assert.NotEqual(TypicalCell(), TypicalCell().With(Ion.Sodium, 15, 140));
    }

    [Fact]
    public void Each_ion_has_its_own_equilibrium_potential_and_they_differ()
    {
        var e = TypicalCell().EquilibriumPotentials();
        Assert.Equal(-95.0, e[0].Potential.Millivolts, 1);
        Assert.Equal(60.6, e[1].Potential.Millivolts, 1);
        Assert.Equal(-64.1, e[2].Potential.Millivolts, 1);
    }

    [Fact]
    public void Electrochemical_potential_is_equal_on_both_sides_at_the_nernst_potential()
    {
        // Document 000 (id 2566370): at E_ion, RT ln c + zFψ is the same on both sides.
        var cell = TypicalCell();
        foreach (var gradient in cell.Ions)
        {
            var e = cell.Nernst(gradient.Ion);
            var balance = cell.ElectrochemicalGradient(gradient.Ion, e);
            Assert.True(balance.IsAtEquilibrium, balance.ToString());
            Assert.Equal(balance.Inside.JoulesPerMole, balance.Outside.JoulesPerMole, 6);
        }
    }

    [Fact]
    public void At_rest_potassium_tends_to_leave_and_sodium_to_enter()
    {
        var cell = TypicalCell();
        Assert.Equal("leaves the cell", cell.ElectrochemicalGradient(Ion.Potassium, (-70).Millivolts()).Tendency);
        Assert.Equal("enters the cell", cell.ElectrochemicalGradient(Ion.Sodium, (-70).Millivolts()).Tendency);
    }

    [Fact]
    public void An_ion_missing_from_the_membrane_is_named_with_the_fix()
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell().Nernst(Ion.Calcium));
        Assert.Equal("ion", e.ParamName);
        Assert.Contains("Ca²⁺", e.Message);
        Assert.Contains(".With(Ion.Calcium", e.Message);
    }

    [Fact]
    public void An_empty_membrane_is_refused_where_ions_are_needed()
    {
        var e = Assert.Throws<InvalidInputException>(() => Membrane.At(37.Celsius()).EquilibriumPotentials());
        Assert.Contains("no ions", e.Message);
    }

    [Fact]
    public void A_bad_concentration_names_the_inside_or_outside_parameter()
    {
        Assert.Equal("outside", Assert.Throws<InvalidInputException>(() => TypicalCell().With(Ion.Calcium, 0.0001, 0)).ParamName);
        Assert.Equal("inside", Assert.Throws<InvalidInputException>(() => TypicalCell().With(Ion.Calcium, -1, 2)).ParamName);
    }

    [Fact]
    public void Ion_symbols_carry_their_charge()
    {
        Assert.Equal("Ca²⁺", Ion.Calcium.Symbol);
        Assert.Equal("HCO₃⁻", Ion.Bicarbonate.Symbol);
        Assert.Equal("HCO3-", Ion.Bicarbonate.AsciiSymbol);
        Assert.Equal("charge", Assert.Throws<InvalidInputException>(() => Ion.Define("Neutral", "X", 0)).ParamName);
    }

    [Fact]
    public void Potassium_diffusion_coefficient_matches_the_crc_table()
    {
        // CRC Handbook: D(K+) = 1.957e-9 m^2/s at 25 °C.
        Assert.Equal(1.957e-9, Ion.Potassium.DiffusionCoefficient!.Value, 12);
    }
}
