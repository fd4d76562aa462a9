using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Channels;

public class BoltzmannGatingTests
{
    // RT/F at 37 °C by hand: 8.314462618 J/(mol K) × 310.15 K / 96485.33212 C/mol = 26.7267 mV.
    private const double ThermalMillivoltsAt37 = 26.7267;

    private static readonly Gen<double> Charges = Gen.Choose(-8000, 8000).Select(i => i / 1000.0);
    private static readonly Gen<double> Millivolts = Gen.Choose(-150000, 150000).Select(i => i / 1000.0);

    [Property]
    public Property Half_the_channels_are_open_at_the_half_activation_potential() =>
        Prop.ForAll(Charges.ToArbitrary(), Millivolts.ToArbitrary(), (z, half) =>
            BoltzmannGating.Create(z, half.Millivolts(), 37.Celsius()).OpenProbability(half.Millivolts()) == 0.5);

    [Property]
    public Property Open_probability_is_monotone_in_voltage_with_the_sign_of_the_gating_charge() =>
        Prop.ForAll(Charges.ToArbitrary(), Millivolts.ToArbitrary(), Millivolts.ToArbitrary(), (z, a, b) =>
        {
            var gating = BoltzmannGating.Create(z, (-50).Millivolts(), 37.Celsius());
            var (low, high) = a < b ? (a, b) : (b, a);
            var pLow = gating.OpenProbability(low.Millivolts());
            var pHigh = gating.OpenProbability(high.Millivolts());
            var inRange = pLow is >= 0 and <= 1 && pHigh is >= 0 and <= 1;
            return inRange && (z > 0 ? pHigh >= pLow : z < 0 ? pHigh <= pLow : pHigh == pLow);
        });

    [Property]
    public Property A_zero_gating_charge_gives_one_half_at_every_voltage() =>
        Prop.ForAll(Millivolts.ToArbitrary(), Millivolts.ToArbitrary(), (v, half) =>
            BoltzmannGating.Create(0, half.Millivolts(), 37.Celsius()).OpenProbability(v.Millivolts()) == 0.5);

    [Property]
    public Property Reversing_the_gating_charge_mirrors_the_curve() =>
        Prop.ForAll(Charges.ToArbitrary(), Millivolts.ToArbitrary(), (z, v) =>
        {
            var up = BoltzmannGating.Create(z, (-40).Millivolts(), 37.Celsius()).OpenProbability(v.Millivolts());
            var down = BoltzmannGating.Create(-z, (-40).Millivolts(), 37.Celsius()).OpenProbability(v.Millivolts());
            return Math.Abs(up + down - 1) < 1e-12;
        });

    [Theory]
    [InlineData(0.1)]
    [InlineData(4.0)]
    [InlineData(-6.0)]
    public void The_slope_at_half_activation_is_zF_over_4RT(double z)
    {
        var gating = BoltzmannGating.Create(z, (-30).Millivolts(), 37.Celsius());
        var expected = z / (4 * ThermalMillivoltsAt37);
        Assert.Equal(expected, gating.MaximumSlopePerMillivolt, 6);
        Assert.Equal(expected, gating.SlopePerMillivolt((-30).Millivolts()), 6);

        // A central difference of P_o itself agrees (the closed form is not just restated).
        const double h = 1e-3;
        var numeric = (gating.OpenProbability((-30 + h).Millivolts()) - gating.OpenProbability((-30 - h).Millivolts())) / (2 * h);
        Assert.Equal(expected, numeric, 6);
    }

    [Fact]
    public void A_leak_channel_barely_changes_across_the_physiological_range_while_a_gated_channel_switches()
    {
        // Document 003, ids 2720493 and 2720467: leak z ≈ 0.1 against a voltage-gated z = 4, V½ = -65 mV.
        // Hand arithmetic: the leak's spread is at most z·50 mV / (4 RT/F) = 0.1 × 50 / 106.9 = 0.047.
        var leak = BoltzmannGating.Create(0.1, (-65).Millivolts(), 37.Celsius()).VariationAcross((-90).Millivolts(), (-40).Millivolts());
        var gated = BoltzmannGating.Create(4, (-65).Millivolts(), 37.Celsius()).VariationAcross((-90).Millivolts(), (-40).Millivolts());

        Assert.True(leak.Spread < 0.05, $"leak spread {leak.Spread}");
        Assert.True(gated.Spread > 0.9, $"gated spread {gated.Spread}");
        Assert.Equal(leak.Spread / 50, leak.MeanSlopePerMillivolt, 12);
    }

    [Fact]
    public void A_gated_channel_follows_the_e_fold_rule_far_from_half_activation()
    {
        // Far on the closed side P_o ≈ exp(zF(V − V½)/RT): one slope factor RT/(zF) multiplies it by e.
        var gating = BoltzmannGating.Create(5, (-20).Millivolts(), 37.Celsius());
        var k = gating.SlopeFactor!.Value.Millivolts;
        Assert.Equal(ThermalMillivoltsAt37 / 5, k, 3);
        var ratio = gating.OpenProbability((-100 + k).Millivolts()) / gating.OpenProbability((-100).Millivolts());
        Assert.Equal(Math.E, ratio, 4);
        Assert.Null(BoltzmannGating.Create(0, Voltage.Zero, 37.Celsius()).SlopeFactor);
    }

    [Fact]
    public void The_curve_spans_the_range_with_the_requested_points()
    {
        var gating = BoltzmannGating.Create(4, (-40).Millivolts(), 37.Celsius());
        var curve = gating.OpenProbabilityCurve((-100).Millivolts(), 20.Millivolts(), 121);
        Assert.Equal(121, curve.Count);
        Assert.Equal(-100, curve[0].Voltage.Millivolts, 9);
        Assert.Equal(20, curve[^1].Voltage.Millivolts, 9);
        Assert.Equal(0.5, curve[60].OpenProbability, 12);
    }

    [Fact]
    public void Extreme_voltages_give_zero_or_one_never_nan()
    {
        var gating = BoltzmannGating.Create(100, Voltage.Zero, 37.Celsius());
        Assert.Equal(0, gating.OpenProbability((-9000).Millivolts()));
        Assert.Equal(1, gating.OpenProbability(9000.Millivolts()));
    }

    [Fact]
    public void A_population_takes_its_open_probability_from_the_curve()
    {
        var gating = BoltzmannGating.Create(4, (-40).Millivolts(), 37.Celsius());
        var population = gating.Population(1000, 20.Picosiemens(), (-40).Millivolts());
        Assert.Equal(0.5, population.OpenProbability);
        Assert.Equal(10, population.MacroscopicConductance.Nanosiemens, 9);
    }

    [Fact]
    public void With_methods_return_new_models_and_leave_the_original_alone()
    {
        var gating = BoltzmannGating.Create(4, (-40).Millivolts(), 37.Celsius());
        var changed = gating.WithGatingCharge(0.1).WithHalfActivation((-60).Millivolts()).WithTemperature(25.Celsius());
        Assert.Equal(4, gating.GatingCharge);
        Assert.Equal(0.1, changed.GatingCharge);
        Assert.Equal(-60, changed.HalfActivation.Millivolts, 9);
        Assert.Equal(BoltzmannGating.Create(4, (-40).Millivolts(), 37.Celsius()), gating);
        Assert.Contains("z = 4", gating.ToString());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(100.000001)]
    [InlineData(-100.000001)]
    [InlineData(0.99e-6)]
    [InlineData(-5e-324)]
    public void A_gating_charge_outside_0_or_1e_minus_6_to_100_e_is_refused_with_the_range(double z)
    {
        var e = Assert.Throws<InvalidInputException>(() => BoltzmannGating.Create(z, Voltage.Zero, 37.Celsius()));
        Assert.Equal("gatingCharge", e.ParamName);
        Assert.Contains("from 1E-06 e to 100 e", e.Message);
        var w = Assert.Throws<InvalidInputException>(() => BoltzmannGating.Create(1, Voltage.Zero, 37.Celsius()).WithGatingCharge(z));
        Assert.Equal("gatingCharge", w.ParamName);
    }

    [Fact]
    public void A_reversed_window_and_too_few_points_are_refused()
    {
        var gating = BoltzmannGating.Create(1, Voltage.Zero, 37.Celsius());
        var e = Assert.Throws<InvalidInputException>(() => gating.VariationAcross((-40).Millivolts(), (-90).Millivolts()));
        Assert.Equal("from", e.ParamName);
        Assert.Contains("strictly below to", e.Message);
        var p = Assert.Throws<InvalidInputException>(() => gating.OpenProbabilityCurve((-90).Millivolts(), 0.Millivolts(), 1));
        Assert.Equal("points", p.ParamName);
        Assert.Contains("at least 2", p.Message);
    }
}
