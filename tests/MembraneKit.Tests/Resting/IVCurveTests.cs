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

    /// <summary>
    /// The curve against the GHK current equation written out here (not the library's point-by-point path):
    /// I(V) = Σ P_i z_i F u_i (c_in − c_out e^(−u_i)) / (1 − e^(−u_i)), u_i = z_i F V / RT, at every point of a
    /// 3,001-point grid (the fast grid path) with four ions, one divalent. The permeabilities are relative, so the
    /// curve must equal the written-out sum times one constant factor, the same at every voltage.
    /// </summary>
    [Fact]
    public void The_fast_grid_follows_the_ghk_current_equation_written_out_at_every_point()
    {
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.05).WithPermeability(Ion.Chloride, 0.45)
            .With(Ion.Calcium, 1e-4, 2).WithPermeability(Ion.Calcium, 0.1);
        (int Z, double Inside, double Outside, double P)[] ions = [(1, 140, 5, 1), (1, 12, 140, 0.05), (-1, 10, 110, 0.45), (2, 1e-4, 2, 0.1)];
        const double kelvin = 310.15;

        double Written(double volts) => ions.Sum(ion =>
        {
            var u = ion.Z * F * volts / (R * kelvin);
            var factor = Math.Abs(u) < 1e-12 ? 1 + u / 2 : u / (1 - Math.Exp(-u)); // smallest |u| on the grid is ~0.004: cancellation costs ~1e-13, far inside the tolerance
            return ion.P * ion.Z * F * factor * (ion.Inside - ion.Outside * Math.Exp(-u));
        });

        var curve = cell.IVCurve((-150).Millivolts(), 150.Millivolts(), 3001);

        var scale = curve.Currents[0] / Written(curve.Voltages[0].Volts);
        Assert.True(scale > 0, $"the curve has the opposite sign of the equation (scale {scale})");
        for (var i = 0; i < curve.Count; i++)
        {
            var expected = scale * Written(curve.Voltages[i].Volts);
            Assert.True(Math.Abs(curve.Currents[i] - expected) <= 1e-9 * Math.Abs(expected) + 1e-12 * Math.Abs(scale * F),
                $"at {curve.Voltages[i].Millivolts} mV: curve {curve.Currents[i]}, equation {expected}");
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
