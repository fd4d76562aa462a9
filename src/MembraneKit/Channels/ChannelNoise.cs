using MathNet.Numerics.Random;

namespace MembraneKit;

/// <summary>
/// Seeded stochastic simulation of a population of independent two-state channels (closed ⇄ open),
/// exact in distribution at the sampled times, and the "relative noise versus N" data that shows the
/// flicker of single channels averaging out into a steady macroscopic current (ids 2720467, 2720506).
/// </summary>
/// <remarks>
/// <para>Per step Δt, of the N_c closed channels Binomial(N_c, p_co) open and of the N_o open channels
/// Binomial(N_o, p_oc) close, with the exact two-state transition probabilities of
/// <see cref="TwoStateKinetics"/>. Because the channels are independent Markov chains, the open count at
/// the sampled times has exactly the distribution of the continuous-time process: no small-Δt
/// approximation is made, and Δt may exceed the relaxation time.</para>
/// <para>The binomial variates come from an exact sampler in expected O(1) time per draw (Hörmann's BTRS
/// with inversion for small means), so 10⁶ channels cost no more per step than 10. The generator is
/// MathNet.Numerics' xoshiro256** seeded with <c>seed</c>: the same seed gives the same trace.</para>
/// </remarks>
/// <example>
/// <code>
/// var kinetics = TwoStateKinetics.FromOpenProbability(0.2, relaxationTimeSeconds: 1e-3);
/// var trace = ChannelNoise.Simulate(kinetics, channelCount: 1000, timeStepSeconds: 1e-3, steps: 10_000, seed: 1);
/// trace.RelativeNoise   // ≈ trace.PredictedRelativeNoise = √(0.8 / 200) ≈ 0.063
/// </code>
/// </example>
public static class ChannelNoise
{
    /// <summary>The largest number of steps one simulation may take (the trace keeps every open count).</summary>
    public const int MaximumSteps = 10_000_000;

    /// <summary>Simulates N two-state channels for a number of time steps.</summary>
    /// <param name="kinetics">The opening and closing rates.</param>
    /// <param name="channelCount">The number of channels N, at least 1.</param>
    /// <param name="timeStepSeconds">The time step Δt in seconds, above 0.</param>
    /// <param name="steps">The number of steps, from 1 to <see cref="MaximumSteps"/>; the trace holds
    /// steps + 1 open counts (the initial state included).</param>
    /// <param name="seed">The random seed; the same seed gives the same trace.</param>
    /// <param name="initialOpenCount">The number open at t = 0, from 0 to N; when omitted it is drawn from
    /// the stationary distribution Binomial(N, p∞), so the whole trace is stationary.</param>
    /// <exception cref="InvalidInputException">A count, step or time step out of range.</exception>
    public static ChannelTrace Simulate(TwoStateKinetics kinetics, int channelCount, double timeStepSeconds, int steps, int seed, int? initialOpenCount = null)
    {
        Guard.NotNull(kinetics);
        Guard.Positive(channelCount);
        Guard.Positive(timeStepSeconds, "s");
        RequireSteps(steps);
        if (initialOpenCount is { } initial && (initial < 0 || initial > channelCount))
        {
            throw new InvalidInputException(nameof(initialOpenCount), initial.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"a count from 0 to channelCount = {channelCount}");
        }

        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var pOpen = kinetics.OpeningProbabilityOver(timeStepSeconds);
        var pClose = kinetics.ClosingProbabilityOver(timeStepSeconds);
        var counts = new int[steps + 1];
        var open = initialOpenCount ?? BinomialSampler.Sample(random, channelCount, kinetics.StationaryOpenProbability);
        counts[0] = open;
        for (var step = 1; step <= steps; step++)
        {
            var opening = BinomialSampler.Sample(random, channelCount - open, pOpen);
            var closing = BinomialSampler.Sample(random, open, pClose);
            open += opening - closing;
            counts[step] = open;
        }

        return ChannelTrace.FromCounts(kinetics, channelCount, timeStepSeconds, seed, counts);
    }

    /// <summary>The simulated relative noise σ/μ of the open count for several population sizes, beside the
    /// binomial prediction √((1 − p∞)/(N·p∞)): the data for a chart of noise against N.</summary>
    /// <param name="kinetics">The opening and closing rates.</param>
    /// <param name="channelCounts">The population sizes N, each at least 1.</param>
    /// <param name="timeStepSeconds">The time step Δt in seconds, above 0.</param>
    /// <param name="steps">The number of steps per population.</param>
    /// <param name="seed">The random seed; population i uses seed + i, so the result is reproducible.</param>
    /// <exception cref="InvalidInputException">No counts, a count below 1, a bad step, kinetics that never open
    /// (p∞ = 0), or a population that happened never to open in the simulated steps (σ/μ has no mean then).</exception>
    public static IReadOnlyList<RelativeNoisePoint> RelativeNoiseVersusCount(TwoStateKinetics kinetics, IReadOnlyList<int> channelCounts, double timeStepSeconds, int steps, int seed)
    {
        Guard.NotNull(kinetics);
        Guard.NotEmpty(channelCounts, "channel count");
        for (var i = 0; i < channelCounts.Count; i++)
        {
            if (channelCounts[i] < 1)
            {
                throw new InvalidInputException($"{nameof(channelCounts)}[{i}]", channelCounts[i].ToString(System.Globalization.CultureInfo.InvariantCulture), "a whole number above 0");
            }
        }

        if (kinetics.StationaryOpenProbability == 0)
        {
            throw new InvalidInputException(nameof(kinetics), kinetics.ToString(), "channels that open (p∞ above 0): the relative noise of a population that is never open has no mean to compare with");
        }

        var points = new RelativeNoisePoint[channelCounts.Count];
        for (var i = 0; i < points.Length; i++)
        {
            var trace = Simulate(kinetics, channelCounts[i], timeStepSeconds, steps, unchecked(seed + i));
            if (trace.RelativeNoise is not { } simulated)
            {
                throw new InvalidInputException($"{nameof(channelCounts)}[{i}]", channelCounts[i].ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"a population in which some channel opens: none of the {channelCounts[i].ToString(System.Globalization.CultureInfo.InvariantCulture)} channels opened in {steps.ToString(System.Globalization.CultureInfo.InvariantCulture)} steps (p∞ = {Guard.Format(kinetics.StationaryOpenProbability)}), so σ/mean has no mean; simulate more channels or more steps");
            }

            points[i] = new RelativeNoisePoint(channelCounts[i], trace.MeanOpenCount, simulated, trace.PredictedRelativeNoise!.Value);
        }

        return points;
    }

    private static void RequireSteps(int steps)
    {
        if (steps < 1 || steps > MaximumSteps)
        {
            throw new InvalidInputException(nameof(steps), steps.ToString(System.Globalization.CultureInfo.InvariantCulture), $"a whole number from 1 to {MaximumSteps}");
        }
    }
}
