using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Electrochemistry;

public class RedoxCoupleTests
{
    // (RT/F) ln 10 at 25 °C with the exact SI-2019 R and F, worked by hand: 0.0256926 V × 2.302585 = 59.159 mV.
    private const double NernstSlopeMillivoltsAt25C = 59.1593;

    [Theory]
    [InlineData(1, 59.1593)]
    [InlineData(2, 29.5797)]
    [InlineData(3, 19.7198)]
    public void The_equilibrium_potential_shifts_59_16_over_n_millivolts_per_decade_at_25_celsius(int electrons, double expectedMillivolts)
    {
        var couple = RedoxCouple.Define("Ox", "Red", Voltage.FromVolts(0.2), electrons, 1.Millimolar(), 1.Millimolar(), Temperature.Standard);
        var tenfold = couple.WithConcentrations(oxidised: 10.Millimolar(), reduced: 1.Millimolar());
        Assert.Equal(expectedMillivolts, (tenfold.EquilibriumPotential - couple.EquilibriumPotential).Millivolts, 3);
        Assert.Equal(expectedMillivolts, couple.NernstSlopePerDecade.Millivolts, 3);
    }

    [Fact]
    public void At_equal_concentrations_the_equilibrium_potential_is_the_standard_potential()
    {
        // CRC Handbook, Electrochemical series: Fe³⁺/Fe²⁺ +0.771 V, Sn⁴⁺/Sn²⁺ +0.151 V vs SHE.
        Assert.Equal(771.0, RedoxCouple.FerricFerrous.EquilibriumPotential.Millivolts, 9);
        Assert.Equal(151.0, RedoxCouple.StannicStannous.EquilibriumPotential.Millivolts, 9);
        Assert.Equal(1, RedoxCouple.FerricFerrous.Electrons);
        Assert.Equal(2, RedoxCouple.StannicStannous.Electrons);
        Assert.Contains("CRC", RedoxCouple.FerricFerrous.Source);
    }

    [Fact]
    public void Ferric_ten_times_ferrous_reads_830_millivolts()
    {
        // 0.771 V + 59.16 mV = 830.16 mV (hand arithmetic).
        var couple = RedoxCouple.FerricFerrous.WithConcentrations(oxidised: 0.1.Molar(), reduced: 0.01.Molar());
        Assert.Equal(771.0 + NernstSlopeMillivoltsAt25C, couple.EquilibriumPotential.Millivolts, 3);
    }

    [Fact]
    public void The_label_names_both_forms()
    {
        Assert.Equal("Fe³⁺/Fe²⁺", RedoxCouple.FerricFerrous.Label);
        Assert.Equal("Sn⁴⁺/Sn²⁺: E_eq = 151.0 mV vs SHE", RedoxCouple.StannicStannous.ToString());
    }

    [Property]
    public Property Swapping_the_concentrations_mirrors_the_potential_about_the_standard_potential()
    {
        var concentrations = Gen.Choose(1, 100000).Select(i => i / 100.0);
        var electrons = Gen.Choose(1, 4);
        return Prop.ForAll(concentrations.ToArbitrary(), concentrations.ToArbitrary(), electrons.ToArbitrary(), (ox, red, n) =>
        {
            var couple = RedoxCouple.Define("A", "B", Voltage.FromVolts(0.3), n, ox.Millimolar(), red.Millimolar(), 37.Celsius());
            var swapped = couple.WithConcentrations(red.Millimolar(), ox.Millimolar());
            return Math.Abs(couple.EquilibriumPotential.Volts + swapped.EquilibriumPotential.Volts - 2 * 0.3) < 1e-12;
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_couple_with_no_electrons_is_refused(int electrons)
    {
        var e = Assert.Throws<InvalidInputException>(() =>
            RedoxCouple.Define("Fe³⁺", "Fe²⁺", Voltage.FromVolts(0.771), electrons, 1.Millimolar(), 1.Millimolar(), Temperature.Standard));
        Assert.Equal("electrons", e.ParamName);
        Assert.Contains("whole number above 0", e.Message);
    }

    [Fact]
    public void An_empty_species_name_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() =>
            RedoxCouple.Define(" ", "Fe²⁺", Voltage.FromVolts(0.771), 1, 1.Millimolar(), 1.Millimolar(), Temperature.Standard));
        Assert.Equal("oxidisedSpecies", e.ParamName);
        Assert.Contains("name of a species", e.Message);
    }
}
