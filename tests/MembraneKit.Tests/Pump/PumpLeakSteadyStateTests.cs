using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Pump;

public class PumpLeakSteadyStateTests
{
    private const double Faraday = 96485.33212331001;   // C/mol (SI 2019)
    private const double Gas = 8.31446261815324;        // J/(mol K) (SI 2019)

    private static Membrane TypicalCell(double sodiumToPotassium) => Membrane.At(37.Celsius())
        .With(Ion.Potassium, inside: 140, outside: 4).WithPermeability(Ion.Potassium, 1.0)
        .With(Ion.Sodium, inside: 15, outside: 145).WithPermeability(Ion.Sodium, sodiumToPotassium);

    [Fact]
    public void With_a_coupling_ratio_of_one_it_is_the_two_ion_ghk_potential()
    {
        // Two-ion GHK by hand: (RT/F) ln((P_K K_o + P_Na Na_o) / (P_K K_i + P_Na Na_i)), P_Na/P_K = 0.02 → −80.5 mV.
        var thermal = Gas * 310.15 / Faraday;
        var expected = thermal * Math.Log((4 + 0.02 * 145) / (140 + 0.02 * 15));

        var state = TypicalCell(0.02).PumpLeakPotential(1.0);

        Assert.Equal(expected, state.Potential.Volts, 12);
        Assert.Equal(expected, state.NonElectrogenicPotential.Volts, 12);
        Assert.Equal(-80.5, state.Potential.Millivolts, 0.05);
        Assert.Equal(0, state.ElectrogenicShift.Volts, 15);
    }

    [Theory]
    // P_Na/P_K, V with r = 1 (mV), V with r = 3/2 (mV): each computed outside the kit from the formula
    // (RT/F) ln((r·4 + p·145)/(r·140 + p·15)) at 310.15 K, evaluated independently (Python, SI-2019 constants).
    [InlineData(0.01, -86.784, -89.257)]
    [InlineData(0.02, -80.508, -84.523)]
    [InlineData(0.05, -67.528, -73.944)]
    public void The_electrogenic_pump_hyperpolarises_a_typical_cell_by_a_few_millivolts(double ratio, double withoutMillivolts, double withMillivolts)
    {
        // Document 003, worked example 2720494: "a few millivolts or less".
        var state = TypicalCell(ratio).PumpLeakPotential();
        Assert.Equal(1.5, state.CouplingRatio);
        Assert.Equal(withoutMillivolts, state.NonElectrogenicPotential.Millivolts, 0.01);
        Assert.Equal(withMillivolts, state.Potential.Millivolts, 0.01);
        Assert.InRange(state.ElectrogenicShift.Millivolts, -7, -2);
    }

    [Fact]
    public void Without_a_sodium_leak_the_potential_is_the_potassium_nernst_potential_whatever_the_ratio()
    {
        var cell = TypicalCell(0);
        var ek = cell.Nernst(Ion.Potassium).Potential.Volts;
        Assert.Equal(ek, cell.PumpLeakPotential(1.5).Potential.Volts, 12);
        Assert.Equal(ek, cell.PumpLeakPotential(4).Potential.Volts, 12);
    }

    [Fact]
    public void The_membranes_pump_sets_the_coupling_ratio()
    {
        var cell = TypicalCell(0.02).WithPump(SodiumPotassiumPump.WithStoichiometry(2, 1));
        Assert.Equal(2.0, cell.PumpLeakPotential().CouplingRatio);
        Assert.Equal(1.5, cell.WithoutPump().PumpLeakPotential().CouplingRatio);
    }

    [Fact]
    public void Absolute_permeabilities_give_the_same_potential_as_their_ratio()
    {
        var absolute = Membrane.At(37.Celsius())
            .With(Ion.Potassium, inside: 140, outside: 4).WithPermeability(Ion.Potassium, Permeability.FromCentimetersPerSecond(5e-7))
            .With(Ion.Sodium, inside: 15, outside: 145).WithPermeability(Ion.Sodium, Permeability.FromCentimetersPerSecond(1e-8));
        Assert.Equal(TypicalCell(0.02).PumpLeakPotential().Potential.Volts, absolute.PumpLeakPotential().Potential.Volts, 12);
    }

    [Property]
    public Property The_electrogenic_term_hyperpolarises_every_plausible_cell()
    {
        // Plausible: K⁺ in 100–160 / out 2–10 mM, Na⁺ in 5–30 / out 120–160 mM, P_Na/P_K 0.001–0.2, 0–40 °C.
        var potassiumInside = Gen.Choose(100, 160);
        var potassiumOutside = Gen.Choose(20, 100).Select(i => i / 10.0);
        var sodiumInside = Gen.Choose(50, 300).Select(i => i / 10.0);
        var sodiumOutside = Gen.Choose(120, 160);
        var ratio = Gen.Choose(1, 200).Select(i => i / 1000.0);
        var celsius = Gen.Choose(0, 40);
        var membranes =
            from ki in potassiumInside
            from ko in potassiumOutside
            from nai in sodiumInside
            from nao in sodiumOutside
            from p in ratio
            from t in celsius
            select Membrane.At(t.Celsius())
                .With(Ion.Potassium, inside: ki, outside: ko).WithPermeability(Ion.Potassium, 1.0)
                .With(Ion.Sodium, inside: nai, outside: nao).WithPermeability(Ion.Sodium, p);
        return Prop.ForAll(membranes.ToArbitrary(), m =>
        {
            var state = m.PumpLeakPotential();
            return state.Potential < state.NonElectrogenicPotential
                && state.Potential > m.Nernst(Ion.Potassium).Potential;
        });
    }

    [Fact]
    public void A_membrane_without_a_sodium_permeability_is_refused()
    {
        var cell = Membrane.At(37.Celsius())
            .With(Ion.Potassium, inside: 140, outside: 4).WithPermeability(Ion.Potassium, 1.0)
            .With(Ion.Sodium, inside: 15, outside: 145);
        var e = Assert.Throws<InvalidInputException>(() => cell.PumpLeakPotential());
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("a permeability for Na⁺", e.Message);
        Assert.Contains(".WithPermeability(Ion.Sodium", e.Message);
    }

    [Fact]
    public void Relative_and_absolute_permeabilities_are_not_mixed()
    {
        var cell = Membrane.At(37.Celsius())
            .With(Ion.Potassium, inside: 140, outside: 4).WithPermeability(Ion.Potassium, Permeability.FromCentimetersPerSecond(5e-7))
            .With(Ion.Sodium, inside: 15, outside: 145).WithPermeability(Ion.Sodium, 0.02);
        var e = Assert.Throws<InvalidInputException>(() => cell.PumpLeakPotential());
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("both relative or both absolute", e.Message);
    }

    [Fact]
    public void A_zero_potassium_permeability_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell(0.02).WithPermeability(Ion.Potassium, 0.0).PumpLeakPotential());
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("K⁺ permeability above 0", e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.5)]
    [InlineData(double.NaN)]
    public void A_coupling_ratio_that_is_not_positive_is_refused(double ratio)
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell(0.02).PumpLeakPotential(ratio));
        Assert.Equal("couplingRatio", e.ParamName);
        Assert.Contains("above 0", e.Message);
    }
}
