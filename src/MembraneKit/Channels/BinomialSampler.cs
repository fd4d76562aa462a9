using MathNet.Numerics;

namespace MembraneKit;

/// <summary>
/// Exact binomial random variates in expected O(1) time for large n, which MathNet.Numerics 5.0.0's
/// <c>Binomial.Sample</c> is not: it sums n Bernoulli trials, O(n) per variate.
/// </summary>
/// <remarks>
/// <para>For n·min(p, 1 − p) ≥ 10: the BTRS algorithm ("transformed rejection with squeeze") of
/// W. Hörmann, "The generation of binomial random variates", J. Stat. Comput. Simul. 46, 101–110 (1993):
/// a rejection method with a transformed-uniform hat and a squeeze that accepts most candidates without
/// evaluating the probability mass function; about 1.15 iterations per variate.</para>
/// <para>Below that: inversion by geometric waiting times (L. Devroye, <i>Non-Uniform Random Variate
/// Generation</i>, Springer 1986, section X.4, the waiting-time method): the gaps between successes in
/// a Bernoulli sequence are Geometric(p), drawn as ⌈ln U / ln(1 − p)⌉; the count of successes within n
/// trials is Binomial(n, p). Expected n·p + 1 uniforms.</para>
/// <para>For p &gt; 1/2 it samples n − Binomial(n, 1 − p). Both methods are exact in distribution (up to
/// floating-point rounding).</para>
/// </remarks>
internal static class BinomialSampler
{
    /// <summary>Below this n·min(p, 1 − p) inversion is used; BTRS needs n·p ≥ 10.</summary>
    internal const double InversionLimit = 10;

    /// <summary>Draws one Binomial(<paramref name="trials"/>, <paramref name="probability"/>) variate.
    /// No validation: callers pass trials ≥ 0 and probability in [0, 1].</summary>
    internal static int Sample(Random random, int trials, double probability)
    {
        if (trials == 0 || probability <= 0)
        {
            return 0;
        }

        if (probability >= 1)
        {
            return trials;
        }

        if (probability > 0.5)
        {
            // 1 − p is exact for p in (1/2, 1) (Sterbenz), so the flip loses nothing.
            return trials - Sample(random, trials, 1 - probability);
        }

        return trials * probability < InversionLimit
            ? Inversion(random, trials, probability)
            : TransformedRejection(random, trials, probability);
    }

    private static int Inversion(Random random, int trials, double probability)
    {
        var logFailure = SpecialFunctions.Log1p(-probability);
        double position = 0;
        var successes = 0;
        while (true)
        {
            double u;
            do
            {
                u = random.NextDouble();
            }
            while (u == 0);

            position += Math.Ceiling(Math.Log(u) / logFailure);
            if (position > trials)
            {
                return successes;
            }

            successes++;
        }
    }

    private static int TransformedRejection(Random random, int trials, double probability)
    {
        // Set-up of BTRS, Hörmann (1993), p ≤ 1/2 and n·p ≥ 10.
        double n = trials;
        var p = probability;
        var q = 1 - p;
        var spq = Math.Sqrt(n * p * q);
        var b = 1.15 + 2.53 * spq;
        var a = -0.0873 + 0.0248 * b + 0.01 * p;
        var c = n * p + 0.5;
        var vr = 0.92 - 4.2 / b;
        var alpha = (2.83 + 5.1 / b) * spq;
        var lpq = Math.Log(p / q);
        var m = Math.Floor((n + 1) * p);
        var h = LogFactorial(m) + LogFactorial(n - m);

        while (true)
        {
            var u = random.NextDouble() - 0.5;
            var v = random.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n)
            {
                continue;
            }

            // Squeeze: inside this region the hat lies under the mass function, accept at once.
            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            v = Math.Log(v * alpha / (a / (us * us) + b));
            if (v <= h - LogFactorial(k) - LogFactorial(n - k) + (k - m) * lpq)
            {
                return (int)k;
            }
        }
    }

    private static double LogFactorial(double k) => SpecialFunctions.FactorialLn((int)k);
}
