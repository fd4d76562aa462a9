using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Channels;

public class TwoStateKineticsTests
{
    [Fact]
    public void Stationary_probability_and_relaxation_time_follow_from_the_rates()
    {
        // α = 300 s⁻¹, β = 700 s⁻¹: p∞ = 0.3, τ = 1 ms.
        var kinetics = TwoStateKinetics.Create(300, 700);
        Assert.Equal(0.3, kinetics.StationaryOpenProbability, 12);
        Assert.Equal(1e-3, kinetics.RelaxationTimeSeconds, 15);
    }

    [Fact]
    public void Transition_probabilities_over_one_relaxation_time_are_exact()
    {
        // Over Δt = τ the relaxed fraction is 1 − 1/e = 0.632121: p_co = 0.3 × 0.632121, p_oc = 0.7 × 0.632121.
        var kinetics = TwoStateKinetics.Create(300, 700);
        Assert.Equal(0.3 * 0.6321205588, kinetics.OpeningProbabilityOver(1e-3), 9);
        Assert.Equal(0.7 * 0.6321205588, kinetics.ClosingProbabilityOver(1e-3), 9);
    }

    [Fact]
    public void Short_steps_give_rate_times_step_to_second_order()
    {
        // 1 − e^(−x) = x − x²/2 + …: p_co = αΔt(1 − (α+β)Δt/2) = 300e-9 × (1 − 5e-7) = 299.99985e-9 (expm1 keeps it).
        var kinetics = TwoStateKinetics.Create(300, 700);
        Assert.Equal(299.99985, kinetics.OpeningProbabilityOver(1e-9) * 1e9, 8);
        Assert.Equal(699.99965, kinetics.ClosingProbabilityOver(1e-9) * 1e9, 8);
    }

    [Property]
    public Property The_step_map_keeps_the_stationary_probability_fixed()
    {
        var rates = Gen.Choose(0, 100_000).Select(i => i / 10.0);
        var steps = Gen.Choose(1, 100_000).Select(i => i * 1e-6);
        return Prop.ForAll(rates.ToArbitrary(), rates.ToArbitrary(), steps.ToArbitrary(), (alpha, beta, dt) =>
        {
            if (alpha + beta == 0)
            {
                return true;
            }

            var kinetics = TwoStateKinetics.Create(alpha, beta);
            var p = kinetics.StationaryOpenProbability;
            var next = (1 - p) * kinetics.OpeningProbabilityOver(dt) + p * (1 - kinetics.ClosingProbabilityOver(dt));
            return Math.Abs(next - p) < 1e-12;
        });
    }

    [Fact]
    public void From_open_probability_recovers_its_inputs()
    {
        var kinetics = TwoStateKinetics.FromOpenProbability(0.25, 2e-3);
        Assert.Equal(125, kinetics.OpeningRatePerSecond, 9);
        Assert.Equal(375, kinetics.ClosingRatePerSecond, 9);
        Assert.Equal(0.25, kinetics.StationaryOpenProbability, 12);
        Assert.Equal(2e-3, kinetics.RelaxationTimeSeconds, 15);
    }

    [Fact]
    public void Negative_rates_are_refused()
    {
        var a = Assert.Throws<InvalidInputException>(() => TwoStateKinetics.Create(-1, 10));
        Assert.Equal("openingRatePerSecond", a.ParamName);
        Assert.Contains("-1 s⁻¹", a.Message);
        var b = Assert.Throws<InvalidInputException>(() => TwoStateKinetics.Create(10, -1));
        Assert.Equal("closingRatePerSecond", b.ParamName);
        Assert.Contains("from 0 s⁻¹ to 1E+300 s⁻¹", b.Message);
    }

    [Fact]
    public void Two_zero_rates_are_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => TwoStateKinetics.Create(0, 0));
        Assert.Equal("closingRatePerSecond", e.ParamName);
        Assert.Contains("never changes state", e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-3)]
    [InlineData(double.NaN)]
    public void A_time_step_not_above_zero_is_refused(double dt)
    {
        var e = Assert.Throws<InvalidInputException>(() => TwoStateKinetics.Create(1, 1).OpeningProbabilityOver(dt));
        Assert.Equal("timeStepSeconds", e.ParamName);
        Assert.Contains("above 0 s", e.Message);
    }

    [Fact]
    public void A_bad_open_probability_or_relaxation_time_is_refused()
    {
        var p = Assert.Throws<InvalidInputException>(() => TwoStateKinetics.FromOpenProbability(1.5, 1e-3));
        Assert.Equal("openProbability", p.ParamName);
        var t = Assert.Throws<InvalidInputException>(() => TwoStateKinetics.FromOpenProbability(0.5, 0));
        Assert.Equal("relaxationTimeSeconds", t.ParamName);
    }
}
