using System.Globalization;

namespace MembraneKit;

/// <summary>
/// N identical, independent channels, each open with probability p_o and passing conductance γ when open:
/// the macroscopic conductance g = N·p_o·γ and the binomial statistics of the number open (id 2720506).
/// </summary>
/// <remarks>
/// <para>The number of open channels is Binomial(N, p_o): mean N·p_o, variance N·p_o·(1 − p_o), so the
/// relative fluctuation σ/μ = √((1 − p_o)/(N·p_o)) shrinks as 1/√(N·p_o). With single-channel current
/// i = γ(V − E), the population current has mean N·p_o·i and variance N·p_o·(1 − p_o)·i².</para>
/// <para>Source: B. Hille, <i>Ion Channels of Excitable Membranes</i>, 3rd ed. (2001), chapter
/// "Counting channels and measuring fluctuations" (fluctuation analysis: σ² = i·I − I²/N for a population of two-state channels); F. J. Sigworth, J. Physiol. 307,
/// 97 (1980) (non-stationary noise analysis).</para>
/// </remarks>
public sealed record ChannelPopulation
{
    private ChannelPopulation(int channelCount, double openProbability, Conductance singleChannelConductance)
    {
        ChannelCount = channelCount;
        OpenProbability = openProbability;
        SingleChannelConductance = singleChannelConductance;
    }

    /// <summary>The number of channels N.</summary>
    public int ChannelCount { get; private init; }

    /// <summary>The probability p_o that a channel is open, from 0 to 1.</summary>
    public double OpenProbability { get; private init; }

    /// <summary>The conductance γ of one open channel.</summary>
    public Conductance SingleChannelConductance { get; private init; }

    /// <summary>The macroscopic conductance g = N·p_o·γ.</summary>
    public Conductance MacroscopicConductance => MeanOpenCount * SingleChannelConductance;

    /// <summary>The mean number of open channels, N·p_o.</summary>
    public double MeanOpenCount => ChannelCount * OpenProbability;

    /// <summary>The variance of the number of open channels, N·p_o·(1 − p_o).</summary>
    public double OpenCountVariance => ChannelCount * OpenProbability * (1 - OpenProbability);

    /// <summary>The standard deviation of the number of open channels, √(N·p_o·(1 − p_o)).</summary>
    public double OpenCountStandardDeviation => Math.Sqrt(OpenCountVariance);

    /// <summary>The relative noise σ/μ of the open count (and of the current) = √((1 − p_o)/(N·p_o));
    /// <see langword="null"/> when p_o = 0: the open count is always 0, so there is no mean to compare with.</summary>
    public double? RelativeNoise => OpenProbability == 0 ? null : Math.Sqrt(1 - OpenProbability) / Math.Sqrt(MeanOpenCount);

    /// <summary>Makes a population.</summary>
    /// <param name="channelCount">The number of channels N, at least 1.</param>
    /// <param name="openProbability">The open probability p_o, from 0 to 1.</param>
    /// <param name="singleChannelConductance">The conductance γ of one open channel (e.g. <c>20.Picosiemens()</c>).</param>
    /// <exception cref="InvalidInputException"><paramref name="channelCount"/> below 1, or
    /// <paramref name="openProbability"/> outside [0, 1] or not finite.</exception>
    public static ChannelPopulation Create(int channelCount, double openProbability, Conductance singleChannelConductance) =>
        new(Guard.Positive(channelCount), Guard.InRange(openProbability, 0, 1), singleChannelConductance);

    /// <summary>The same population with another number of channels.</summary>
    /// <param name="channelCount">The number of channels N, at least 1.</param>
    /// <exception cref="InvalidInputException"><paramref name="channelCount"/> below 1.</exception>
    public ChannelPopulation WithChannelCount(int channelCount) => this with { ChannelCount = Guard.Positive(channelCount) };

    /// <summary>The same population with another open probability.</summary>
    /// <param name="openProbability">The open probability p_o, from 0 to 1.</param>
    /// <exception cref="InvalidInputException">Outside [0, 1] or not finite.</exception>
    public ChannelPopulation WithOpenProbability(double openProbability) => this with { OpenProbability = Guard.InRange(openProbability, 0, 1) };

    /// <summary>The same population with another single-channel conductance.</summary>
    /// <param name="singleChannelConductance">The conductance γ of one open channel.</param>
    public ChannelPopulation WithSingleChannelConductance(Conductance singleChannelConductance) => this with { SingleChannelConductance = singleChannelConductance };

    /// <summary>The statistics of the population current at a membrane potential, for a channel whose
    /// current reverses at <paramref name="reversalPotential"/>: single-channel current i = γ(V − E),
    /// mean N·p_o·i, variance N·p_o·(1 − p_o)·i².</summary>
    /// <param name="membranePotential">The membrane potential V, inside relative to outside.</param>
    /// <param name="reversalPotential">The channel's reversal potential E (for a channel passing one ion,
    /// that ion's Nernst potential).</param>
    public ChannelCurrentStatistics CurrentAt(Voltage membranePotential, Voltage reversalPotential) =>
        new(this, membranePotential, reversalPotential);

    /// <summary>Formats as "1000 channels, p_o = 0.2, γ = 20 pS: g = 4 nS".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ChannelCount} channels, p_o = {OpenProbability:G4}, γ = {SingleChannelConductance}: g = {MacroscopicConductance}");
}
