using static MembraneKit.Tests.Resting.RestingFixtures;

namespace MembraneKit.Tests.Resting;

public class MembraneCurrentsTests
{
    private static Membrane LeakyCell() => TypicalCell()
        .WithConductance(Ion.Potassium, 10.Nanosiemens())
        .WithConductance(Ion.Sodium, 0.5.Nanosiemens())
        .WithConductance(Ion.Chloride, 2.Nanosiemens());

    [Fact]
    public void The_documents_equilibrium_potentials_are_reproduced_by_the_typical_cell()
    {
        // Document 000 (ids 2551334, 2618548): E_K ≈ −90 mV, E_Na ≈ +65 mV, E_Cl ≈ −64 mV.
        var rows = LeakyCell().CurrentsAt((-70).Millivolts()).Ions;
        Assert.Equal(-90, rows[0].EquilibriumPotential.Potential.Millivolts, 1.5);
        Assert.Equal(65, rows[1].EquilibriumPotential.Potential.Millivolts, 1.5);
        Assert.Equal(-64, rows[2].EquilibriumPotential.Potential.Millivolts, 1.5);
    }

    [Fact]
    public void At_minus_70_millivolts_each_leak_current_has_the_sign_of_its_driving_force()
    {
        // Document 000 (id 2710543): a non-zero leak current shows the ion is not at equilibrium.
        var currents = LeakyCell().CurrentsAt((-70).Millivolts(), CurrentLaw.Ohmic);
        var k = currents[Ion.Potassium];
        var na = currents[Ion.Sodium];
        var cl = currents[Ion.Chloride];

        Assert.Equal(10e-9 * (-0.070 - NernstMillivolts(1, 140, 5, 37) / 1000), k.Value, 1e-20);
        Assert.Equal(0.5e-9 * (-0.070 - NernstMillivolts(1, 12, 140, 37) / 1000), na.Value, 1e-20);
        Assert.Equal(2e-9 * (-0.070 - NernstMillivolts(-1, 10, 110, 37) / 1000), cl.Value, 1e-20);
        Assert.Equal((CurrentDirection.Outward, "K⁺ leaves the cell"), (k.Direction, k.Movement));
        Assert.Equal((CurrentDirection.Inward, "Na⁺ enters the cell"), (na.Direction, na.Movement));
        // V − E_Cl ≈ −6 mV: an inward current, carried by Cl⁻ leaving the cell.
        Assert.Equal((CurrentDirection.Inward, "Cl⁻ leaves the cell"), (cl.Direction, cl.Movement));
        Assert.Equal(-70 - cl.EquilibriumPotential.Potential.Millivolts, cl.DrivingForce.Millivolts, 9);
        Assert.False(currents.IsNetZero);
    }

    [Fact]
    public void At_the_chord_potential_the_currents_cancel_but_none_is_zero()
    {
        // Document 000 (ids 2551334, 2618548): V_m is a non-equilibrium steady state, not an equilibrium.
        var cell = LeakyCell();
        var currents = cell.CurrentsAt(cell.ChordPotential(), CurrentLaw.Ohmic);

        Assert.True(currents.IsNetZero, currents.ToString());
        Assert.All(currents.Ions, i => Assert.True(Math.Abs(i.Value) > 1e-13, i.ToString()));
        Assert.False(currents.IsEquilibrium);
        Assert.True(currents.IsNonEquilibriumSteadyState);
        Assert.Equal(0, currents.TotalCurrent!.Value.Picoamperes, 9);
    }

    [Fact]
    public void With_a_single_permeant_ion_the_resting_state_is_an_equilibrium()
    {
        var cell = TypicalCell().WithConductance(Ion.Potassium, 10.Nanosiemens());
        var currents = cell.CurrentsAt(cell.ChordPotential());
        Assert.True(currents.IsNetZero);
        Assert.True(currents.IsEquilibrium);
        Assert.False(currents.IsNonEquilibriumSteadyState);
        Assert.False(currents[Ion.Sodium].IsPermeant);
    }

    [Fact]
    public void Ghk_densities_become_currents_for_an_area()
    {
        var cell = TypicalCell()
            .WithPermeability(Ion.Potassium, Permeability.FromCentimetersPerSecond(1e-6))
            .WithPermeability(Ion.Sodium, Permeability.FromCentimetersPerSecond(4e-8));
        var densities = cell.CurrentsAt((-70).Millivolts());
        var patch = densities.ForArea(Area.FromSquareMicrometers(1000));

        Assert.Equal(CurrentLaw.GoldmanHodgkinKatz, densities.Law);
        Assert.Equal(CurrentUnit.AmperesPerSquareMeter, densities.Unit);
        Assert.Equal(CurrentUnit.Amperes, patch.Unit);
        Assert.Equal(densities.Total * 1e-9, patch.TotalCurrent!.Value.Amperes, 1e-22);
        Assert.Throws<InvalidOperationException>(() => patch.ForArea(Area.FromSquareMicrometers(1)));
    }

    [Fact]
    public void Ohmic_currents_need_a_conductance()
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell().CurrentsAt((-70).Millivolts(), CurrentLaw.Ohmic));
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("at least one ion with a conductance", e.Message);
    }

    [Fact]
    public void Asking_for_an_ion_the_membrane_lacks_names_the_ion()
    {
        var e = Assert.Throws<InvalidInputException>(() => LeakyCell().CurrentsAt((-70).Millivolts())[Ion.Calcium]);
        Assert.Equal("ion", e.ParamName);
        Assert.Contains("Ca²⁺", e.Message);
    }
}
