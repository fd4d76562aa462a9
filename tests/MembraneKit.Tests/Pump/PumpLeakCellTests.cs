using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Pump;

public class PumpLeakCellTests
{
    private const double Faraday = 96485.33212331001;   // C/mol (SI 2019)
    private const double Gas = 8.31446261815324;        // J/(mol K) (SI 2019)
    private const double ElementaryCharge = 1.602176634e-19;

    // A neuron-sized sphere (radius 10 µm: 4.19 pL, 1257 µm²). P_K = 3e-7 cm/s and P_Na/P_K = 0.02 give an
    // input resistance of a few hundred MΩ and a Na⁺ leak near document 003's 3 pA.
    internal static Membrane TypicalMembrane() => Membrane.At(37.Celsius())
        .With(Ion.Potassium, inside: 140, outside: 4).WithPermeability(Ion.Potassium, Permeability.FromCentimetersPerSecond(3e-7))
        .With(Ion.Sodium, inside: 15, outside: 145).WithPermeability(Ion.Sodium, Permeability.FromCentimetersPerSecond(6e-9))
        .With(Ion.Chloride, inside: 10, outside: 110).WithPermeability(Ion.Chloride, Permeability.FromCentimetersPerSecond(1e-7));

    internal static PumpLeakCell TypicalCell() => PumpLeakCell.AtSteadyState(TypicalMembrane(), Volume.OfSphere(10), Area.OfSphere(10));

    [Fact]
    public void At_steady_state_the_potential_is_the_mullins_noda_potential()
    {
        // By hand: (RT/F) ln((1.5·P_K·4 + P_Na·145) / (1.5·P_K·140 + P_Na·15)), P_Na/P_K = 0.02 → −84.52 mV.
        var thermal = Gas * 310.15 / Faraday;
        var expected = thermal * Math.Log((1.5 * 4 + 0.02 * 145) / (1.5 * 140 + 0.02 * 15));
        var cell = TypicalCell();
        Assert.Equal(expected, cell.MembranePotential.Volts, 9);
    }

    [Fact]
    public void At_steady_state_chloride_sits_at_its_equilibrium_potential()
    {
        var cell = TypicalCell();
        Assert.Equal(cell.MembranePotential.Volts, cell.Membrane.Nernst(Ion.Chloride).Potential.Volts, 9);
        Assert.Equal(0, cell.LeakCurrent(Ion.Chloride).Picoamperes, 6);
    }

    [Fact]
    public void At_steady_state_the_pump_returns_exactly_what_leaks()
    {
        // Per cycle: 3 Na⁺ out, 2 K⁺ in, so I_Na = −3·e·J, I_K = +2·e·J, I_pump = +e·J, and their sum is zero.
        var cell = TypicalCell();
        var cycles = cell.PumpCyclesPerSecond;
        Assert.Equal(-3 * ElementaryCharge * cycles, cell.LeakCurrent(Ion.Sodium).Amperes, 1e-20);
        Assert.Equal(2 * ElementaryCharge * cycles, cell.LeakCurrent(Ion.Potassium).Amperes, 1e-20);
        Assert.Equal(ElementaryCharge * cycles, cell.PumpCurrent.Amperes, 1e-20);
        Assert.InRange(cell.LeakCurrent(Ion.Sodium).Picoamperes, -5, -1);

        // Document 000, worked example 2618548: each leak is non-zero, yet with the pump they sum to zero.
        var total = cell.LeakCurrent(Ion.Sodium) + cell.LeakCurrent(Ion.Potassium) + cell.LeakCurrent(Ion.Chloride) + cell.PumpCurrent;
        Assert.Equal(0, total.Amperes, 1e-20);
    }

    [Fact]
    public void The_atp_bill_of_the_sodium_leak_is_the_pumps_turnover_at_steady_state()
    {
        // Worked example 2720513 applied to this cell: ATP/s = |I_Na| / e / 3.
        var cell = TypicalCell();
        var bill = cell.Pump.DemandFor(cell.LeakCurrent(Ion.Sodium));
        Assert.Equal(Math.Abs(cell.LeakCurrent(Ion.Sodium).Amperes) / ElementaryCharge / 3, bill.AtpPerSecond, 1e-3);
        Assert.Equal(cell.PumpCyclesPerSecond, bill.AtpPerSecond, 1e-3);
    }

    [Fact]
    public void The_pumped_cell_stays_put_for_an_hour()
    {
        var cell = TypicalCell();
        var run = cell.Simulate(TimeSpan.FromHours(1));
        foreach (var ion in new[] { Ion.Sodium, Ion.Potassium, Ion.Chloride })
        {
            var start = cell.Membrane.Gradient(ion).Inside.Millimolar;
            Assert.All(run.Inside(ion), c => Assert.Equal(start, c.Millimolar, 1e-6));
        }

        Assert.All(run.MembranePotentials, v => Assert.Equal(cell.MembranePotential.Millivolts, v.Millivolts, 1e-6));
    }

    [Fact]
    public void The_pump_spends_atp_at_its_steady_rate()
    {
        // ATP consumed after an hour = cycles per second × 3600 s / N_A.
        var cell = TypicalCell();
        var run = cell.Simulate(TimeSpan.FromHours(1));
        var expected = cell.PumpCyclesPerSecond * 3600 / 6.02214076e23;
        Assert.Equal(expected, run.AtpConsumedMoles[^1], expected * 1e-6);
        Assert.Equal(0, run.AtpConsumedMoles[0]);
    }

    [Fact]
    public void With_the_pump_blocked_the_gradients_run_down_monotonically()
    {
        var run = TypicalCell().WithPumpBlocked().Simulate(TimeSpan.FromHours(6), samples: 73);
        var sodium = run.Inside(Ion.Sodium);
        var potassium = run.Inside(Ion.Potassium);
        var potentials = run.MembranePotentials;
        for (var i = 1; i < run.Count; i++)
        {
            Assert.True(sodium[i] > sodium[i - 1], $"Na⁺ inside should rise at sample {i}");
            Assert.True(potassium[i] < potassium[i - 1], $"K⁺ inside should fall at sample {i}");
            Assert.True(potentials[i] > potentials[i - 1], $"V should depolarise at sample {i}");
            var before = run.MembraneAt(i - 1);
            var after = run.MembraneAt(i);
            Assert.True(after.Nernst(Ion.Sodium).Potential < before.Nernst(Ion.Sodium).Potential);
            Assert.True(after.Nernst(Ion.Potassium).Potential > before.Nernst(Ion.Potassium).Potential);
        }

        Assert.All(run.PumpCyclesPerSecond, j => Assert.Equal(0, j));
        Assert.True(sodium[^1].Millimolar > 25, $"after 6 h Na⁺ inside is {sodium[^1]}");
    }

    [Fact]
    public void Without_the_pump_every_permeant_ion_ends_at_equilibrium_at_one_potential()
    {
        // Gibbs–Donnan end state (fixed volume): E_Na = E_K = E_Cl = V.
        var run = TypicalCell().WithPumpBlocked().Simulate(TimeSpan.FromDays(3), samples: 4);
        var final = run.Final;
        var v = run.MembranePotentials[^1].Millivolts;
        Assert.Equal(v, final.Nernst(Ion.Sodium).Potential.Millivolts, 0.1);
        Assert.Equal(v, final.Nernst(Ion.Potassium).Potential.Millivolts, 0.1);
        Assert.Equal(v, final.Nernst(Ion.Chloride).Potential.Millivolts, 0.1);
    }

    [Fact]
    public void A_sodium_loaded_cell_is_pumped_back_toward_its_steady_state()
    {
        var cell = TypicalCell();
        var loaded = PumpLeakCell.Create(cell.Membrane.With(Ion.Sodium, inside: 30, outside: 145), cell.Volume, cell.SurfaceArea, cell.MaximumCyclesPerSecond);
        var run = loaded.Simulate(TimeSpan.FromHours(2));
        var sodium = run.Inside(Ion.Sodium);
        Assert.True(sodium[^1].Millimolar < 20, $"Na⁺ inside after 2 h: {sodium[^1]}");
        Assert.True(sodium[^1].Millimolar > 15);
        Assert.True(run.PumpCyclesPerSecond[0] > cell.PumpCyclesPerSecond);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void In_a_finite_bath_every_ion_is_conserved_between_cell_and_bath(bool pumpRunning)
    {
        var cell = TypicalCell().WithBath(Volume.FromPicoliters(40));
        cell = pumpRunning ? cell.WithMaximumCyclesPerSecond(3 * cell.MaximumCyclesPerSecond) : cell.WithPumpBlocked();
        var run = cell.Simulate(TimeSpan.FromHours(3), samples: 37);
        var cellLiters = cell.Volume.Liters;
        var bathLiters = 40e-12;
        foreach (var ion in new[] { Ion.Sodium, Ion.Potassium, Ion.Chloride })
        {
            var inside = run.Inside(ion);
            var outside = run.Outside(ion);
            var total0 = inside[0].Molar * cellLiters + outside[0].Molar * bathLiters;
            var moved = Math.Abs(inside[^1].Molar - inside[0].Molar) * cellLiters;
            Assert.True(moved > 1e-4 * total0, $"{ion.Symbol} should move measurably");
            for (var i = 0; i < run.Count; i++)
            {
                Assert.Equal(total0, inside[i].Molar * cellLiters + outside[i].Molar * bathLiters, total0 * 1e-12);
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_net_charge_moved_is_zero_and_the_neglected_capacitor_charge_is_tiny(bool pumpRunning)
    {
        // Quasi-steady potential: Σ z·Δn inside = 0 (Na⁺ + K⁺ − Cl⁻). The capacitor charge C·ΔV that this
        // neglects is compared with the Na⁺ actually moved.
        var steady = TypicalCell();
        var cell = pumpRunning
            ? PumpLeakCell.Create(steady.Membrane.With(Ion.Sodium, inside: 30, outside: 145), steady.Volume, steady.SurfaceArea, steady.MaximumCyclesPerSecond)
            : steady.WithPumpBlocked();
        var run = cell.Simulate(TimeSpan.FromHours(2), samples: 25);
        var liters = cell.Volume.Liters;
        double Moles(Ion ion, int i) => run.Inside(ion)[i].Molar * liters;
        var sodiumMoved = Math.Abs(Moles(Ion.Sodium, run.Count - 1) - Moles(Ion.Sodium, 0));
        for (var i = 0; i < run.Count; i++)
        {
            var netCharge = (Moles(Ion.Sodium, i) - Moles(Ion.Sodium, 0)) + (Moles(Ion.Potassium, i) - Moles(Ion.Potassium, 0)) - (Moles(Ion.Chloride, i) - Moles(Ion.Chloride, 0));
            Assert.True(Math.Abs(netCharge) < 1e-9 * sodiumMoved, $"net charge {netCharge} mol at sample {i}");
        }

        var capacitorMoles = cell.SpecificCapacitance.FaradsFor(cell.SurfaceArea) * Math.Abs((run.MembranePotentials[^1] - run.MembranePotentials[0]).Volts) / Faraday;
        Assert.True(capacitorMoles < 0.01 * sodiumMoved, $"C·ΔV/F = {capacitorMoles} mol against {sodiumMoved} mol of Na⁺");
    }

    [Fact]
    public void Ten_times_smaller_steps_give_the_same_run_down()
    {
        // Convergence: the solver's own step choice is fine enough that 10× more steps change little.
        var cell = TypicalCell().WithPumpBlocked();
        var normal = cell.Simulate(TimeSpan.FromHours(3), samples: 7);
        var fine = cell.Simulate(TimeSpan.FromHours(3), 7, stepFraction: 0.02);
        Assert.True(fine.StepsPerSample >= 9 * normal.StepsPerSample);
        Assert.Equal(fine.Inside(Ion.Sodium)[^1].Millimolar, normal.Inside(Ion.Sodium)[^1].Millimolar, 1e-5);
        Assert.Equal(fine.Inside(Ion.Chloride)[^1].Millimolar, normal.Inside(Ion.Chloride)[^1].Millimolar, 1e-5);
        Assert.Equal(fine.MembranePotentials[^1].Millivolts, normal.MembranePotentials[^1].Millivolts, 1e-5);
    }

    [Fact]
    public void The_membrane_settles_in_milliseconds_while_the_gradients_take_hours()
    {
        var tau = TypicalCell().MembraneTimeConstant;
        Assert.InRange(tau.TotalMilliseconds, 1, 100);
    }

    [Property(MaxTest = 50)]
    public Property The_membrane_time_constant_is_capacitance_over_the_analytic_ghk_slope_conductance() =>
        Prop.ForAll(PlausibleCells().ToArbitrary(), cell =>
        {
            // G = Σ P A zF · (zF/RT) · df/du with f(u) = u(c_in − c_out e^(−u))/(1 − e^(−u)), differentiated by hand:
            // df/du = (c_in − c_out E)/(1 − E) + u E (c_out − c_in)/(1 − E)², E = e^(−u); at the cell's own potential.
            const double faraday = 1.602176634e-19 * 6.02214076e23, gasConstant = 1.380649e-23 * 6.02214076e23;
            var volts = cell.MembranePotential.Volts;
            var kelvin = cell.Membrane.Temperature.Kelvin;
            var area = cell.SurfaceArea.SquareMeters;
            var slope = 0.0;
            foreach (var g in cell.Membrane.Ions.Where(g => g.Permeability is { Value: > 0 }))
            {
                var zF = g.Ion.Charge * faraday;
                var u = zF * volts / (gasConstant * kelvin);
                var e = Math.Exp(-u);
                double cin = g.Inside.Millimolar, cout = g.Outside.Millimolar;
                var dfdu = (cin - cout * e) / (1 - e) + u * e * (cout - cin) / ((1 - e) * (1 - e));
                slope += g.Permeability!.Value.MetersPerSecond * area * zF * zF / (gasConstant * kelvin) * dfdu;
            }

            var expected = 0.01 * area / slope; // 1 µF/cm² = 0.01 F/m²
            Assert.True(Math.Abs(cell.MembraneTimeConstantSeconds - expected) <= 1e-10 * expected,
                $"{cell}: τ = {cell.MembraneTimeConstantSeconds:R} s vs analytic {expected:R} s");
            return true;
        });

    [Fact]
    public void A_simulation_allocates_nothing_per_integration_step()
    {
        var cell = TypicalCell();
        cell.Simulate(TimeSpan.FromMinutes(10), 2, 0.2); // warm up
        long Allocated(double stepFraction)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            cell.Simulate(TimeSpan.FromHours(1), 2, stepFraction);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var coarse = Allocated(0.2);
        var fine = Allocated(0.02);

        // Ten times the steps (thousands more), the same samples: any allocation per step would show here.
        Assert.True(fine - coarse < 1000, $"{coarse} B with the coarse step, {fine} B with ten times the steps");
    }

    [Fact]
    public void The_cell_uses_the_membranes_own_pump()
    {
        var membrane = TypicalMembrane().WithPump(SodiumPotassiumPump.WithStoichiometry(2, 1));
        var cell = PumpLeakCell.AtSteadyState(membrane, Volume.OfSphere(10), Area.OfSphere(10));
        Assert.Equal(2, cell.Pump.SodiumPerCycle);
        Assert.Equal(membrane.PumpLeakPotential().Potential.Volts, cell.MembranePotential.Volts, 9);
    }

    // Plausible cells: P_K 1e-7–1e-6 cm/s, P_Na/P_K 0.005–0.1, P_Cl 0–1e-6 cm/s, [K⁺]o 2–10 mM, [Na⁺]i 5–30 mM.
    private static Gen<PumpLeakCell> PlausibleCells() =>
        from pK in Gen.Choose(1, 10).Select(i => i * 1e-7)
        from ratio in Gen.Choose(5, 100).Select(i => i / 1000.0)
        from pCl in Gen.Choose(0, 10).Select(i => i * 1e-7)
        from ko in Gen.Choose(2, 10)
        from nai in Gen.Choose(5, 30)
        select PumpLeakCell.AtSteadyState(
            Membrane.At(37.Celsius())
                .With(Ion.Potassium, inside: 140, outside: ko).WithPermeability(Ion.Potassium, Permeability.FromCentimetersPerSecond(pK))
                .With(Ion.Sodium, inside: nai, outside: 145).WithPermeability(Ion.Sodium, Permeability.FromCentimetersPerSecond(ratio * pK))
                .With(Ion.Chloride, inside: 10, outside: 110).WithPermeability(Ion.Chloride, Permeability.FromCentimetersPerSecond(pCl)),
            Volume.OfSphere(10), Area.OfSphere(10));

    [Property(MaxTest = 30)]
    public Property Every_mullins_noda_steady_state_is_a_fixed_point_of_the_dynamics() =>
        Prop.ForAll(PlausibleCells().ToArbitrary(), cell =>
        {
            var run = cell.Simulate(TimeSpan.FromMinutes(30), samples: 3);
            return Math.Abs(run.Inside(Ion.Sodium)[^1].Millimolar - run.Inside(Ion.Sodium)[0].Millimolar) < 1e-6
                && Math.Abs(run.Inside(Ion.Potassium)[^1].Millimolar - run.Inside(Ion.Potassium)[0].Millimolar) < 1e-6
                && Math.Abs((run.MembranePotentials[^1] - run.MembranePotentials[0]).Millivolts) < 1e-6;
        });

    [Property(MaxTest = 30)]
    public Property Blocking_the_pump_always_lets_sodium_in_and_potassium_out() =>
        Prop.ForAll(PlausibleCells().ToArbitrary(), cell =>
        {
            var run = cell.WithPumpBlocked().Simulate(TimeSpan.FromHours(1), samples: 7);
            var sodium = run.Inside(Ion.Sodium);
            var potassium = run.Inside(Ion.Potassium);
            return Enumerable.Range(1, run.Count - 1).All(i => sodium[i] > sodium[i - 1] && potassium[i] < potassium[i - 1]);
        });

    [Fact]
    public void A_zero_volume_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => PumpLeakCell.Create(TypicalMembrane(), default, Area.OfSphere(10), 1e7));
        Assert.Equal("volume", e.ParamName);
        Assert.Contains("above 0 m³", e.Message);
    }

    [Fact]
    public void A_zero_area_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => PumpLeakCell.AtSteadyState(TypicalMembrane(), Volume.OfSphere(10), default));
        Assert.Equal("surfaceArea", e.ParamName);
    }

    [Fact]
    public void A_negative_pump_capacity_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell().WithMaximumCyclesPerSecond(-1));
        Assert.Equal("maximumCyclesPerSecond", e.ParamName);
        Assert.Contains("-1 cycles/s", e.Message);
    }

    [Fact]
    public void A_relative_permeability_is_refused_with_the_fix()
    {
        var membrane = TypicalMembrane().WithPermeability(Ion.Chloride, 0.45);
        var e = Assert.Throws<InvalidInputException>(() => PumpLeakCell.AtSteadyState(membrane, Volume.OfSphere(10), Area.OfSphere(10)));
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("absolute permeabilities", e.Message);
        Assert.Contains("FromCentimetersPerSecond", e.Message);
    }

    [Fact]
    public void A_membrane_without_potassium_is_refused()
    {
        var membrane = TypicalMembrane().Without(Ion.Potassium);
        var e = Assert.Throws<InvalidInputException>(() => PumpLeakCell.Create(membrane, Volume.OfSphere(10), Area.OfSphere(10), 1e7));
        Assert.Equal("ion", e.ParamName);
        Assert.Contains("K⁺", e.Message);
    }

    [Fact]
    public void A_duration_that_is_not_positive_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell().Simulate(TimeSpan.Zero));
        Assert.Equal("duration", e.ParamName);
    }

    [Fact]
    public void A_run_too_long_for_a_very_leaky_cell_is_refused_with_its_relaxation_time()
    {
        // P_K = 1 cm/s: concentrations relax in microseconds, so a year would need ~1e13 steps.
        var leaky = PumpLeakCell.Create(TypicalMembrane().WithPermeability(Ion.Potassium, Permeability.FromCentimetersPerSecond(1)), Volume.OfSphere(10), Area.OfSphere(10), 0);
        var e = Assert.Throws<InvalidInputException>(() => leaky.Simulate(TimeSpan.FromDays(365)));
        Assert.Equal("duration", e.ParamName);
        Assert.Contains("integration steps", e.Message);
        Assert.Contains("simulate a shorter time", e.Message);
    }

    [Fact]
    public void A_zero_bath_volume_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell().WithBath(default));
        Assert.Equal("bathVolume", e.ParamName);
    }

    [Fact]
    public void A_zero_capacitance_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell().WithSpecificCapacitance(default));
        Assert.Equal("specificCapacitance", e.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100_001)]
    public void A_sample_count_out_of_range_is_refused(int samples)
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell().Simulate(TimeSpan.FromMinutes(1), samples));
        Assert.Equal("samples", e.ParamName);
        Assert.Contains("from 2 to 100000", e.Message);
    }

    [Fact]
    public void A_sample_index_out_of_range_is_refused()
    {
        var run = TypicalCell().Simulate(TimeSpan.FromMinutes(1), samples: 3);
        var e = Assert.Throws<InvalidInputException>(() => run.MembraneAt(3));
        Assert.Equal("sample", e.ParamName);
        Assert.Contains("from 0 to 2", e.Message);
    }
}
