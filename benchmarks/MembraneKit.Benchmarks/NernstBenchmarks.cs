using BenchmarkDotNet.Attributes;
using MembraneKit;

namespace MembraneKit.Benchmarks;

/// <summary>
/// Target (one core): 10⁷ Nernst evaluations ≤ 15 ms (issue 17; it was ≤ 50 ms for the scalar loop).
/// Rows: the scalar fast form in a tight loop (a concentration that changes every step), and the SIMD batch form
/// <see cref="Nernst.PotentialsVolts(int, ReadOnlySpan{double}, ReadOnlySpan{double}, double, Span{double})"/> —
/// over 10⁵-element spans 100 times (2.4 MB of inputs and output, in the L2/L3 cache), and over 10⁷-element spans
/// once (240 MB through main memory).
/// Run: dotnet run -c Release --project benchmarks/MembraneKit.Benchmarks -- --filter '*NernstBenchmarks*' --job short
/// </summary>
[MinColumn]
[MemoryDiagnoser]
public class NernstBenchmarks
{
    private const int Evaluations = 10_000_000;
    private const int Block = 100_000;

    private double[] _inside = null!, _outside = null!, _volts = null!;
    private double[] _bigInside = null!, _bigOutside = null!, _bigVolts = null!;

    /// <summary>Inputs like the scalar loop's: 140 mM inside, 1 + i·10⁻⁶ mM outside.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _inside = [.. Enumerable.Repeat(140.0, Block)];
        _outside = [.. Enumerable.Range(0, Block).Select(i => 1 + i * 1e-6)];
        _volts = new double[Block];
        _bigInside = [.. Enumerable.Repeat(140.0, Evaluations)];
        _bigOutside = [.. Enumerable.Range(0, Evaluations).Select(i => 1 + i * 1e-6)];
        _bigVolts = new double[Evaluations];
    }

    /// <summary>10⁷ calls of Nernst.PotentialVolts; returns the sum so nothing is optimised away.</summary>
    [Benchmark]
    public double TenMillionNernstPotentials()
    {
        var sum = 0.0;
        for (var i = 0; i < Evaluations; i++)
        {
            sum += Nernst.PotentialVolts(1, 140, 1 + i * 1e-6, 310.15);
        }

        return sum;
    }

    /// <summary>10⁷ potentials by the batch form: 100 calls over 10⁵-element spans (a new temperature each call).</summary>
    [Benchmark]
    public double TenMillionNernstPotentialsBatchInBlocks()
    {
        for (var call = 0; call < Evaluations / Block; call++)
        {
            Nernst.PotentialsVolts(1, _inside, _outside, 310.15 + call * 1e-3, _volts);
        }

        return _volts[^1];
    }

    /// <summary>10⁷ potentials by the batch form in one call over 10⁷-element spans (memory-bound).</summary>
    [Benchmark]
    public double TenMillionNernstPotentialsBatchInOneCall()
    {
        Nernst.PotentialsVolts(1, _bigInside, _bigOutside, 310.15, _bigVolts);
        return _bigVolts[^1];
    }
}
