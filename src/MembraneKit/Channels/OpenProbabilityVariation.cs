using System.Globalization;

namespace MembraneKit;

/// <summary>
/// How much a channel's open probability changes across a window of membrane potentials: the measure that
/// separates a leak channel (nearly flat P_o) from a voltage-gated one (id 2720493).
/// </summary>
/// <param name="Gating">The gating model examined.</param>
/// <param name="From">The lower end of the window.</param>
/// <param name="To">The upper end of the window.</param>
/// <param name="OpenProbabilityAtFrom">P_o at <paramref name="From"/>.</param>
/// <param name="OpenProbabilityAtTo">P_o at <paramref name="To"/>.</param>
public sealed record OpenProbabilityVariation(BoltzmannGating Gating, Voltage From, Voltage To, double OpenProbabilityAtFrom, double OpenProbabilityAtTo)
{
    /// <summary>The lowest P_o in the window.</summary>
    public double Minimum => Math.Min(OpenProbabilityAtFrom, OpenProbabilityAtTo);

    /// <summary>The highest P_o in the window.</summary>
    public double Maximum => Math.Max(OpenProbabilityAtFrom, OpenProbabilityAtTo);

    /// <summary>max − min of P_o over the window, from 0 (flat) to nearly 1 (switch-like).</summary>
    public double Spread => Maximum - Minimum;

    /// <summary>The average slope ΔP_o/ΔV across the window, in mV⁻¹ (signed like the gating charge).</summary>
    public double MeanSlopePerMillivolt => (OpenProbabilityAtTo - OpenProbabilityAtFrom) / (To.Millivolts - From.Millivolts);

    /// <summary>Formats as "P_o 0.453 → 0.500 across -90.0 mV … -40.0 mV (spread 0.047)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P_o {OpenProbabilityAtFrom:0.000} → {OpenProbabilityAtTo:0.000} across {From} … {To} (spread {Spread:0.000})");
}
