using BenchmarkDotNet.Attributes;
using MembraneKit;

namespace MembraneKit.Benchmarks;

/// <summary>
/// Targets (one core): a materialised GHK I–V curve of 10⁶ voltages ≤ 5 ms (issue 17: every current computed into the
/// array the curve keeps and the zero crossing found; K⁺/Na⁺/Cl⁻ membrane, two valences, −150…+100 mV); every root of a
/// self-consistent resting potential with two voltage-dependent conductances ≤ 50 µs.
/// Run: dotnet run -c Release --project benchmarks/MembraneKit.Benchmarks -- --filter '*RestingBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class RestingBenchmarks
{
    private Membrane _cell = null!;
    private Membrane _solutions = null!;
    private MixedChannel _channel = null!;
    private ConductancePathway[] _pathways = null!;

    [GlobalSetup]
    public void Setup()
    {
        _solutions = Membrane.At(37.Celsius())
            .With(Ion.Potassium, inside: 140, outside: 5)
            .With(Ion.Sodium, inside: 15, outside: 145)
            .With(Ion.Chloride, inside: 10, outside: 110);
        _cell = _solutions.WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.04).WithPermeability(Ion.Chloride, 0.45);
        _channel = MixedChannel.Passing(Ion.Potassium).And(Ion.Sodium, 0.9);
        var eK = _solutions.Nernst(Ion.Potassium).Potential;
        _pathways =
        [
            _solutions.Pathway(Ion.Potassium, VoltageDependentConductance.InwardRectifier(10.Nanosiemens(), eK + 15.Millivolts(), 8.Millivolts())),
            _solutions.Pathway(Ion.Sodium, VoltageDependentConductance.BoltzmannActivated(10.Nanosiemens(), (-40).Millivolts(), 5.Millivolts())),
        ];
    }

    /// <summary>Total GHK I–V curve of a K⁺/Na⁺/Cl⁻ membrane at 10⁶ voltages (two valences: two exponentials per point).</summary>
    [Benchmark]
    public IVCurve MembraneIVCurveOfAMillionVoltages() => _cell.IVCurve((-150).Millivolts(), 100.Millivolts(), 1_000_000);

    /// <summary>The same, then every current read (the curve already holds them: reading computes nothing).</summary>
    [Benchmark]
    public double MembraneIVCurveOfAMillionVoltagesEveryCurrentRead()
    {
        var curve = _cell.IVCurve((-150).Millivolts(), 100.Millivolts(), 1_000_000);
        var sum = 0.0;
        foreach (var current in curve.Currents)
        {
            sum += current;
        }

        return sum;
    }

    /// <summary>The same curve written into a reusable 10⁶-element buffer by FillIVCurve (no allocation of the currents).</summary>
    [Benchmark]
    public int MembraneIVCurveOfAMillionVoltagesIntoABuffer() =>
        GoldmanHodgkinKatz.FillIVCurve(_cell, (-150).Millivolts(), 100.Millivolts(), _buffer).Count;

    private readonly double[] _buffer = new double[1_000_000];

    /// <summary>I–V curve of a Na⁺/K⁺ channel at 10⁶ voltages.</summary>
    [Benchmark]
    public IVCurve ChannelIVCurveOfAMillionVoltages() => _channel.IVCurve(_solutions, (-150).Millivolts(), 100.Millivolts(), 1_000_000);

    /// <summary>Every root, with stability, of Σ g_i(V)(V − E_i) = 0 for a Kir and a persistent Na⁺ conductance, −120…+80 mV.</summary>
    [Benchmark]
    public SelfConsistentRoots EveryRootWithTwoVoltageDependentConductances() =>
        SelfConsistentRestingPotential.FindAll(_pathways, (-120).Millivolts(), 80.Millivolts());

    /// <summary>The GHK potential of a three-ion membrane (closed form), for reference.</summary>
    [Benchmark]
    public GoldmanPotential GoldmanPotential() => _cell.GoldmanPotential();
}
