using System.Globalization;

namespace MembraneKit;

/// <summary>
/// The mean and fluctuation of the current through a population of two-state channels at one membrane
/// potential: i = γ(V − E), mean I = N·p_o·i, variance σ² = N·p_o·(1 − p_o)·i² (id 2720506). Outward
/// current is positive.
/// </summary>
/// <param name="Population">The channel population (N, p_o, γ).</param>
/// <param name="MembranePotential">The membrane potential V, inside relative to outside.</param>
/// <param name="ReversalPotential">The channel's reversal potential E.</param>
public sealed record ChannelCurrentStatistics(ChannelPopulation Population, Voltage MembranePotential, Voltage ReversalPotential)
{
    /// <summary>The driving force V − E.</summary>
    public Voltage DrivingForce => MembranePotential - ReversalPotential;

    /// <summary>The current through one open channel, i = γ(V − E).</summary>
    public Current SingleChannelCurrent => Population.SingleChannelConductance * DrivingForce;

    /// <summary>The mean population current, N·p_o·i (= g·(V − E)).</summary>
    public Current MeanCurrent => Current.FromAmperes(Population.MeanOpenCount * SingleChannelCurrent.Amperes);

    /// <summary>The variance of the population current in A², N·p_o·(1 − p_o)·i².</summary>
    public double CurrentVarianceSquareAmperes => Population.OpenCountVariance * SingleChannelCurrent.Amperes * SingleChannelCurrent.Amperes;

    /// <summary>The standard deviation of the population current (never negative), √(N·p_o·(1 − p_o))·|i|.</summary>
    public Current CurrentStandardDeviation => Current.FromAmperes(Math.Sqrt(CurrentVarianceSquareAmperes));

    /// <summary>The relative noise σ/|μ| = √((1 − p_o)/(N·p_o)); it does not depend on the driving force
    /// (taken as this limit even at V = E, where both σ and μ vanish); <see langword="null"/> when p_o = 0.</summary>
    public double? RelativeNoise => Population.RelativeNoise;

    /// <summary>Formats as "I = -40 pA ± 6.3 pA (i = -2 pA per open channel)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"I = {MeanCurrent} ± {CurrentStandardDeviation} (i = {SingleChannelCurrent} per open channel)");
}
