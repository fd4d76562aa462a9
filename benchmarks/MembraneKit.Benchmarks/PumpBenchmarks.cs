using BenchmarkDotNet.Attributes;
using MembraneKit;

namespace MembraneKit.Benchmarks;

/// <summary>
/// Pump–leak dynamics. Target: one simulated hour of a neuron-sized cell (radius 10 µm; K⁺, Na⁺, Cl⁻
/// leaks) in at most 100 ms on one core, for the pump running at steady state and for the pump blocked.
/// </summary>
[MemoryDiagnoser]
public class PumpBenchmarks
{
    private PumpLeakCell _pumped = null!;
    private PumpLeakCell _blocked = null!;
    private PumpLeakCell _finiteBath = null!;

    /// <summary>Builds the cells once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var membrane = Membrane.At(37.Celsius())
            .With(Ion.Potassium, inside: 140, outside: 4).WithPermeability(Ion.Potassium, Permeability.FromCentimetersPerSecond(3e-7))
            .With(Ion.Sodium, inside: 15, outside: 145).WithPermeability(Ion.Sodium, Permeability.FromCentimetersPerSecond(6e-9))
            .With(Ion.Chloride, inside: 10, outside: 110).WithPermeability(Ion.Chloride, Permeability.FromCentimetersPerSecond(1e-7));
        _pumped = PumpLeakCell.AtSteadyState(membrane, Volume.OfSphere(10), Area.OfSphere(10));
        _blocked = _pumped.WithPumpBlocked();
        _finiteBath = _pumped.WithBath(Volume.FromPicoliters(40));
    }

    /// <summary>One hour with the pump running, sampled every 30 s.</summary>
    [Benchmark(Baseline = true)]
    public PumpLeakTrajectory OneHourPumped() => _pumped.Simulate(TimeSpan.FromHours(1));

    /// <summary>One hour of run-down with the pump blocked, sampled every 30 s.</summary>
    [Benchmark]
    public PumpLeakTrajectory OneHourBlocked() => _blocked.Simulate(TimeSpan.FromHours(1));

    /// <summary>One hour with a finite bath (outside concentrations change too).</summary>
    [Benchmark]
    public PumpLeakTrajectory OneHourFiniteBath() => _finiteBath.Simulate(TimeSpan.FromHours(1));

    /// <summary>The Mullins–Noda steady state (closed form).</summary>
    [Benchmark]
    public Voltage MullinsNoda() => _pumped.Membrane.PumpLeakPotential().Potential;
}
