using static MembraneKit.Tests.Resting.RestingFixtures;

namespace MembraneKit.Tests.Resting;

public class IVCurveTests
{
    [Theory]
    [InlineData("ghk")]
    [InlineData("ohmic")]
    public void With_one_permeant_ion_the_reversal_potential_is_its_equilibrium_potential(string law)
    {
        // Document 000 (ids 2349827, 2699779): E_rev = E_ion only when a single ion carries the current.
        var cell = law == "ghk"
            ? TypicalCell().WithPermeability(Ion.Potassium, 1)
            : TypicalCell().WithConductance(Ion.Potassium, 5.Nanosiemens());
        var curve = cell.IVCurve((-150).Millivolts(), 50.Millivolts(), 101);

        Assert.Equal([Ion.Potassium], curve.Ions);
        Assert.Equal(NernstMillivolts(1, 140, 5, 37), curve.FindReversalPotential().Millivolts, 8);
    }

    [Fact]
    public void A_single_ions_curve_from_a_mixed_membrane_still_reverses_at_its_own_potential()
    {
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Chloride, 0.45);
        var curve = cell.IVCurve(Ion.Chloride, (-120).Millivolts(), 60.Millivolts(), 37);
        Assert.Equal(NernstMillivolts(-1, 10, 110, 37), curve.FindReversalPotential().Millivolts, 8);
    }

    [Fact]
    public void The_computed_curve_has_the_points_and_units_asked_for()
    {
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.05);
        var curve = cell.IVCurve((-100).Millivolts(), 50.Millivolts(), 151);

        Assert.Equal(151, curve.Count);
        Assert.Equal(cell, curve.Membrane);
        Assert.Equal(-100, curve.Voltages[0].Millivolts, 9);
        Assert.Equal(50, curve.Voltages[^1].Millivolts, 9);
        Assert.Equal(-99, curve.Voltages[1].Millivolts, 9);
        Assert.Equal(CurrentUnit.Relative, curve.Unit);
        Assert.Equal(cell.GoldmanPotential().Potential.Millivolts, curve.FindReversalPotential().Millivolts, 8);
        Assert.True(curve.Currents[0] < 0 && curve.Currents[^1] > 0);
    }

    [Fact]
    public void Measured_points_reverse_where_the_straight_line_between_them_crosses_zero()
    {
        var curve = IVCurve.FromPoints([(-80).Millivolts(), (-60).Millivolts(), 0.Millivolts()], [(-2).Picoamperes(), 2.Picoamperes(), 10.Picoamperes()]);
        Assert.Equal(-70, curve.FindReversalPotential().Millivolts, 9);
        Assert.Empty(curve.Ions);
        Assert.Equal("measured", curve.Description);
    }

    [Fact]
    public void An_n_shaped_curve_has_three_reversal_potentials_and_no_single_one()
    {
        double[] mv = [-100, -80, -60, -40, -20, 0];
        double[] pa = [-5, 3, 1, -2, -1, 4];
        var curve = IVCurve.FromPoints(mv, pa, CurrentUnit.Amperes);

        Assert.Equal(3, curve.ReversalPotentials.Count);
        Assert.Equal(-87.5, curve.ReversalPotentials[0].Millivolts, 9); // −100 + 20·5/8
        Assert.False(curve.TryFindReversalPotential(out _));
        var e = Assert.Throws<NoSolutionException>(() => curve.FindReversalPotential());
        Assert.Contains("3 times", e.Message);
    }

    [Fact]
    public void A_curve_that_never_crosses_zero_says_to_widen_the_range()
    {
        var curve = IVCurve.FromPoints([-100.0, -50], [-3.0, -1], CurrentUnit.Amperes);
        Assert.Empty(curve.ReversalPotentials);
        Assert.False(curve.TryFindReversalPotential(out _));
        var e = Assert.Throws<NoSolutionException>(() => curve.FindReversalPotential());
        Assert.Contains("does not cross zero", e.Message);
    }

    [Fact]
    public void Voltages_that_do_not_increase_are_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => IVCurve.FromPoints([-50.0, -50], [-1.0, 1], CurrentUnit.Amperes));
        Assert.Equal("millivolts", e.ParamName);
        Assert.Contains("strictly increasing", e.Message);
    }

    [Fact]
    public void A_reversed_voltage_range_is_refused_naming_from()
    {
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1);
        var e = Assert.Throws<InvalidInputException>(() => cell.IVCurve(50.Millivolts(), (-50).Millivolts(), 11));
        Assert.Equal("from", e.ParamName);
        Assert.Contains("strictly below", e.Message);
    }

    [Fact]
    public void Fewer_than_two_points_are_refused()
    {
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1);
        var e = Assert.Throws<InvalidInputException>(() => cell.IVCurve((-50).Millivolts(), 50.Millivolts(), 1));
        Assert.Equal("points", e.ParamName);
    }

    [Fact]
    public void Curves_computed_twice_are_equal_and_the_fast_grid_matches_point_by_point_evaluation()
    {
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.05).WithPermeability(Ion.Chloride, 0.45)
            .With(Ion.Calcium, 1e-4, 2).WithPermeability(Ion.Calcium, 0.1);
        var curve = cell.IVCurve((-150).Millivolts(), 150.Millivolts(), 3001);

        Assert.Equal(curve, cell.IVCurve((-150).Millivolts(), 150.Millivolts(), 3001));
        for (var i = 0; i < curve.Count; i += 97)
        {
            var byIon = cell.CurrentsAt(curve.Voltages[i]).Total;
            Assert.Equal(byIon, curve.Currents[i], Math.Abs(byIon) * 1e-10 + 1e-9);
        }
    }

    [Theory]
    [InlineData(4094)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(8192)]
    public void A_crossing_at_the_seam_of_two_blocks_of_a_long_curve_is_found_once(int pointsBelowTheCrossing)
    {
        // The long-curve scan works in blocks of 4096 points; put E_K just above point number pointsBelowTheCrossing.
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1);
        var eK = NernstMillivolts(1, 140, 5, 37);
        const double step = 0.01;
        var from = eK - (pointsBelowTheCrossing - 1) * step - 0.004;
        var curve = cell.IVCurve(from.Millivolts(), (from + 9999 * step).Millivolts(), 10_000);

        Assert.Single(curve.ReversalPotentials);
        Assert.Equal(eK, curve.ReversalPotentials[0].Millivolts, 8);
        Assert.True(curve.Currents[pointsBelowTheCrossing - 1] < 0 && curve.Currents[pointsBelowTheCrossing] > 0);
    }

    [Fact]
    public void A_curve_at_chosen_voltages_matches_the_uniform_curve_at_the_same_voltages()
    {
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.05).WithPermeability(Ion.Chloride, 0.45);
        var uniform = cell.IVCurve((-100).Millivolts(), 50.Millivolts(), 16);
        double[] millivolts = [.. Enumerable.Range(0, 16).Select(i => -100 + 10.0 * i)];

        var chosen = GoldmanHodgkinKatz.IVCurve(cell, millivolts);

        for (var i = 0; i < 16; i++)
        {
            Assert.Equal(uniform.Currents[i], chosen.Currents[i], Math.Abs(uniform.Currents[i]) * 1e-11);
        }

        Assert.Equal(uniform.FindReversalPotential().Millivolts, chosen.FindReversalPotential().Millivolts, 9);
        var e = Assert.Throws<InvalidInputException>(() => GoldmanHodgkinKatz.IVCurve(cell, [0.0, -10]));
        Assert.Equal("millivolts", e.ParamName);
    }

    [Fact]
    public void A_computed_curve_holds_its_currents_so_reading_them_computes_and_allocates_nothing()
    {
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.05).WithPermeability(Ion.Chloride, 0.45);
        var curve = cell.IVCurve((-150).Millivolts(), 100.Millivolts(), 100_000);
        var currents = curve.Currents;
        var sum = 0.0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < currents.Count; i++)
        {
            sum += currents[i];
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(double.IsFinite(sum));
        Assert.Same(currents, curve.Currents);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4097)]
    [InlineData(20_000)]
    public void Filling_a_buffer_of_yours_gives_the_curves_currents_and_reversal_potentials(int points)
    {
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.05).WithPermeability(Ion.Chloride, 0.45);
        var curve = cell.IVCurve((-150).Millivolts(), 100.Millivolts(), points);
        var buffer = new double[points];

        var reversal = GoldmanHodgkinKatz.FillIVCurve(cell, (-150).Millivolts(), 100.Millivolts(), buffer);

        Assert.Equal(curve.Currents, buffer);
        Assert.Equal(curve.ReversalPotentials, reversal);
        var e = Assert.Throws<InvalidInputException>(() => GoldmanHodgkinKatz.FillIVCurve(cell, (-150).Millivolts(), 100.Millivolts(), new double[1]));
        Assert.Equal("currents", e.ParamName);
        Assert.Contains("at least 2 points", e.Message);
    }
}
