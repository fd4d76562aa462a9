using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Equilibrium;

public class NernstTests
{
    // Document 003 (hyperkalemia, id 2720525): [K+]i = 140 mM, 37 °C; [K+]o 4 -> 8 mM moves E_K from about -95 to -76.5 mV.
    [Theory]
    [InlineData(4.0, -95.0)]
    [InlineData(8.0, -76.5)]
    public void Potassium_at_body_temperature_matches_the_hyperkalemia_example(double outsideMillimolar, double expectedMillivolts)
    {
        var e = Nernst.Of(Ion.Potassium, 140.Millimolar(), outsideMillimolar.Millimolar(), 37.Celsius());
        Assert.Equal(expectedMillivolts, Math.Round(e.Potential.Millivolts, 1));
    }

    [Fact]
    public void Thermal_voltage_at_25_celsius_is_25_69_millivolts()
    {
        // RT/F with R = 8.314462618 J/(mol K), F = 96485.33212 C/mol, T = 298.15 K (textbook figure 25.69 mV).
        Assert.Equal(25.693, Temperature.Standard.ThermalVoltage.Millivolts, 3);
    }

    [Fact]
    public void A_tenfold_gradient_of_a_monovalent_ion_gives_61_5_millivolts_at_37_celsius()
    {
        // The textbook "61.5 mV per decade" at body temperature: (RT/F) ln 10.
        var e = Nernst.Potential(1, 10.Millimolar(), 100.Millimolar(), 37.Celsius());
        Assert.Equal(61.54, e.Millivolts, 2);
    }

    [Fact]
    public void Chloride_computed_both_ways_agrees()
    {
        // Document 003 (id 2720537): with z = -1 the ratio appears flipped; both forms are one number.
        var inside = 10.Millimolar();
        var outside = 110.Millimolar();
        var general = Nernst.Potential(Ion.Chloride.Charge, inside, outside, 37.Celsius());
        var anionForm = Nernst.AnionPotential(1, inside, outside, 37.Celsius());
        Assert.Equal(general.Volts, anionForm.Volts, 12);
        Assert.True(general.Millivolts < -60, $"E_Cl should be strongly negative, got {general}");
    }

    [Property]
    public Property Swapping_inside_and_outside_negates_the_potential()
    {
        var concentrations = Gen.Choose(1, 200000).Select(i => i / 1000.0);
        var charges = Gen.Elements(-2, -1, 1, 2, 3);
        return Prop.ForAll(concentrations.ToArbitrary(), concentrations.ToArbitrary(), charges.ToArbitrary(), (a, b, z) =>
        {
            var forward = Nernst.PotentialVolts(z, a, b, 300);
            var backward = Nernst.PotentialVolts(z, b, a, 300);
            return Math.Abs(forward + backward) < 1e-12;
        });
    }

    [Property]
    public Property The_sign_flips_with_the_valence()
    {
        var concentrations = Gen.Choose(1, 200000).Select(i => i / 1000.0);
        return Prop.ForAll(concentrations.ToArbitrary(), concentrations.ToArbitrary(), (a, b) =>
            Math.Abs(Nernst.PotentialVolts(1, a, b, 310) + Nernst.PotentialVolts(-1, a, b, 310)) < 1e-12
            && Math.Abs(Nernst.PotentialVolts(1, a, b, 310) - 2 * Nernst.PotentialVolts(2, a, b, 310)) < 1e-12);
    }

    [Fact]
    public void A_zero_valence_is_refused_with_a_message_naming_the_charge()
    {
        var e = Assert.Throws<InvalidInputException>(() => Nernst.Potential(0, 1.Millimolar(), 2.Millimolar(), 37.Celsius()));
        Assert.Equal("charge", e.ParamName);
        Assert.Contains("other than 0", e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_bad_concentration_in_the_fast_form_is_refused(double inside)
    {
        var e = Assert.Throws<InvalidInputException>(() => Nernst.PotentialVolts(1, inside, 4, 310));
        Assert.Equal("insideMillimolar", e.ParamName);
    }
}
