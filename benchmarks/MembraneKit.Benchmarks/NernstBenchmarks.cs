using BenchmarkDotNet.Attributes;
using MembraneKit;

namespace MembraneKit.Benchmarks;

/// <summary>
/// Target (one core): 10⁷ Nernst evaluations ≤ 50 ms, a tight loop over the fast form
/// <see cref="Nernst.PotentialVolts"/> with a concentration that changes every step.
/// Run: dotnet run -c Release --project benchmarks/MembraneKit.Benchmarks -- --filter '*NernstBenchmarks*' --job short
/// </summary>
[MinColumn]
public class NernstBenchmarks
{
    private const int Evaluations = 10_000_000;

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
}
