using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace MembraneKit.Tests.Channels;

public class BinomialSamplerTests
{
    private const int Draws = 200_000;

    // Cases cover inversion (n·p < 10), BTRS (n·p ≥ 10), the p > 1/2 flip and a million trials.
    public static TheoryData<int, double> Cases => new()
    {
        { 20, 0.1 },
        { 1_000_000, 2e-6 },
        { 60, 0.2 },
        { 1000, 0.3 },
        { 200, 0.9 },
        { 1_000_000, 0.01 },
        { 1_000_000, 0.5 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mean_and_variance_match_n_p_and_n_p_q(int n, double p)
    {
        var random = new Xoshiro256StarStar(12345, threadSafe: false);
        double sum = 0, sumSquares = 0;
        for (var i = 0; i < Draws; i++)
        {
            double k = BinomialSampler.Sample(random, n, p);
            Assert.InRange(k, 0, n);
            sum += k;
            sumSquares += k * k;
        }

        var mean = sum / Draws;
        var variance = (sumSquares - Draws * mean * mean) / (Draws - 1);
        var expectedMean = n * p;
        var expectedVariance = n * p * (1 - p);

        // Five standard errors: SE(mean) = √(npq/D); SE(variance) ≈ npq·√(2/D) for a near-normal count.
        Assert.InRange(mean, expectedMean - 5 * Math.Sqrt(expectedVariance / Draws), expectedMean + 5 * Math.Sqrt(expectedVariance / Draws));
        var varianceTolerance = 5 * expectedVariance * Math.Sqrt(2.0 / Draws) + 5 * Math.Sqrt(expectedVariance / Draws);
        Assert.InRange(variance, expectedVariance - varianceTolerance, expectedVariance + varianceTolerance);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Frequencies_pass_a_chi_square_test_against_the_exact_pmf(int n, double p)
    {
        var random = new Xoshiro256StarStar(777, threadSafe: false);
        var observed = new Dictionary<int, int>();
        for (var i = 0; i < Draws; i++)
        {
            var k = BinomialSampler.Sample(random, n, p);
            observed[k] = observed.GetValueOrDefault(k) + 1;
        }

        // Bins of single values wherever the expected count is at least 20; the tails merged into two bins.
        var mode = (int)Math.Floor((n + 1) * p);
        var low = mode;
        while (low > 0 && Draws * Binomial.PMF(p, n, low - 1) >= 20)
        {
            low--;
        }

        var high = mode;
        while (high < n && Draws * Binomial.PMF(p, n, high + 1) >= 20)
        {
            high++;
        }

        var bins = new List<(double Expected, int Observed)>();
        var lowerTail = low > 0 ? Binomial.CDF(p, n, low - 1) : 0;
        var upperTail = high < n ? 1 - Binomial.CDF(p, n, high) : 0;
        if (lowerTail > 0)
        {
            bins.Add((Draws * lowerTail, observed.Where(kv => kv.Key < low).Sum(kv => kv.Value)));
        }

        for (var k = low; k <= high; k++)
        {
            bins.Add((Draws * Binomial.PMF(p, n, k), observed.GetValueOrDefault(k)));
        }

        if (upperTail > 0)
        {
            bins.Add((Draws * upperTail, observed.Where(kv => kv.Key > high).Sum(kv => kv.Value)));
        }

        var chiSquare = bins.Sum(b => (b.Observed - b.Expected) * (b.Observed - b.Expected) / b.Expected);
        var degreesOfFreedom = bins.Count - 1;
        var pValue = 1 - ChiSquared.CDF(degreesOfFreedom, chiSquare);
        Assert.True(pValue > 1e-3, $"χ² = {chiSquare:F1} with {degreesOfFreedom} degrees of freedom, p = {pValue:G3}");
    }

    [Fact]
    public void Degenerate_cases_are_exact()
    {
        var random = new Xoshiro256StarStar(1, threadSafe: false);
        Assert.Equal(0, BinomialSampler.Sample(random, 0, 0.5));
        Assert.Equal(0, BinomialSampler.Sample(random, 1000, 0));
        Assert.Equal(1000, BinomialSampler.Sample(random, 1000, 1));
    }

    [Fact]
    public void The_same_seed_gives_the_same_draws()
    {
        var a = new Xoshiro256StarStar(42, threadSafe: false);
        var b = new Xoshiro256StarStar(42, threadSafe: false);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(BinomialSampler.Sample(a, 100_000, 0.37), BinomialSampler.Sample(b, 100_000, 0.37));
        }
    }
}
