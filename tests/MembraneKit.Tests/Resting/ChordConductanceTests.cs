using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static MembraneKit.Tests.Resting.RestingFixtures;

namespace MembraneKit.Tests.Resting;

public class ChordConductanceTests
{
    [Fact]
    public void A_neuron_with_g_na_a_sixth_of_g_k_rests_between_minus_70_and_minus_65_millivolts()
    {
        // Document 003 (id 2720534): E_K ≈ −90 mV, E_Na ≈ +60 mV, V_rest ≈ −65 to −70 mV.
        var cell = Neuron().WithConductance(Ion.Potassium, 10.Nanosiemens()).WithConductance(Ion.Sodium, 1.7.Nanosiemens());
        var eK = NernstMillivolts(1, 140, 5, 37);
        var eNa = NernstMillivolts(1, 15, 145, 37);

        var v = ChordConductance.Potential(cell);

        Assert.Equal(-90, eK, 1.5);
        Assert.Equal(60, eNa, 1.5);
        Assert.Equal((10 * eK + 1.7 * eNa) / 11.7, v.Potential.Millivolts, 9);
        Assert.InRange(v.Potential.Millivolts, -70, -65);
        Assert.Equal(10 / 11.7, v.Weights[0].Weight, 12);
        Assert.Equal(1, v.Weights.Sum(w => w.Weight), 12);
        Assert.Equal(11.7, v.TotalConductance.Nanosiemens, 9);
    }

    [Property]
    public Property The_chord_potential_lies_between_the_smallest_and_largest_equilibrium_potential()
    {
        var g = Gen.Choose(0, 1000).Select(i => i / 10.0);
        var cells =
            from k in Gen.Two(Concentrations)
            from na in Gen.Two(Concentrations)
            from cl in Gen.Two(Concentrations)
            from gs in Gen.Three(g)
            where gs.Item1 + gs.Item2 + gs.Item3 > 0
            select Membrane.At(37.Celsius())
                .With(Ion.Potassium, k.Item1, k.Item2).WithConductance(Ion.Potassium, gs.Item1.Nanosiemens())
                .With(Ion.Sodium, na.Item1, na.Item2).WithConductance(Ion.Sodium, gs.Item2.Nanosiemens())
                .With(Ion.Chloride, cl.Item1, cl.Item2).WithConductance(Ion.Chloride, gs.Item3.Nanosiemens());
        return Prop.ForAll(cells.ToArbitrary(), m =>
        {
            var e = m.EquilibriumPotentials().Select(x => x.Potential.Volts).ToArray();
            var v = m.ChordPotential().Potential.Volts;
            return v >= e.Min() - 1e-12 && v <= e.Max() + 1e-12;
        });
    }

    [Fact]
    public void The_sweep_of_g_na_over_g_k_rises_monotonically_towards_e_na()
    {
        var cell = Neuron().WithConductance(Ion.Potassium, 10.Nanosiemens()).WithConductance(Ion.Sodium, 1.Nanosiemens());
        double[] ratios = [0, 0.05, 0.1, 0.17, 0.3, 1, 10];
        var sweep = cell.SweepConductanceRatio(Ion.Sodium, Ion.Potassium, ratios);
        var eK = NernstMillivolts(1, 140, 5, 37);
        var eNa = NernstMillivolts(1, 15, 145, 37);

        Assert.Equal("g_Na/g_K", sweep.RatioName);
        Assert.Equal(CurrentLaw.Ohmic, sweep.Law);
        for (var i = 0; i < ratios.Length; i++)
        {
            Assert.Equal((eK + ratios[i] * eNa) / (1 + ratios[i]), sweep.Potentials[i].Millivolts, 9);
        }

        Assert.InRange(sweep.Potentials[3].Millivolts, -70, -65);
    }

    [Fact]
    public void All_conductances_zero_is_refused_naming_the_membrane()
    {
        var cell = Neuron().WithConductance(Ion.Potassium, Conductance.Zero).WithConductance(Ion.Sodium, Conductance.Zero);
        var e = Assert.Throws<InvalidInputException>(() => cell.ChordPotential());
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("every conductance is 0 S", e.Message);
        Assert.Contains("at least one conductance above 0", e.Message);
    }

    [Fact]
    public void A_membrane_without_conductances_is_refused_with_the_fix()
    {
        var e = Assert.Throws<InvalidInputException>(() => ChordConductance.Potential(Neuron()));
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("no ion has a conductance", e.Message);
        Assert.Contains("WithConductance", e.Message);
    }

    [Fact]
    public void An_empty_membrane_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => ChordConductance.Potential(Membrane.At(37.Celsius())));
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("at least one ion", e.Message);
    }

    [Fact]
    public void A_negative_ratio_in_a_sweep_is_refused()
    {
        var cell = Neuron().WithConductance(Ion.Potassium, 10.Nanosiemens());
        var e = Assert.Throws<InvalidInputException>(() => cell.SweepConductanceRatio(Ion.Sodium, Ion.Potassium, [0.1, -1]));
        Assert.Equal("ratios", e.ParamName);
        Assert.Contains("0 or more", e.Message);
    }
}
