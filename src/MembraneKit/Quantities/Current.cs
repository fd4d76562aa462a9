using System.Globalization;

namespace MembraneKit;

/// <summary>
/// An electric current. Stored in amperes; made with <see cref="FromAmperes"/>, <see cref="FromPicoamperes"/>
/// and friends (or <c>3.0.Picoamperes()</c>).
/// </summary>
/// <remarks>Membrane currents follow the physiological convention: positive current is positive charge
/// leaving the cell (outward). An inward Na⁺ leak is therefore negative.</remarks>
public readonly record struct Current : IComparable<Current>, IFormattable
{
    private Current(double amperes) => Amperes = amperes;

    /// <summary>Zero current.</summary>
    public static Current Zero { get; } = new(0);

    /// <summary>The current in amperes.</summary>
    public double Amperes { get; }

    /// <summary>The current in picoamperes.</summary>
    public double Picoamperes => Amperes * 1e12;

    /// <summary>The current in nanoamperes.</summary>
    public double Nanoamperes => Amperes * 1e9;

    /// <summary>The current in microamperes.</summary>
    public double Microamperes => Amperes * 1e6;

    /// <summary>Makes a current from amperes.</summary>
    /// <param name="amperes">Current in A; any finite value (the sign is the direction).</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static Current FromAmperes(double amperes) => new(Guard.Finite(amperes, "A"));

    /// <summary>Makes a current from milliamperes.</summary>
    /// <param name="milliamperes">Current in mA; any finite value.</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static Current FromMilliamperes(double milliamperes) => new(Guard.Finite(milliamperes, "mA") * 1e-3);

    /// <summary>Makes a current from microamperes.</summary>
    /// <param name="microamperes">Current in µA; any finite value.</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static Current FromMicroamperes(double microamperes) => new(Guard.Finite(microamperes, "µA") * 1e-6);

    /// <summary>Makes a current from nanoamperes.</summary>
    /// <param name="nanoamperes">Current in nA; any finite value.</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static Current FromNanoamperes(double nanoamperes) => new(Guard.Finite(nanoamperes, "nA") * 1e-9);

    /// <summary>Makes a current from picoamperes.</summary>
    /// <param name="picoamperes">Current in pA; any finite value.</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static Current FromPicoamperes(double picoamperes) => new(Guard.Finite(picoamperes, "pA") * 1e-12);

    /// <inheritdoc/>
    public int CompareTo(Current other) => Amperes.CompareTo(other.Amperes);

    /// <summary>Sum of two currents.</summary>
    public static Current operator +(Current left, Current right) => new(left.Amperes + right.Amperes);

    /// <summary>Difference of two currents.</summary>
    public static Current operator -(Current left, Current right) => new(left.Amperes - right.Amperes);

    /// <summary>The opposite current.</summary>
    public static Current operator -(Current value) => new(-value.Amperes);

    /// <summary>A current scaled by a number.</summary>
    public static Current operator *(double factor, Current value) => new(factor * value.Amperes);

    /// <summary>The ratio of two currents (dimensionless).</summary>
    public static double operator /(Current left, Current right) => left.Amperes / right.Amperes;

    /// <summary>Is <paramref name="left"/> smaller (more inward) than <paramref name="right"/>?</summary>
    public static bool operator <(Current left, Current right) => left.Amperes < right.Amperes;

    /// <summary>Is <paramref name="left"/> larger (more outward) than <paramref name="right"/>?</summary>
    public static bool operator >(Current left, Current right) => left.Amperes > right.Amperes;

    /// <summary>Is <paramref name="left"/> at most <paramref name="right"/>?</summary>
    public static bool operator <=(Current left, Current right) => left.Amperes <= right.Amperes;

    /// <summary>Is <paramref name="left"/> at least <paramref name="right"/>?</summary>
    public static bool operator >=(Current left, Current right) => left.Amperes >= right.Amperes;

    /// <summary>Formats with a prefix chosen by magnitude: "3 pA", "-1.25 nA".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        QuantityFormat.Scaled(Amperes, [(1, "A"), (1e-3, "mA"), (1e-6, "µA"), (1e-9, "nA"), (1e-12, "pA"), (1e-15, "fA")], format, formatProvider);
}
