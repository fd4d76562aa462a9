namespace MembraneKit;

/// <summary>One population size in a "relative noise versus N" chart: the simulated σ/μ of the open count
/// beside the binomial prediction √((1 − p∞)/(N·p∞)).</summary>
/// <param name="ChannelCount">The number of channels N.</param>
/// <param name="MeanOpenCount">The simulated mean number of open channels.</param>
/// <param name="SimulatedRelativeNoise">The simulated σ/μ (sample standard deviation over sample mean).</param>
/// <param name="PredictedRelativeNoise">The binomial prediction √((1 − p∞)/(N·p∞)).</param>
public sealed record RelativeNoisePoint(int ChannelCount, double MeanOpenCount, double SimulatedRelativeNoise, double PredictedRelativeNoise);
