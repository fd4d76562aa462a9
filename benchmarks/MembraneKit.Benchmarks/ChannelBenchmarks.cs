using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MembraneKit;

namespace MembraneKit.Benchmarks;

/// <summary>
/// Target: a population of 10⁶ two-state channels over 10⁴ steps, exact in distribution, in at most 1 s
/// on one core. The MathNet baseline shows why the kit has its own sampler: MathNet.Numerics 5.0.0's
/// Binomial.Sample sums n Bernoulli trials, so one step of 10⁶ channels costs ~10⁶ uniforms.
/// </summary>
[MemoryDiagnoser]
public class ChannelBenchmarks
{
    private const int Channels = 1_000_000;
    private const int Steps = 10_000;
    private const double TimeStepSeconds = 1e-4;

    private readonly TwoStateKinetics _kinetics = TwoStateKinetics.FromOpenProbability(0.2, 1e-3);

    /// <summary>The target: 10⁶ channels × 10⁴ steps with the kit's exact binomial updates.</summary>
    [Benchmark]
    public double MillionChannelsTenThousandSteps() =>
        ChannelNoise.Simulate(_kinetics, Channels, TimeStepSeconds, Steps, seed: 1).MeanOpenCount;

    /// <summary>One binomial draw with n = 10⁶, p = 0.2 from the kit's BTRS sampler.</summary>
    [Benchmark]
    public int KitBinomialDrawOfAMillion() => BinomialSampler.Sample(_random, Channels, 0.2);

    /// <summary>The same draw from MathNet.Numerics 5.0.0 (O(n): 10⁶ uniforms).</summary>
    [Benchmark]
    public int MathNetBinomialDrawOfAMillion() => Binomial.Sample(_random, 0.2, Channels);

    private readonly Xoshiro256StarStar _random = new(7, threadSafe: false);
}
