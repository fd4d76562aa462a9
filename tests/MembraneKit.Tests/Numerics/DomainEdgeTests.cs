namespace MembraneKit.Tests.Numerics;

public class DomainEdgeTests
{
    [Fact]
    public void Nernst_fast_path_refuses_37_given_as_kelvin_and_says_celsius()
    {
        var error = Assert.Throws<InvalidInputException>(() => Nernst.PotentialVolts(1, 140, 4, 37));
        Assert.Contains("kelvin", error.Message);
        Assert.Contains("Celsius()", error.Message);
    }

    [Theory]
    [InlineData(140, 4, 1e6, "kelvin")]
    [InlineData(140, 4, 400.0001, "kelvin")]
    [InlineData(140, 4, 199.999, "kelvin")]
    [InlineData(3e7, 4, 310.15, "insideMillimolar")]
    [InlineData(140, 20_000.001, 310.15, "outsideMillimolar")]
    [InlineData(9.9e-22, 4, 310.15, "insideMillimolar")]
    [InlineData(140, double.NaN, 310.15, "outsideMillimolar")]
    public void Nernst_fast_path_refuses_just_outside_the_quantities_ranges(double inside, double outside, double kelvin, string parameter)
    {
        var error = Assert.Throws<InvalidInputException>(() => Nernst.PotentialVolts(1, inside, outside, kelvin));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Nernst_fast_path_accepts_the_ends_of_the_ranges()
    {
        Assert.True(double.IsFinite(Nernst.PotentialVolts(-4, 1e-21, 20_000, 200)));
        Assert.True(double.IsFinite(Nernst.PotentialVolts(1, 20_000, 1e-21, 400)));
    }

    [Fact]
    public void Concentrations_just_below_the_smallest_accepted_are_refused_with_the_range()
    {
        var error = Assert.Throws<InvalidInputException>(() => Concentration.FromMolar(0.99e-24));
        Assert.Contains("1E-24 M", error.Message);
        Assert.Equal(1e-24, Concentration.FromMolar(1e-24).Molar, 1e-30);
    }

    [Fact]
    public void Two_state_kinetics_over_an_interval_is_exact_where_mathnet_gave_seven_digits()
    {
        var kinetics = TwoStateKinetics.Create(1, 0);
        var exact = -ExactReference.ToDouble(ExactReference.ExpM1(-0.05));
        Assert.True(ExactReference.UlpsFrom(kinetics.OpeningProbabilityOver(0.05), -ExactReference.ExpM1(-0.05)) < 1.5, $"{kinetics.OpeningProbabilityOver(0.05):R} vs {exact:R}");
    }

    [Fact]
    public void Closing_probability_keeps_its_digits_when_closing_is_rare()
    {
        // β/(α+β)·(1 − e^(−(α+β)Δt)) with β = 1e-12 s⁻¹, α = 1e4 s⁻¹, Δt = 1 s: 1e-16 (1 − p∞ would give 0 or noise).
        var p = TwoStateKinetics.Create(1e4, 1e-12).ClosingProbabilityOver(1);
        Assert.Equal(1e-16, p, 1e-28);
    }

    [Fact]
    public void Boltzmann_slope_far_on_the_open_side_is_tiny_but_not_zero()
    {
        var gating = BoltzmannGating.Create(4, Voltage.Zero, 37.Celsius());
        var thermalMillivolts = 1.380649e-23 * 310.15 / 1.602176634e-19 * 1000;
        var r = 4 * 500 / thermalMillivolts;
        var expected = 4 / thermalMillivolts * Math.Exp(-r) / ((1 + Math.Exp(-r)) * (1 + Math.Exp(-r)));
        var slope = gating.SlopePerMillivolt(500.Millivolts());
        Assert.True(slope > 0);
        Assert.Equal(expected, slope, expected * 1e-12);
    }
}
