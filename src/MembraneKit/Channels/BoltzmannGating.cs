using System.Globalization;
using System.Numerics.Tensors;

namespace MembraneKit;

/// <summary>
/// Two-state Boltzmann gating: the equilibrium open probability of a channel whose gate moves an
/// effective charge <i>z</i> across the membrane field, P_o(V) = 1 / (1 + exp(−zF(V − V½)/RT)).
/// </summary>
/// <remarks>
/// <para>
/// V is the membrane potential (inside relative to outside), V½ the potential at which half the channels
/// are open, <i>z</i> the gating charge in elementary charges (any finite real number: positive for a gate
/// opened by depolarisation, negative for one opened by hyperpolarisation, 0 for a gate that ignores the
/// voltage and sits at P_o = 1/2), F the Faraday constant, R the gas constant and T the temperature.
/// </para>
/// <para>
/// The steepest slope, at V½, is dP_o/dV = zF/(4RT); a change of RT/(zF) in V (the "slope factor",
/// 26.7 mV / z at 37 °C) changes the odds P_o/(1 − P_o) e-fold. A leak channel has a tiny z (≈ 0.1), so
/// P_o barely moves across the physiological range; a voltage-gated Na⁺ or K⁺ channel has z ≈ 4–6
/// (documents' ids 2720493, 2720467).
/// </para>
/// <para>Source: B. Hille, <i>Ion Channels of Excitable Membranes</i>, 3rd ed. (2001), ch. 2
/// ("Classical biophysics of the squid giant axon") and its chapters on gating (Boltzmann distribution of
/// gating charge; the limiting steepness of the squid axon's Na⁺ and K⁺
/// conductances corresponds to a few elementary charges, ≈ 4–6 e, per gate).</para>
/// </remarks>
/// <example>
/// <code>
/// var leak = BoltzmannGating.Create(gatingCharge: 0.1, halfActivation: (-60).Millivolts(), 37.Celsius());
/// leak.VariationAcross((-90).Millivolts(), (-40).Millivolts()).Spread   // ≈ 0.047: nearly flat
/// </code>
/// </example>
public sealed record BoltzmannGating
{
    private BoltzmannGating(double gatingCharge, Voltage halfActivation, Temperature temperature)
    {
        GatingCharge = gatingCharge;
        HalfActivation = halfActivation;
        Temperature = temperature;
    }

    /// <summary>The effective gating charge <i>z</i>, in elementary charges (dimensionless, any sign).</summary>
    public double GatingCharge { get; private init; }

    /// <summary>The half-activation potential V½, where P_o = 1/2.</summary>
    public Voltage HalfActivation { get; private init; }

    /// <summary>The temperature that sets <i>RT</i>.</summary>
    public Temperature Temperature { get; private init; }

    /// <summary>The steepest slope of P_o(V), reached at V½: zF/(4RT), in mV⁻¹ (signed like <i>z</i>).</summary>
    public double MaximumSlopePerMillivolt => GatingCharge / (4 * Temperature.ThermalVoltage.Millivolts);

    /// <summary>The slope factor RT/(zF): the voltage change that alters the open-to-closed odds e-fold;
    /// <see langword="null"/> when <i>z</i> = 0 (no voltage dependence at all).</summary>
    public Voltage? SlopeFactor => GatingCharge == 0 ? null : Voltage.FromVoltsUnchecked(Temperature.ThermalVoltage.Volts / GatingCharge);

    /// <summary>Makes a Boltzmann gating model.</summary>
    /// <param name="gatingCharge">The effective gating charge <i>z</i> in elementary charges: 0 (a voltage-independent
    /// P_o = 1/2), or a magnitude from 10⁻⁶ e to 100 e of either sign (a leak channel ≈ 0.1; a voltage-gated channel ≈ 4–6;
    /// the steepest known gates ≈ 13). Within it the slope factor RT/(zF) and every slope are finite.</param>
    /// <param name="halfActivation">The potential V½ at which half the channels are open.</param>
    /// <param name="temperature">The temperature, e.g. <c>37.Celsius()</c>.</param>
    /// <exception cref="InvalidInputException"><paramref name="gatingCharge"/> is not finite, is beyond ±100 e, or is
    /// nonzero but below 10⁻⁶ e in magnitude.</exception>
    public static BoltzmannGating Create(double gatingCharge, Voltage halfActivation, Temperature temperature) =>
        new(RequireGatingCharge(gatingCharge), halfActivation, temperature);

    /// <summary>The same model with another gating charge.</summary>
    /// <param name="gatingCharge">The effective gating charge <i>z</i>: 0, or a magnitude from 10⁻⁶ e to 100 e.</param>
    /// <exception cref="InvalidInputException">As for <see cref="Create"/>.</exception>
    public BoltzmannGating WithGatingCharge(double gatingCharge) => this with { GatingCharge = RequireGatingCharge(gatingCharge) };

    /// <summary>The same model with another half-activation potential.</summary>
    /// <param name="halfActivation">The new V½.</param>
    public BoltzmannGating WithHalfActivation(Voltage halfActivation) => this with { HalfActivation = halfActivation };

    /// <summary>The same model at another temperature.</summary>
    /// <param name="temperature">The new temperature.</param>
    public BoltzmannGating WithTemperature(Temperature temperature) => this with { Temperature = temperature };

    /// <summary>The equilibrium open probability at a membrane potential, P_o(V), between 0 and 1.</summary>
    /// <param name="membranePotential">The potential of the inside relative to the outside.</param>
    public double OpenProbability(Voltage membranePotential) => OpenProbabilityAtVolts(membranePotential.Volts);

    /// <summary>P_o at many membrane potentials, with a SIMD logistic function (<see cref="TensorPrimitives.Sigmoid{T}(ReadOnlySpan{T}, Span{T})"/>):
    /// for activation curves and protocols of any length.</summary>
    /// <param name="millivolts">The potentials in mV, inside relative to outside, each from −10 000 mV to 10 000 mV (any order).</param>
    /// <param name="openProbabilities">Receives P_o at each potential, from 0 to 1; as long as <paramref name="millivolts"/>.
    /// It may be <paramref name="millivolts"/> itself (computed in place), but not overlap it partially.</param>
    /// <remarks>The same reduced voltage z(V − V½)F/RT as <see cref="OpenProbability"/>, computed in the same order, and a
    /// vectorised 1/(1 + e^(−x)): each element is within 4 units in the last place of the scalar form (tested over the
    /// whole accepted domain; the vectorised exponential differs from <see cref="Math.Exp(double)"/> by up to 2 units).</remarks>
    /// <exception cref="InvalidInputException">Spans of different lengths or partly overlapping, or a potential outside ±10 V
    /// (the message names the element).</exception>
    public void OpenProbabilities(ReadOnlySpan<double> millivolts, Span<double> openProbabilities)
    {
        SpanChecks.Destination(millivolts, openProbabilities, nameof(millivolts), nameof(openProbabilities));
        SpanChecks.InRange(millivolts, -Voltage.MaximumVolts * 1000, Voltage.MaximumVolts * 1000, "mV", nameof(millivolts));
        if (millivolts.IsEmpty)
        {
            return;
        }

        TensorPrimitives.Divide(millivolts, 1000, openProbabilities);
        TensorPrimitives.Subtract(openProbabilities, HalfActivation.Volts, openProbabilities);
        TensorPrimitives.Multiply(openProbabilities, GatingCharge, openProbabilities);
        TensorPrimitives.Divide(openProbabilities, Temperature.ThermalVoltage.Volts, openProbabilities);
        TensorPrimitives.Sigmoid(openProbabilities, openProbabilities);
    }

    /// <summary>The slope dP_o/dV at a membrane potential, in mV⁻¹: (zF/RT)·P_o·(1 − P_o).</summary>
    /// <param name="membranePotential">The potential of the inside relative to the outside.</param>
    /// <remarks>1 − P_o is computed as 1/(1 + e^(zF(V − V½)/RT)), not by subtraction, so the slope keeps its full
    /// relative precision far out on either flank (about 10⁻²¹ mV⁻¹ rather than 0 as P_o → 1).</remarks>
    public double SlopePerMillivolt(Voltage membranePotential)
    {
        var reducedVoltage = ReducedVoltage(membranePotential.Volts);
        var open = 1 / (1 + Math.Exp(-reducedVoltage));
        var closed = 1 / (1 + Math.Exp(reducedVoltage));
        return GatingCharge / Temperature.ThermalVoltage.Millivolts * open * closed;
    }

    /// <summary>P_o(V) at evenly spaced potentials from <paramref name="from"/> to <paramref name="to"/>
    /// (both included), for plotting the activation curve.</summary>
    /// <param name="from">The first potential.</param>
    /// <param name="to">The last potential, above <paramref name="from"/>.</param>
    /// <param name="points">How many potentials, at least 2 (default 101).</param>
    /// <exception cref="InvalidInputException">The range is empty or reversed, or fewer than 2 points.</exception>
    public IReadOnlyList<OpenProbabilityPoint> OpenProbabilityCurve(Voltage from, Voltage to, int points = 101)
    {
        Guard.Ordered(from.Millivolts, to.Millivolts, "mV", nameof(from), nameof(to));
        RequireAtLeastTwo(points);
        var curve = new OpenProbabilityPoint[points];
        for (var i = 0; i < points; i++)
        {
            var volts = from.Volts + (to.Volts - from.Volts) * i / (points - 1);
            curve[i] = new OpenProbabilityPoint(Voltage.FromVoltsUnchecked(volts), OpenProbabilityAtVolts(volts));
        }

        return curve;
    }

    /// <summary>How much P_o changes across a window of potentials: the lowest and highest P_o there and
    /// their difference. A leak channel's spread across −90…−40 mV is a few hundredths; a voltage-gated
    /// channel's is close to 1.</summary>
    /// <param name="from">The lower end of the window.</param>
    /// <param name="to">The upper end of the window, above <paramref name="from"/>.</param>
    /// <exception cref="InvalidInputException">The window is empty or reversed.</exception>
    /// <remarks>P_o(V) is monotonic, so its extremes lie at the ends of the window.</remarks>
    public OpenProbabilityVariation VariationAcross(Voltage from, Voltage to)
    {
        Guard.Ordered(from.Millivolts, to.Millivolts, "mV", nameof(from), nameof(to));
        return new OpenProbabilityVariation(this, from, to, OpenProbability(from), OpenProbability(to));
    }

    /// <summary>A population of these channels at a membrane potential: N channels of single-channel
    /// conductance γ, each open with probability P_o(V).</summary>
    /// <param name="channelCount">The number of channels N, at least 1.</param>
    /// <param name="singleChannelConductance">The conductance γ of one open channel.</param>
    /// <param name="membranePotential">The potential that sets P_o.</param>
    /// <exception cref="InvalidInputException"><paramref name="channelCount"/> below 1.</exception>
    public ChannelPopulation Population(int channelCount, Conductance singleChannelConductance, Voltage membranePotential) =>
        ChannelPopulation.Create(channelCount, OpenProbability(membranePotential), singleChannelConductance);

    /// <summary>Formats as "Boltzmann gating: z = 0.1, V½ = -60.0 mV, 37.0 °C (310.15 K)".</summary>
    public override string ToString() =>
        $"Boltzmann gating: z = {GatingCharge.ToString("G4", CultureInfo.InvariantCulture)}, V½ = {HalfActivation}, {Temperature}";

    private double OpenProbabilityAtVolts(double volts)
    {
        // exp overflows to +∞ far on the closed side, which correctly gives 0; it never yields NaN.
        return 1 / (1 + Math.Exp(-ReducedVoltage(volts)));
    }

    private double ReducedVoltage(double volts) => GatingCharge * (volts - HalfActivation.Volts) / Temperature.ThermalVoltage.Volts;

    private static double RequireGatingCharge(double gatingCharge, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(gatingCharge))] string? parameterName = null)
    {
        var magnitude = Math.Abs(gatingCharge);
        if (!(magnitude <= MaximumGatingCharge) || (magnitude > 0 && magnitude < MinimumGatingCharge))
        {
            throw new InvalidInputException(parameterName ?? nameof(gatingCharge), $"{Guard.Format(gatingCharge)} e",
                "0, or a gating charge of magnitude from 1E-06 e to 100 e (either sign)");
        }

        return gatingCharge;
    }

    private const double MaximumGatingCharge = 100, MinimumGatingCharge = 1e-6;

    private static void RequireAtLeastTwo(int points)
    {
        if (points < 2)
        {
            throw new InvalidInputException(nameof(points), points.ToString(CultureInfo.InvariantCulture), "at least 2 points");
        }
    }
}
