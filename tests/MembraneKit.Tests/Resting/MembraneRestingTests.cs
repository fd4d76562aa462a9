using static MembraneKit.Tests.Resting.RestingFixtures;

namespace MembraneKit.Tests.Resting;

/// <summary>The resting-potential conveniences on <see cref="Membrane"/>, read the way a notebook uses them.</summary>
public class MembraneRestingTests
{
    private static Membrane HyperkalemiaCell(double potassiumOutside) => Membrane.At(37.Celsius())
        .With(Ion.Potassium, inside: 140, outside: potassiumOutside).WithPermeability(Ion.Potassium, 1)
        .With(Ion.Sodium, inside: 15, outside: 145).WithPermeability(Ion.Sodium, 0.04)
        .With(Ion.Chloride, inside: 10, outside: 110).WithPermeability(Ion.Chloride, 0.45);

    [Fact]
    public void Hyperkalemia_depolarises_the_resting_potential_less_than_it_moves_e_k()
    {
        // Document 003 (id 2720525): [K⁺]o 4 → 8 mM moves E_K from about −95 to −77 mV (37 °C, [K⁺]i 140 mM).
        var before = HyperkalemiaCell(4);
        var after = HyperkalemiaCell(8);
        var expected = (double ko) => 1000 * ThermalVolts(37) * Math.Log((ko + 0.04 * 145 + 0.45 * 10) / (140 + 0.04 * 15 + 0.45 * 110));

        Assert.Equal(-95, before.Nernst(Ion.Potassium).Potential.Millivolts, 0.5);
        Assert.Equal(-77, after.Nernst(Ion.Potassium).Potential.Millivolts, 1.0);
        Assert.Equal(expected(4), before.RestingPotential().Millivolts, 9);
        Assert.Equal(expected(8), after.RestingPotential().Millivolts, 9);
        var shift = after.RestingPotential() - before.RestingPotential();
        Assert.True(shift.Millivolts > 0);
        Assert.True(shift < after.Nernst(Ion.Potassium).Potential - before.Nernst(Ion.Potassium).Potential);
    }

    [Fact]
    public void Resting_potential_uses_ghk_with_permeabilities_and_the_chord_equation_with_conductances()
    {
        var withP = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.05);
        var withG = TypicalCell().WithConductance(Ion.Potassium, 10.Nanosiemens()).WithConductance(Ion.Sodium, 0.5.Nanosiemens());
        Assert.Equal(withP.GoldmanPotential().Potential, withP.RestingPotential());
        Assert.Equal(withG.ChordPotential().Potential, withG.RestingPotential());
    }

    [Fact]
    public void Driving_force_is_v_minus_e()
    {
        Assert.Equal(-70 - NernstMillivolts(1, 12, 140, 37), TypicalCell().DrivingForce(Ion.Sodium, (-70).Millivolts()).Millivolts, 9);
    }

    [Fact]
    public void A_single_ion_curve_needs_a_permeability_or_conductance()
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell().IVCurve(Ion.Sodium, (-100).Millivolts(), 50.Millivolts()));
        Assert.Equal("ion", e.ParamName);
        Assert.Contains("WithPermeability", e.Message);
    }

    [Fact]
    public void The_total_ohmic_curve_crosses_zero_at_the_chord_potential()
    {
        var cell = TypicalCell().WithConductance(Ion.Potassium, 10.Nanosiemens()).WithConductance(Ion.Sodium, 0.5.Nanosiemens()).WithConductance(Ion.Chloride, 2.Nanosiemens());
        var curve = cell.IVCurve((-120).Millivolts(), 60.Millivolts(), 19);
        Assert.Equal(CurrentUnit.Amperes, curve.Unit);
        Assert.Equal(cell.ChordPotential().Potential.Millivolts, curve.FindReversalPotential().Millivolts, 9);
        Assert.Equal(3, curve.Ions.Count);
    }
}
