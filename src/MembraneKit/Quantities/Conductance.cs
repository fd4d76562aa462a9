using System.Globalization;

namespace MembraneKit;

/// <summary>
/// An electrical conductance, never negative. Stored in siemens; made with <see cref="FromSiemens"/>,
/// <see cref="FromNanosiemens"/>, <see cref="FromPicosiemens"/> and friends.
/// </summary>
public readonly record struct Conductance : IComparable<Conductance>, IFormattable
{
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
    /// <param name="siemens">Conductance in S, finite and not negative.</param>
    /// <exception cref="InvalidInputException">Negative or not finite.</exception>
    public static Conductance FromSiemens(double siemens) => new(Guard.NonNegative(siemens, "S"));

    /// <summary>Makes a conductance from millisiemens.</summary>
    /// <param name="millisiemens">Conductance in mS, finite and not negative.</param>
    /// <exception cref="InvalidInputException">Negative or not finite.</exception>
    public static Conductance FromMillisiemens(double millisiemens) => new(Guard.NonNegative(millisiemens, "mS") * 1e-3);

    /// <summary>Makes a conductance from microsiemens.</summary>
    /// <param name="microsiemens">Conductance in µS, finite and not negative.</param>
    /// <exception cref="InvalidInputException">Negative or not finite.</exception>
    public static Conductance FromMicrosiemens(double microsiemens) => new(Guard.NonNegative(microsiemens, "µS") * 1e-6);

    /// <summary>Makes a conductance from nanosiemens.</summary>
    /// <param name="nanosiemens">Conductance in nS, finite and not negative.</param>
    /// <exception cref="InvalidInputException">Negative or not finite.</exception>
    public static Conductance FromNanosiemens(double nanosiemens) => new(Guard.NonNegative(nanosiemens, "nS") * 1e-9);

    /// <summary>Makes a conductance from picosiemens.</summary>
    /// <param name="picosiemens">Conductance in pS, finite and not negative.</param>
    /// <exception cref="InvalidInputException">Negative or not finite.</exception>
    public static Conductance FromPicosiemens(double picosiemens) => new(Guard.NonNegative(picosiemens, "pS") * 1e-12);

    /// <inheritdoc/>
    public int CompareTo(Conductance other) => Siemens.CompareTo(other.Siemens);

    /// <summary>Ohm's law: the current through a conductance driven by a voltage, I = g·ΔV.</summary>
    public static Current operator *(Conductance conductance, Voltage drivingForce) => Current.FromAmperes(conductance.Siemens * drivingForce.Volts);

    /// <summary>Sum of parallel conductances.</summary>
    public static Conductance operator +(Conductance left, Conductance right) => new(left.Siemens + right.Siemens);

    /// <summary>A conductance scaled by a non-negative number (for example N·p_o·γ).</summary>
    public static Conductance operator *(double factor, Conductance value) => new(Guard.NonNegative(factor) * value.Siemens);

    /// <summary>The ratio of two conductances (dimensionless).</summary>
    public static double operator /(Conductance left, Conductance right) => left.Siemens / right.Siemens;

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
}
