using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Electrochemistry;

public class MixedPotentialTests
{
    [Fact]
    public void Platinum_in_iron_and_tin_reduces_ferric_and_oxidises_stannous_at_equal_and_opposite_rates()
    {
        // Worked example 1571906 (document 000): E° Fe³⁺/Fe²⁺ +0.771 V, Sn⁴⁺/Sn²⁺ +0.151 V (CRC), all ions 1 M, 25 °C.
        var mixed = WorkedExample1571906.Solve();
        Assert.True(mixed.Potential.Volts > 0.151 && mixed.Potential.Volts < 0.771);
        var reduced = Assert.Single(mixed.Reduced);
        var oxidised = Assert.Single(mixed.Oxidised);
        Assert.Equal("Fe³⁺", reduced.SpeciesConsumed);
        Assert.Equal("Sn²⁺", oxidised.SpeciesConsumed);
        Assert.Equal(-reduced.Net.AmperesPerSquareMetre, oxidised.Net.AmperesPerSquareMetre, 6);
        Assert.True(Math.Abs(mixed.TotalCurrent.AmperesPerSquareMetre) < 1e-9 * mixed.MixedCurrent.AmperesPerSquareMetre);
        Assert.Contains("Fe³⁺ reduced and Sn²⁺ oxidised", mixed.Summary);
    }

    [Fact]
    public void With_equal_exchange_currents_and_symmetric_barriers_the_mixed_potential_has_a_closed_form()
    {
        // α = ½ and equal i₀: the Fe exponent ½ f (E − 0.771) and the Sn exponent ½·2·f (E − 0.151) balance exactly when
        // −½ (E − 0.771) = (E − 0.151), i.e. E_mix = (0.3855 + 0.151) / 1.5 = 0.357667 V (hand algebra). The mixed current is then
        // i₀ (eˣ − e⁻ˣ) with x = F (E_mix − 0.151) / RT = 38.92174 × 0.206667 = 8.04383, so i_mix = 3114.51 i₀.
        var mixed = WorkedExample1571906.Solve();
        Assert.Equal(357.6667, mixed.Potential.Millivolts, 3);
        Assert.Equal(3114.51 * 10, mixed.MixedCurrent.AmperesPerSquareMetre, 0);
    }

    [Fact]
    public void A_single_couple_sits_at_its_own_equilibrium_potential()
    {
        var mixed = MixedPotential.Solve(WorkedExample1571906.Iron);
        Assert.Equal(771.0, mixed.Potential.Millivolts, 9);
        Assert.Empty(mixed.Oxidised);
        Assert.Empty(mixed.Reduced);
        Assert.Contains("equilibrium", mixed.Summary);
    }

    [Fact]
    public void The_faster_couple_holds_the_mixed_potential_near_its_own_equilibrium()
    {
        // A hundredfold larger i₀ for Fe³⁺/Fe²⁺ pulls E_mix toward 0.771 V compared with equal exchange currents.
        var fast = MixedPotential.Solve(
            RedoxCouple.FerricFerrous.OnElectrode(CurrentDensity.FromMilliamperesPerSquareCentimetre(100)),
            RedoxCouple.StannicStannous.OnElectrode(WorkedExample1571906.ExchangeCurrent));
        Assert.True(fast.Potential > WorkedExample1571906.Solve().Potential);
    }

    [Property(MaxTest = 200)]
    public Property The_mixed_potential_lies_between_the_equilibrium_potentials_and_carries_no_total_current()
    {
        var couples = Gen.Choose(-500, 1000).Select(mv => mv / 1000.0)
            .SelectMany(e0 => Gen.Choose(1, 3).Select(n => (e0, n)))
            .SelectMany(c => Gen.Choose(1, 99).Select(a => (c.e0, c.n, alpha: a / 100.0)))
            .SelectMany(c => Gen.Choose(-4, 2).Select(p => (c.e0, c.n, c.alpha, i0: Math.Pow(10, p))));
        var sets = Gen.ListOf(couples, 2).SelectMany(first => Gen.Choose(0, 2).SelectMany(extra => Gen.ListOf(couples, extra).Select(more => first.Concat(more).ToList())));
        return Prop.ForAll(sets.ToArbitrary(), set =>
        {
            var reactions = set.Select((c, k) => RedoxCouple
                .Define($"Ox{k}", $"Red{k}", Voltage.FromVolts(c.e0), c.n, 1.Millimolar(), 2.Millimolar(), Temperature.Standard)
                .OnElectrode(CurrentDensity.FromAmperesPerSquareMetre(c.i0), c.alpha)).ToList();
            var mixed = MixedPotential.Solve(reactions);
            var lowest = reactions.Min(r => r.EquilibriumPotential.Volts);
            var highest = reactions.Max(r => r.EquilibriumPotential.Volts);
            var scale = mixed.Currents.Sum(c => c.Anodic.AmperesPerSquareMetre - c.Cathodic.AmperesPerSquareMetre);
            return mixed.Potential.Volts >= lowest - 1e-12 && mixed.Potential.Volts <= highest + 1e-12
                && Math.Abs(mixed.TotalCurrent.AmperesPerSquareMetre) <= 1e-9 * scale
                && mixed.Reduced.All(c => c.Reaction.EquilibriumPotential > mixed.Potential)
                && mixed.Oxidised.All(c => c.Reaction.EquilibriumPotential < mixed.Potential);
        });
    }

    [Property(MaxTest = 300)]
    public Property The_total_current_changes_sign_within_1e_minus_10_of_the_mixed_potential()
    {
        // Independent of the solver: the sum of the couples' own currents (ElectrodeReaction.CurrentAt) must change
        // sign across [E − δ, E + δ] with δ = 1e-10 of |E| (at least 1e-13 V), or vanish at E. Exchange currents over
        // eight decades and E° up to 2 V apart make the sum steep and its scale large, where a solver that stops on a
        // small residual stops early.
        var couples = Gen.Choose(-1000, 1000).Select(mv => mv / 1000.0)
            .SelectMany(e0 => Gen.Choose(1, 3).Select(n => (e0, n)))
            .SelectMany(c => Gen.Choose(20, 80).Select(a => (c.e0, c.n, alpha: a / 100.0)))
            .SelectMany(c => Gen.Choose(-6, 2).Select(p => (c.e0, c.n, c.alpha, i0: Math.Pow(10, p))));
        return Prop.ForAll(Gen.ListOf(couples, 2).Select(l => l.ToList()).ToArbitrary(), set =>
        {
            var reactions = set.Select((c, k) => RedoxCouple
                .Define($"Ox{k}", $"Red{k}", Voltage.FromVolts(c.e0), c.n, 1.Millimolar(), 2.Millimolar(), Temperature.Standard)
                .OnElectrode(CurrentDensity.FromAmperesPerSquareMetre(c.i0), c.alpha)).ToList();
            if (!MixedPotential.TrySolve(reactions, out var mixed))
            {
                return true; // currents beyond double range at the root: refused, tested elsewhere
            }

            var e = mixed.Potential.Volts;
            var delta = Math.Max(1e-10 * Math.Abs(e), 1e-13);
            double Total(double volts) => reactions.Sum(r => r.CurrentAt(Voltage.FromVolts(volts)).Net.AmperesPerSquareMetre);
            var below = Total(e - delta);
            var above = Total(e + delta);
            return (below <= 0 && above >= 0) || Total(e) == 0;
        });
    }

    [Fact]
    public void Try_solve_agrees_with_solve()
    {
        var reactions = new[] { WorkedExample1571906.Iron, WorkedExample1571906.Tin };
        Assert.True(MixedPotential.TrySolve(reactions, out var result));
        Assert.Equal(MixedPotential.Solve(reactions).Potential, result.Potential);
    }

    [Fact]
    public void Couples_ten_volts_apart_still_solve_although_the_currents_at_the_bracket_ends_overflow()
    {
        // E° = ∓5 V, n = 4, α = ½, equal i₀: by symmetry E_mix = 0 V, where each current is i₀ e^(½·4·38.92·5) ≈ i₀ e^389,
        // finite, while at either E_eq the other couple's current would be e^778 (beyond double range).
        var reactions = new[] { Couple(-5, 4), Couple(5, 4) };
        var mixed = MixedPotential.Solve(reactions);
        Assert.Equal(0, mixed.Potential.Volts, 9);
        Assert.Equal("Red0", Assert.Single(mixed.Oxidised).SpeciesConsumed);
    }

    [Fact]
    public void When_the_currents_at_the_mixed_potential_overflow_try_solve_returns_false_and_solve_says_why()
    {
        // E° = ∓9 V, n = 8: at E_mix = 0 V the exponent is ½·8·38.92·9 ≈ 1401, beyond exp's range (709).
        var reactions = new[] { Couple(-9, 8), Couple(9, 8) };
        Assert.False(MixedPotential.TrySolve(reactions, out var result));
        Assert.Null(result);
        var e = Assert.Throws<NoSolutionException>(() => MixedPotential.Solve(reactions));
        Assert.Contains("overflow", e.Message);
    }

    private static ElectrodeReaction Couple(double standardVolts, int electrons) => RedoxCouple
        .Define(standardVolts < 0 ? "Ox0" : "Ox1", standardVolts < 0 ? "Red0" : "Red1", Voltage.FromVolts(standardVolts), electrons, 1.Millimolar(), 1.Millimolar(), Temperature.Standard)
        .OnElectrode(WorkedExample1571906.ExchangeCurrent);

    [Fact]
    public void No_reactions_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => MixedPotential.Solve());
        Assert.Equal("reactions", e.ParamName);
        Assert.Contains("at least one reaction", e.Message);
    }

    [Fact]
    public void Couples_at_different_temperatures_are_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => MixedPotential.Solve(
            RedoxCouple.FerricFerrous.OnElectrode(WorkedExample1571906.ExchangeCurrent),
            RedoxCouple.StannicStannous.WithTemperature(37.Celsius()).OnElectrode(WorkedExample1571906.ExchangeCurrent)));
        Assert.Equal("reactions", e.ParamName);
        Assert.Contains("share one temperature", e.Message);
    }
}
