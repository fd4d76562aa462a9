using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Electrochemistry;

public class ElectrodeReactionTests
{
    // F/RT at 25 °C from the exact SI-2019 constants: 96485.33212 / (8.314462618 × 298.15) = 38.9217 V⁻¹.
    private const double FOverRTAt25C = 38.92174;

    private static ElectrodeReaction Iron(double alpha = 0.5) =>
        RedoxCouple.FerricFerrous.OnElectrode(CurrentDensity.FromMilliamperesPerSquareCentimetre(1), alpha);

    [Fact]
    public void At_the_equilibrium_potential_the_net_current_vanishes_and_each_direction_runs_at_the_exchange_current()
    {
        // Worked example 1592132: equilibrium is the state of zero net current with equal forward and backward rates.
        var reaction = Iron();
        var current = reaction.CurrentAt(reaction.EquilibriumPotential);
        Assert.Equal(0, current.Net.AmperesPerSquareMetre);
        Assert.Equal(10, current.Anodic.AmperesPerSquareMetre, 12);
        Assert.Equal(-10, current.Cathodic.AmperesPerSquareMetre, 12);
        Assert.Equal(ReactionDirection.Equilibrium, current.Direction);
        Assert.Null(current.SpeciesConsumed);
    }

    [Property]
    public Property Net_current_is_zero_at_equilibrium_and_both_partials_equal_the_exchange_current()
    {
        var alphas = Gen.Choose(1, 99).Select(i => i / 100.0);
        var electrons = Gen.Choose(1, 4);
        var exchange = Gen.Choose(-6, 3).Select(p => Math.Pow(10, p));
        var concentrations = Gen.Choose(1, 20000).Select(i => i / 10.0);
        var kinetics = alphas.SelectMany(alpha => electrons.SelectMany(n => exchange.Select(i0 => (alpha, n, i0))));
        var pairs = concentrations.SelectMany(ox => concentrations.Select(red => (ox, red)));
        return Prop.ForAll(kinetics.ToArbitrary(), pairs.ToArbitrary(),
            (k, c) =>
            {
                var (alpha, n, i0) = k;
                var (ox, red) = c;
                var couple = RedoxCouple.Define("Ox", "Red", Voltage.FromVolts(0.4), n, ox.Millimolar(), red.Millimolar(), 37.Celsius());
                var current = couple.OnElectrode(CurrentDensity.FromAmperesPerSquareMetre(i0), alpha).CurrentAt(couple.EquilibriumPotential);
                return current.Net.AmperesPerSquareMetre == 0
                    && Math.Abs(current.Anodic.AmperesPerSquareMetre - i0) <= 1e-12 * i0
                    && Math.Abs(current.Cathodic.AmperesPerSquareMetre + i0) <= 1e-12 * i0;
            });
    }

    [Fact]
    public void Partial_currents_follow_the_butler_volmer_exponentials()
    {
        // α = 0.3, n = 1, η = +50 mV: i_a = i₀ e^(0.7 × 38.9217 × 0.05) = 3.9041 i₀, i_c = −i₀ e^(−0.3 × 38.9217 × 0.05) = −0.55742 i₀.
        var reaction = Iron(alpha: 0.3);
        var current = reaction.CurrentAt(reaction.EquilibriumPotential + 50.Millivolts());
        Assert.Equal(Math.Exp(0.7 * FOverRTAt25C * 0.05) * 10, current.Anodic.AmperesPerSquareMetre, 4);
        Assert.Equal(-Math.Exp(-0.3 * FOverRTAt25C * 0.05) * 10, current.Cathodic.AmperesPerSquareMetre, 4);
        Assert.Equal(50, current.Overpotential.Millivolts, 9);
        Assert.Equal(ReactionDirection.Oxidation, current.Direction);
        Assert.Equal("Fe²⁺", current.SpeciesConsumed);
    }

    [Fact]
    public void Far_above_equilibrium_the_net_current_is_the_anodic_branch_with_the_tafel_slope()
    {
        // Tafel regime: η = 300 and 400 mV, α = 0.5, n = 1. The cathodic branch is e^(−38.92 × 0.3) ≈ 8.5e-6 of the anodic one,
        // and log₁₀ i rises (1 − α) n F / (RT ln 10) = 0.5 / 0.0591593 V = 8.4518 decades per volt (118.3 mV per decade).
        var reaction = Iron();
        var at300 = reaction.CurrentAt(reaction.EquilibriumPotential + 300.Millivolts());
        var at400 = reaction.CurrentAt(reaction.EquilibriumPotential + 400.Millivolts());
        Assert.True(Math.Abs(at300.Net / at300.Anodic - 1) < 1e-5);
        var decadesPerVolt = (Math.Log10(at400.Net.AmperesPerSquareMetre) - Math.Log10(at300.Net.AmperesPerSquareMetre)) / 0.1;
        Assert.Equal(8.4518, decadesPerVolt, 3);
        Assert.Equal(118.32, reaction.AnodicTafelSlope.Millivolts, 2);
        Assert.Equal(118.32, reaction.CathodicTafelSlope.Millivolts, 2);
    }

    [Property]
    public Property The_tafel_slope_is_reached_far_from_equilibrium_for_any_transfer_coefficient()
    {
        var alphas = Gen.Choose(10, 90).Select(i => i / 100.0);
        var electrons = Gen.Choose(1, 3);
        return Prop.ForAll(alphas.ToArbitrary(), electrons.ToArbitrary(), (alpha, n) =>
        {
            var couple = RedoxCouple.Define("Ox", "Red", Voltage.FromVolts(0.151), n, 1.Millimolar(), 1.Millimolar(), Temperature.Standard);
            var reaction = couple.OnElectrode(CurrentDensity.FromAmperesPerSquareMetre(1), alpha);
            var e1 = reaction.EquilibriumPotential + 500.Millivolts();
            var e2 = reaction.EquilibriumPotential + 600.Millivolts();
            var measured = (Math.Log10(reaction.CurrentAt(e2).Net.AmperesPerSquareMetre) - Math.Log10(reaction.CurrentAt(e1).Net.AmperesPerSquareMetre)) / 0.1;
            var expected = (1 - alpha) * n * FOverRTAt25C / Math.Log(10);
            return Math.Abs(measured - expected) < 1e-4 * expected;
        });
    }

    [Fact]
    public void A_sweep_gives_parallel_arrays_whose_net_crosses_zero_at_equilibrium()
    {
        var reaction = Iron();
        var sweep = reaction.Sweep(0.571.Volts(), 0.971.Volts(), 401);
        Assert.Equal(401, sweep.Count);
        Assert.Equal(0.571, sweep.PotentialsVolts[0], 12);
        Assert.Equal(0.971, sweep.PotentialsVolts[^1], 15);
        Assert.Equal(0, sweep.NetAmperesPerSquareMetre[200], 9);
        Assert.True(sweep.NetAmperesPerSquareMetre[199] < 0 && sweep.NetAmperesPerSquareMetre[201] > 0);
        for (var k = 0; k < sweep.Count; k++)
        {
            Assert.Equal(sweep.AnodicAmperesPerSquareMetre[k] + sweep.CathodicAmperesPerSquareMetre[k], sweep.NetAmperesPerSquareMetre[k], 12);
        }
    }

    [Fact]
    public void The_default_sweep_spans_300_millivolts_either_side_of_equilibrium()
    {
        var sweep = Iron().Sweep();
        Assert.Equal(0.471, sweep.PotentialsVolts[0], 12);
        Assert.Equal(1.071, sweep.PotentialsVolts[^1], 12);
        Assert.Equal(0, sweep.NetAmperesPerSquareMetre[100], 9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.2)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_transfer_coefficient_outside_zero_to_one_is_refused(double alpha)
    {
        var e = Assert.Throws<InvalidInputException>(() => Iron(alpha));
        Assert.Equal("transferCoefficient", e.ParamName);
        Assert.Contains("strictly between 0 and 1", e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void An_exchange_current_that_is_not_positive_is_refused(double milliamperesPerSquareCentimetre)
    {
        var e = Assert.Throws<InvalidInputException>(() =>
            RedoxCouple.FerricFerrous.OnElectrode(CurrentDensity.FromMilliamperesPerSquareCentimetre(milliamperesPerSquareCentimetre)));
        Assert.Equal("exchangeCurrentDensity", e.ParamName);
        Assert.Contains("above 0", e.Message);
    }

    [Fact]
    public void A_sweep_needs_two_points_and_an_ordered_range()
    {
        var points = Assert.Throws<InvalidInputException>(() => Iron().Sweep(0.5.Volts(), 1.0.Volts(), 1));
        Assert.Equal("points", points.ParamName);
        Assert.Contains("at least 2", points.Message);
        var range = Assert.Throws<InvalidInputException>(() => Iron().Sweep(1.0.Volts(), 0.5.Volts()));
        Assert.Equal("from", range.ParamName);
        Assert.Contains("strictly below to", range.Message);
    }

    [Fact]
    public void An_overpotential_that_overflows_the_exponentials_is_refused()
    {
        var couple = RedoxCouple.Define("Ox", "Red", Voltage.FromVolts(0), 4, 1.Millimolar(), 1.Millimolar(), Temperature.Standard);
        var reaction = couple.OnElectrode(CurrentDensity.FromAmperesPerSquareMetre(1));
        var e = Assert.Throws<InvalidInputException>(() => reaction.CurrentAt(9.5.Volts()));
        Assert.Equal("potential", e.ParamName);
        Assert.Contains("double range", e.Message);
    }
}
