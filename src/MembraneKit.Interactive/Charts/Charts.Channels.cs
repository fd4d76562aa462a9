namespace MembraneKit.Interactive;

public static partial class Charts
{
    /// <summary>The gating charges drawn by default: a leak channel (0.1 e) up to a voltage-gated channel (6 e).</summary>
    public static IReadOnlyList<double> DefaultGatingCharges { get; } = [0.1, 1, 2, 4, 6];

    /// <summary>P_o(V) of a Boltzmann gate for several gating charges (its own and <see cref="DefaultGatingCharges"/>),
    /// V½ marked: the steeper the curve, the larger the charge the gate moves.</summary>
    /// <param name="gating">The gate (its V½ and temperature are kept; only z varies).</param>
    /// <param name="gatingCharges">Gating charges to draw, in elementary charges; the defaults when omitted.</param>
    /// <param name="fromMillivolts">Lowest potential, mV.</param>
    /// <param name="toMillivolts">Highest potential, mV.</param>
    /// <param name="points">Number of samples.</param>
    public static ProgressiveChart OpenProbability(BoltzmannGating gating, IEnumerable<double>? gatingCharges = null, double fromMillivolts = -120, double toMillivolts = 40, int points = DefaultPoints)
    {
        ArgumentNullException.ThrowIfNull(gating);
        var charges = (gatingCharges ?? DefaultGatingCharges.Append(gating.GatingCharge)).Distinct().Order().ToArray();
        var v = Sweep(fromMillivolts, toMillivolts, points);
        var series = charges.Select(z =>
        {
            var g = gating.WithGatingCharge(z);
            return new ChartSeries($"z = {Num.Sig(z, 2)} e", v, [.. v.Select(mv => g.OpenProbability(Voltage.FromMillivolts(mv)))],
                z == gating.GatingCharge ? SeriesStyle.Solid : SeriesStyle.Dashed);
        }).ToArray();
        return new ProgressiveChart($"Open probability P_o(V), V½ = {Num.Quantity(gating.HalfActivation)}", "membrane potential V (mV)", "open probability P_o", series)
            .WithReferenceLines(ReferenceLine.Vertical(gating.HalfActivation.Millivolts, $"V½ = {Num.Quantity(gating.HalfActivation)}"))
            .WithDescription($"Boltzmann open probability against V for gating charges {string.Join(", ", charges.Select(z => Num.Sig(z, 2)))} e, all half open at V½ = {Num.Quantity(gating.HalfActivation)}; a larger charge gives a steeper curve.");
    }

    /// <summary>Relative noise σ/mean of the open count against the number of channels (log–log): the simulated
    /// points with the binomial prediction √((1 − p)/(Np)) as a line.</summary>
    /// <param name="points">Points from <see cref="ChannelNoise.RelativeNoiseVersusCount"/>.</param>
    public static ProgressiveChart RelativeNoise(IReadOnlyList<RelativeNoisePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var n = points.Select(p => (double)p.ChannelCount).ToArray();
        return new ProgressiveChart("Relative noise of the open count against N", "number of channels N", "relative noise σ/mean",
            [new ChartSeries("simulated", n, [.. points.Select(p => p.SimulatedRelativeNoise)], SeriesStyle.Markers),
             new ChartSeries("binomial √((1−p)/(Np))", n, [.. points.Select(p => p.PredictedRelativeNoise)], SeriesStyle.Dashed)])
        { LogX = true, LogY = true }
            .WithDescription($"Relative noise of the open count for N from {n.Min()} to {n.Max()} channels, simulated (points) and binomial prediction (line): it falls as 1/√N.");
    }

    /// <summary>A simulated open-count trace over time with its mean and the binomial mean ± σ.</summary>
    /// <param name="trace">A trace from <see cref="ChannelNoise.Simulate"/>.</param>
    public static ProgressiveChart ChannelTrace(ChannelTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var stride = Math.Max(1, trace.OpenCounts.Count / 2000);
        var indices = Enumerable.Range(0, trace.OpenCounts.Count).Where(i => i % stride == 0).ToArray();
        var ms = indices.Select(i => trace.TimeSecondsAt(i) * 1000).ToArray();
        var sigma = Math.Sqrt(trace.PredictedOpenCountVariance);
        return new ProgressiveChart($"Open channels over time ({trace.ChannelCount} channels)", "time (ms)", "open channels",
            [new ChartSeries("open count", ms, [.. indices.Select(i => (double)trace.OpenCounts[i])])])
            .WithReferenceLines(
                ReferenceLine.Horizontal(trace.PredictedMeanOpenCount, $"Np = {Num.Sig(trace.PredictedMeanOpenCount, 3)}"),
                ReferenceLine.Horizontal(trace.PredictedMeanOpenCount + sigma, "+σ"),
                ReferenceLine.Horizontal(trace.PredictedMeanOpenCount - sigma, "−σ"));
    }
}
