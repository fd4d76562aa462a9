using System.Globalization;

namespace MembraneKit;

/// <summary>
/// The result of <see cref="ChannelNoise.Simulate"/>: the number of open channels at t = 0, Δt, 2Δt, …,
/// with its summary statistics and, beside them, the binomial predictions for a stationary population.
/// Carries its inputs (kinetics, N, Δt, seed), so it can be reproduced and displayed with the equations.
/// </summary>
/// <remarks>
/// Sample statistics use every point of the trace: the mean, the unbiased variance (divisor n − 1) and
/// σ/μ. Successive points are correlated over the relaxation time τ, so a trace holds about
/// (duration / τ) independent samples; make it long compared with τ for a close match with
/// N·p∞ and N·p∞(1 − p∞).
/// </remarks>
public sealed record ChannelTrace
{
    private ChannelTrace(TwoStateKinetics kinetics, int channelCount, double timeStepSeconds, int seed, EquatableList<int> openCounts)
    {
        Kinetics = kinetics;
        ChannelCount = channelCount;
        TimeStepSeconds = timeStepSeconds;
        Seed = seed;
        OpenCountList = openCounts;

        var counts = openCounts.AsSpan();
        double sum = 0;
        foreach (var count in counts)
        {
            sum += count;
        }

        var mean = sum / openCounts.Count;
        double squares = 0;
        foreach (var count in counts)
        {
            squares += (count - mean) * (count - mean);
        }

        MeanOpenCount = mean;
        OpenCountVariance = openCounts.Count > 1 ? squares / (openCounts.Count - 1) : 0;
    }

    /// <summary>The rates the channels follow.</summary>
    public TwoStateKinetics Kinetics { get; }

    /// <summary>The number of channels N.</summary>
    public int ChannelCount { get; }

    /// <summary>The time step Δt, in seconds.</summary>
    public double TimeStepSeconds { get; }

    /// <summary>The random seed that produced the trace.</summary>
    public int Seed { get; }

    /// <summary>The number of open channels at each sampled time, starting at t = 0.</summary>
    public IReadOnlyList<int> OpenCounts => OpenCountList;

    /// <summary>The number of steps simulated (one fewer than the number of open counts).</summary>
    public int StepCount => OpenCountList.Count - 1;

    /// <summary>The simulated duration, StepCount·Δt, in seconds.</summary>
    public double DurationSeconds => StepCount * TimeStepSeconds;

    /// <summary>The sample mean of the open count.</summary>
    public double MeanOpenCount { get; }

    /// <summary>The sample variance of the open count (divisor n − 1).</summary>
    public double OpenCountVariance { get; }

    /// <summary>The sample standard deviation of the open count.</summary>
    public double OpenCountStandardDeviation => Math.Sqrt(OpenCountVariance);

    /// <summary>The simulated relative noise σ/μ of the open count; <see langword="null"/> if no channel was ever
    /// open (no mean to compare with).</summary>
    public double? RelativeNoise => MeanOpenCount == 0 ? null : OpenCountStandardDeviation / MeanOpenCount;

    /// <summary>The sample mean of the open fraction, mean open count / N (compare with p∞).</summary>
    public double MeanOpenFraction => MeanOpenCount / ChannelCount;

    /// <summary>The stationary binomial mean N·p∞.</summary>
    public double PredictedMeanOpenCount => ChannelCount * Kinetics.StationaryOpenProbability;

    /// <summary>The stationary binomial variance N·p∞·(1 − p∞).</summary>
    public double PredictedOpenCountVariance => PredictedMeanOpenCount * (1 - Kinetics.StationaryOpenProbability);

    /// <summary>The binomial relative noise √((1 − p∞)/(N·p∞)); <see langword="null"/> when p∞ = 0.</summary>
    public double? PredictedRelativeNoise => PredictedMeanOpenCount == 0
        ? null
        : Math.Sqrt(1 - Kinetics.StationaryOpenProbability) / Math.Sqrt(PredictedMeanOpenCount);

    // Private and init-only so that record equality compares the counts by content.
    private EquatableList<int> OpenCountList { get; init; }

    /// <summary>The time of sample <paramref name="index"/>, index·Δt, in seconds.</summary>
    /// <param name="index">From 0 to <see cref="StepCount"/>.</param>
    /// <exception cref="InvalidInputException">Index out of range.</exception>
    public double TimeSecondsAt(int index)
    {
        if (index < 0 || index > StepCount)
        {
            throw new InvalidInputException(nameof(index), index.ToString(CultureInfo.InvariantCulture), $"an index from 0 to {StepCount}");
        }

        return index * TimeStepSeconds;
    }

    /// <summary>The sample times 0, Δt, 2Δt, … in seconds (a new array each call, for plotting).</summary>
    public IReadOnlyList<double> TimesSeconds()
    {
        var times = new double[OpenCountList.Count];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = i * TimeStepSeconds;
        }

        return times;
    }

    /// <summary>The population current at each sampled time, n_open·i with i = γ(V − E) (outward positive):
    /// the flickering current whose average is the steady leak.</summary>
    /// <param name="singleChannelConductance">The conductance γ of one open channel.</param>
    /// <param name="membranePotential">The membrane potential V.</param>
    /// <param name="reversalPotential">The channel's reversal potential E.</param>
    public IReadOnlyList<Current> Currents(Conductance singleChannelConductance, Voltage membranePotential, Voltage reversalPotential)
    {
        var single = (singleChannelConductance * (membranePotential - reversalPotential)).Amperes;
        var currents = new Current[OpenCountList.Count];
        for (var i = 0; i < currents.Length; i++)
        {
            currents[i] = Current.FromAmperes(OpenCountList[i] * single);
        }

        return currents;
    }

    /// <summary>Formats as "1000 channels, 10000 steps of 1 ms: open 199.6 ± 12.7 (predicted 200 ± 12.6)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ChannelCount} channels, {StepCount} steps of {TimeStepSeconds * 1000:G4} ms: open {MeanOpenCount:G5} ± {OpenCountStandardDeviation:G4} (predicted {PredictedMeanOpenCount:G5} ± {Math.Sqrt(PredictedOpenCountVariance):G4})");

    /// <summary>Wraps counts produced by the simulation (already validated by the caller).</summary>
    /// <remarks>The array is adopted, not copied: the simulation made it and keeps no reference.</remarks>
    internal static ChannelTrace FromCounts(TwoStateKinetics kinetics, int channelCount, double timeStepSeconds, int seed, int[] openCounts) =>
        new(kinetics, channelCount, timeStepSeconds, seed, EquatableList<int>.Adopt(openCounts));
}
