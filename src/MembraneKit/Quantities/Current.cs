using System.Globalization;

namespace MembraneKit;

/// <summary>
/// An electric current. Stored in amperes; made with <see cref="FromAmperes"/>, <see cref="FromPicoamperes"/>
/// and friends (or <c>3.0.Picoamperes()</c>).
/// </summary>
/// <remarks>Membrane currents follow the physiological convention: positive current is positive charge
/// leaving the cell (outward). An inward Na⁺ leak is therefore negative. Accepted up to
/// <see cref="MaximumAmperes"/> (10²⁹² A) in magnitude: beyond any physical current, above the largest the kit
/// computes (a 10²⁹⁰ S channel population across its widest driving force), and small enough that the current
/// in every unit of this type, and the sum of two currents, is a finite number.</remarks>
public readonly record struct Current : IComparable<Current>, IFormattable
{
    /// <summary>Largest magnitude accepted, in amperes (10²⁹² A).</summary>
    public const double MaximumAmperes = 1e292;

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
    /// <param name="amperes">Current in A; finite, magnitude at most 10²⁹² A (the sign is the direction).</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10²⁹² A.</exception>
    public static Current FromAmperes(double amperes) => Checked(amperes, amperes, "A");

    /// <summary>Makes a current from milliamperes.</summary>
    /// <param name="milliamperes">Current in mA; finite, magnitude at most 10²⁹² A.</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10²⁹² A.</exception>
    public static Current FromMilliamperes(double milliamperes) => Checked(milliamperes * 1e-3, milliamperes, "mA");

    /// <summary>Makes a current from microamperes.</summary>
    /// <param name="microamperes">Current in µA; finite, magnitude at most 10²⁹² A.</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10²⁹² A.</exception>
    public static Current FromMicroamperes(double microamperes) => Checked(microamperes * 1e-6, microamperes, "µA");

    /// <summary>Makes a current from nanoamperes.</summary>
    /// <param name="nanoamperes">Current in nA; finite, magnitude at most 10²⁹² A.</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10²⁹² A.</exception>
    public static Current FromNanoamperes(double nanoamperes) => Checked(nanoamperes * 1e-9, nanoamperes, "nA");

    /// <summary>Makes a current from picoamperes.</summary>
    /// <param name="picoamperes">Current in pA; finite, magnitude at most 10²⁹² A.</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10²⁹² A.</exception>
    public static Current FromPicoamperes(double picoamperes) => Checked(picoamperes * 1e-12, picoamperes, "pA");

    /// <inheritdoc/>
    public int CompareTo(Current other) => Amperes.CompareTo(other.Amperes);

    /// <summary>Sum of two currents.</summary>
    /// <exception cref="InvalidInputException">The sum is beyond ±10²⁹² A.</exception>
    public static Current operator +(Current left, Current right) => Checked(left.Amperes + right.Amperes, left.Amperes + right.Amperes, "A", "left + right");

    /// <summary>Difference of two currents.</summary>
    /// <exception cref="InvalidInputException">The difference is beyond ±10²⁹² A.</exception>
    public static Current operator -(Current left, Current right) => Checked(left.Amperes - right.Amperes, left.Amperes - right.Amperes, "A", "left - right");

    /// <summary>The opposite current.</summary>
    public static Current operator -(Current value) => new(-value.Amperes);

    /// <summary>A current scaled by a number.</summary>
    /// <exception cref="InvalidInputException">The factor is not finite, or the product is beyond ±10²⁹² A.</exception>
    public static Current operator *(double factor, Current value) => Checked(factor * value.Amperes, Guard.Finite(factor), "× " + value, nameof(factor));

    /// <summary>The ratio of two currents (dimensionless).</summary>
    /// <exception cref="InvalidInputException"><paramref name="right"/> is zero, or so small that the ratio is not a finite number.</exception>
    public static double operator /(Current left, Current right) => QuantityRatio.Of(left.Amperes, right.Amperes, right, nameof(right));

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

    private static Current Checked(double amperes, double given, string unit, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(given))] string? parameterName = null)
    {
        if (!double.IsFinite(given) || !(Math.Abs(amperes) <= MaximumAmperes))
        {
            throw new InvalidInputException(parameterName ?? "current", $"{Guard.Format(given)} {unit}", $"a finite current of magnitude at most {Guard.Format(MaximumAmperes)} A");
        }

        return new Current(amperes);
    }
}
