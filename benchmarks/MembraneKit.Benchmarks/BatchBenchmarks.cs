using BenchmarkDotNet.Attributes;
using MembraneKit;

namespace MembraneKit.Benchmarks;

/// <summary>
/// The SIMD batch forms against a scalar loop over the same 10⁶ voltages (−150…+100 mV): one ion's GHK current
/// density (K⁺, 140 | 5 mM, 37 °C) and a Boltzmann P_o (z = 4, V½ = −40 mV). Both write into a preallocated array.
/// Run: dotnet run -c Release --project benchmarks/MembraneKit.Benchmarks -- --filter '*BatchBenchmarks*' --job short
/// </summary>
[MinColumn]
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int Points = 1_000_000;

    private readonly IonGradient _potassium = new(Ion.Potassium, 140.Millimolar(), 5.Millimolar()) { Permeability = Permeability.FromCentimetersPerSecond(1e-6) };
    private readonly BoltzmannGating _gating = BoltzmannGating.Create(4, (-40).Millivolts(), 37.Celsius());
    private readonly Temperature _body = 37.Celsius();
    private double[] _millivolts = null!, _output = null!;

    /// <summary>The voltage grid and the output array.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _millivolts = [.. Enumerable.Range(0, Points).Select(i => -150 + 250.0 * i / (Points - 1))];
        _output = new double[Points];
    }

    /// <summary>GHK current of one ion at 10⁶ voltages, one CurrentOf call each.</summary>
    [Benchmark]
    public double GhkCurrentScalarLoop()
    {
        for (var i = 0; i < Points; i++)
        {
            _output[i] = GoldmanHodgkinKatz.CurrentOf(_potassium, Voltage.FromMillivolts(_millivolts[i]), _body).Value;
        }

        return _output[^1];
    }

    /// <summary>The same by GoldmanHodgkinKatz.CurrentDensities.</summary>
    [Benchmark]
    public double GhkCurrentBatch()
    {
        GoldmanHodgkinKatz.CurrentDensities(_potassium, _millivolts, _body, _output);
        return _output[^1];
    }

    /// <summary>P_o at 10⁶ voltages, one OpenProbability call each.</summary>
    [Benchmark]
    public double OpenProbabilityScalarLoop()
    {
        for (var i = 0; i < Points; i++)
        {
            _output[i] = _gating.OpenProbability(Voltage.FromMillivolts(_millivolts[i]));
        }

        return _output[^1];
    }

    /// <summary>The same by BoltzmannGating.OpenProbabilities.</summary>
    [Benchmark]
    public double OpenProbabilityBatch()
    {
        _gating.OpenProbabilities(_millivolts, _output);
        return _output[^1];
    }
}
