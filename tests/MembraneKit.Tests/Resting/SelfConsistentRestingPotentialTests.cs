using static MembraneKit.Tests.Resting.RestingFixtures;

namespace MembraneKit.Tests.Resting;

public class SelfConsistentRestingPotentialTests
{
    private static readonly double EK = NernstMillivolts(1, 140, 5, 37);
    private static readonly double ENa = NernstMillivolts(1, 15, 145, 37);

    // A K⁺ leak of 1 nS and a persistent Na⁺ conductance, g_max 10 nS, V½ −40 mV, k 5 mV (document 003, id 2720496).
    private static double BistableCurrentPicoamperes(double mv) =>
        1 * (mv - EK) + 10 / (1 + Math.Exp(-(mv + 40) / 5)) * (mv - ENa);

    private static ConductancePathway[] BistablePathways(Membrane cell) =>
    [
        cell.Pathway(Ion.Potassium, VoltageDependentConductance.Constant(1.Nanosiemens())),
        cell.Pathway(Ion.Sodium, VoltageDependentConductance.BoltzmannActivated(10.Nanosiemens(), (-40).Millivolts(), 5.Millivolts())),
    ];

    [Fact]
    public void A_persistent_sodium_conductance_makes_the_membrane_bistable()
    {
        var cell = Neuron();
        var result = cell.FindRestingPotentials((-120).Millivolts(), 80.Millivolts(), BistablePathways(cell));

        Assert.Equal([RootStability.Stable, RootStability.Unstable, RootStability.Stable], result.Roots.Select(r => r.Stability));
        Assert.True(result.IsBistable);
        Assert.Equal(2, result.Stable.Count);
        Assert.InRange(result.Roots[0].Potential.Millivolts, EK, EK + 1);
        Assert.InRange(result.Roots[1].Potential.Millivolts, -60, -50);
        Assert.InRange(result.Roots[2].Potential.Millivolts, 40, 50);
        foreach (var root in result.Roots)
        {
            // Each root is a zero of the current written out by hand, and the pathway currents cancel there without vanishing.
            Assert.True(Math.Abs(BistableCurrentPicoamperes(root.Potential.Millivolts)) < 1e-6, root.ToString());
            Assert.Equal(0, root.PathwayCurrents.Sum(c => c.Picoamperes), 6);
            Assert.True(Math.Abs(root.PathwayCurrents[1].Picoamperes) > 1e-3);
        }

        // The slope dI/dV written out by hand (a central difference at 1 µV) agrees in sign and size.
        var middle = result.Roots[1].Potential.Millivolts;
        var slopeNanosiemens = (BistableCurrentPicoamperes(middle + 1e-3) - BistableCurrentPicoamperes(middle - 1e-3)) / 2e-3;
        Assert.Equal(slopeNanosiemens, result.Roots[1].SlopeConductanceSiemens * 1e9, 4);
    }

    [Fact]
    public void A_bistable_membrane_has_no_single_resting_potential()
    {
        var cell = Neuron();
        var e = Assert.Throws<NoSolutionException>(() => cell.FindRestingPotential((-120).Millivolts(), 80.Millivolts(), BistablePathways(cell)));
        Assert.Contains("bistable", e.Message);
        Assert.False(cell.TryFindRestingPotential((-120).Millivolts(), 80.Millivolts(), out var root, BistablePathways(cell)));
        Assert.Null(root);
    }

    [Fact]
    public void Constant_conductances_give_the_chord_potential_as_the_only_root()
    {
        var cell = Neuron().WithConductance(Ion.Potassium, 10.Nanosiemens()).WithConductance(Ion.Sodium, 1.7.Nanosiemens());
        var root = cell.FindRestingPotential((-120).Millivolts(), 60.Millivolts());

        Assert.Equal((10 * EK + 1.7 * ENa) / 11.7, root.Potential.Millivolts, 8);
        Assert.Equal(RootStability.Stable, root.Stability);
        Assert.Equal(11.7e-9, root.SlopeConductanceSiemens, 1e-15);
    }

    [Fact]
    public void An_inward_rectifier_with_a_sodium_leak_rests_a_little_above_e_k()
    {
        // Kir: g_max 10 nS, V½ = E_K + 15 mV, k = 8 mV; Na⁺ leak 0.3 nS.
        var cell = Neuron();
        var kir = VoltageDependentConductance.InwardRectifier(10.Nanosiemens(), (EK + 15).Millivolts(), 8.Millivolts());
        var leak = VoltageDependentConductance.Constant(0.3.Nanosiemens());
        Assert.True(cell.TryFindRestingPotential((-120).Millivolts(), (-40).Millivolts(), out var root,
            cell.Pathway(Ion.Potassium, kir), cell.Pathway(Ion.Sodium, leak)));

        var v = root!.Potential.Millivolts;
        var byHand = 10 / (1 + Math.Exp((v - EK - 15) / 8)) * (v - EK) + 0.3 * (v - ENa);
        Assert.True(Math.Abs(byHand) < 1e-6);
        Assert.InRange(v, EK, EK + 15);
    }

    [Fact]
    public void A_user_supplied_conductance_gives_the_same_roots_as_the_built_in_shape()
    {
        var cell = Neuron();
        var byHand = VoltageDependentConductance.From(v => (10 / (1 + Math.Exp(-(v.Millivolts + 40) / 5))).Nanosiemens(), "persistent Na⁺");
        var custom = cell.FindRestingPotentials((-120).Millivolts(), 80.Millivolts(),
            cell.Pathway(Ion.Potassium, VoltageDependentConductance.Constant(1.Nanosiemens())), cell.Pathway(Ion.Sodium, byHand));
        var builtIn = cell.FindRestingPotentials((-120).Millivolts(), 80.Millivolts(), BistablePathways(cell));

        Assert.Equal(builtIn.Roots.Count, custom.Roots.Count);
        for (var i = 0; i < custom.Roots.Count; i++)
        {
            Assert.Equal(builtIn.Roots[i].Potential.Millivolts, custom.Roots[i].Potential.Millivolts, 8);
        }
    }

    [Fact]
    public void No_root_in_the_window_is_an_empty_result_not_a_crash()
    {
        var cell = Neuron().WithConductance(Ion.Potassium, 10.Nanosiemens());
        var result = cell.FindRestingPotentials(0.Millivolts(), 40.Millivolts());

        Assert.True(result.IsEmpty);
        Assert.Contains("no resting potential", result.ToString());
        Assert.False(cell.TryFindRestingPotential(0.Millivolts(), 40.Millivolts(), out _));
        var e = Assert.Throws<NoSolutionException>(() => cell.FindRestingPotential(0.Millivolts(), 40.Millivolts()));
        Assert.Contains("no stable resting potential", e.Message);
    }

    [Fact]
    public void A_window_with_lower_not_below_upper_is_refused_naming_lower()
    {
        var cell = Neuron().WithConductance(Ion.Potassium, 10.Nanosiemens());
        var e = Assert.Throws<InvalidInputException>(() => cell.FindRestingPotentials((-40).Millivolts(), (-40).Millivolts()));
        Assert.Equal("lower", e.ParamName);
        Assert.Contains("strictly below upper", e.Message);
    }

    [Fact]
    public void No_pathways_is_refused_naming_them()
    {
        var e = Assert.Throws<InvalidInputException>(() => SelfConsistentRestingPotential.FindAll([], (-100).Millivolts(), 0.Millivolts()));
        Assert.Equal("pathways", e.ParamName);
        Assert.Contains("at least one conductance pathway", e.Message);
    }

    [Fact]
    public void A_step_that_is_not_positive_is_refused()
    {
        var cell = Neuron();
        var e = Assert.Throws<InvalidInputException>(() => SelfConsistentRestingPotential.FindAll(BistablePathways(cell), (-100).Millivolts(), 0.Millivolts(), Voltage.Zero));
        Assert.Equal("resolution", e.ParamName);
    }
}
