using System.Globalization;

namespace MembraneKit;

/// <summary>
/// An electrical conductance, never negative. Stored in siemens; made with <see cref="FromSiemens"/>,
/// <see cref="FromNanosiemens"/>, <see cref="FromPicosiemens"/> and friends.
/// </summary>
/// <remarks>Accepted from 0 S to <see cref="MaximumSiemens"/> (10⁶ S): no membrane, cell or channel population comes
/// near it, and within it every current and every unit of this type (down to picosiemens) is a finite number.</remarks>
public readonly record struct Conductance : IComparable<Conductance>, IFormattable
{
    /// <summary>Largest conductance accepted, in siemens (10⁶ S).</summary>
    public const double MaximumSiemens = 1e6;

    private Conductance(double siemens) => Siemens = siemens;

    /// <summary>Zero conductance (a closed or absent pathway).</summary>
    public static Conductance Zero { get; } = new(0);

    /// <summary>The conductance in siemens.</summary>
    public double Siemens { get; }

    /// <summary>The conductance in millisiemens.</summary>
    public double Millisiemens => Siemens * 1e3;

    /// <summary>The conductance in nanosiemens.</summary>
    public double Nanosiemens => Siemens * 1e9;

    /// <summary>The conductance in picosiemens.</summary>
    public double Picosiemens => Siemens * 1e12;

    /// <summary>Makes a conductance from siemens.</summary>
    /// <param name="siemens">Conductance in S, from 0 to 10⁶ S.</param>
    /// <exception cref="InvalidInputException">Negative, not finite, or above 10⁶ S.</exception>
    public static Conductance FromSiemens(double siemens) => Checked(siemens, siemens, "S");

    /// <summary>Makes a conductance from millisiemens.</summary>
    /// <param name="millisiemens">Conductance in mS, from 0 to 10⁶ S.</param>
    /// <exception cref="InvalidInputException">Negative, not finite, or above 10⁶ S.</exception>
    public static Conductance FromMillisiemens(double millisiemens) => Checked(millisiemens * 1e-3, millisiemens, "mS");

    /// <summary>Makes a conductance from microsiemens.</summary>
    /// <param name="microsiemens">Conductance in µS, from 0 to 10⁶ S.</param>
    /// <exception cref="InvalidInputException">Negative, not finite, or above 10⁶ S.</exception>
    public static Conductance FromMicrosiemens(double microsiemens) => Checked(microsiemens * 1e-6, microsiemens, "µS");

    /// <summary>Makes a conductance from nanosiemens.</summary>
    /// <param name="nanosiemens">Conductance in nS, from 0 to 10⁶ S.</param>
    /// <exception cref="InvalidInputException">Negative, not finite, or above 10⁶ S.</exception>
    public static Conductance FromNanosiemens(double nanosiemens) => Checked(nanosiemens * 1e-9, nanosiemens, "nS");

    /// <summary>Makes a conductance from picosiemens.</summary>
    /// <param name="picosiemens">Conductance in pS, from 0 to 10⁶ S.</param>
    /// <exception cref="InvalidInputException">Negative, not finite, or above 10⁶ S.</exception>
    public static Conductance FromPicosiemens(double picosiemens) => Checked(picosiemens * 1e-12, picosiemens, "pS");

    /// <inheritdoc/>
    public int CompareTo(Conductance other) => Siemens.CompareTo(other.Siemens);

    /// <summary>Ohm's law: the current through a conductance driven by a voltage, I = g·ΔV.</summary>
    public static Current operator *(Conductance conductance, Voltage drivingForce) => Current.FromAmperes(conductance.Siemens * drivingForce.Volts);

    /// <summary>Sum of parallel conductances.</summary>
    public static Conductance operator +(Conductance left, Conductance right) => new(left.Siemens + right.Siemens);

    /// <summary>A conductance scaled by a non-negative number (for example N·p_o·γ).</summary>
    /// <remarks>The product may exceed <see cref="MaximumSiemens"/> (N channels of γ each), but not 10²⁹⁰ S, so every
    /// unit stays finite.</remarks>
    public static Conductance operator *(double factor, Conductance value) => Checked(Guard.NonNegative(factor) * value.Siemens, factor, "× " + value, 1e290);

    /// <summary>The ratio of two conductances (dimensionless).</summary>
    /// <exception cref="InvalidInputException"><paramref name="right"/> is zero, or so small that the ratio is not a finite number.</exception>
    public static double operator /(Conductance left, Conductance right) => QuantityRatio.Of(left.Siemens, right.Siemens, right, nameof(right));

    /// <summary>Is <paramref name="left"/> smaller than <paramref name="right"/>?</summary>
    public static bool operator <(Conductance left, Conductance right) => left.Siemens < right.Siemens;

    /// <summary>Is <paramref name="left"/> larger than <paramref name="right"/>?</summary>
    public static bool operator >(Conductance left, Conductance right) => left.Siemens > right.Siemens;

    /// <summary>Is <paramref name="left"/> at most <paramref name="right"/>?</summary>
    public static bool operator <=(Conductance left, Conductance right) => left.Siemens <= right.Siemens;

    /// <summary>Is <paramref name="left"/> at least <paramref name="right"/>?</summary>
    public static bool operator >=(Conductance left, Conductance right) => left.Siemens >= right.Siemens;

    /// <summary>Formats with a prefix chosen by magnitude: "10 nS", "20 pS".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        QuantityFormat.Scaled(Siemens, [(1, "S"), (1e-3, "mS"), (1e-6, "µS"), (1e-9, "nS"), (1e-12, "pS"), (1e-15, "fS")], format, formatProvider);

    private static Conductance Checked(double siemens, double given, string unit, double maximum = MaximumSiemens, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(given))] string? parameterName = null)
    {
        if (!double.IsFinite(given) || given < 0 || !(siemens <= maximum))
        {
            throw new InvalidInputException(parameterName ?? "conductance", $"{Guard.Format(given)} {unit}", $"a conductance from 0 S to {Guard.Format(maximum)} S");
        }

        return new Conductance(siemens);
    }
}
