using System.Globalization;

namespace MembraneKit;

/// <summary>
/// A current per unit electrode (or membrane) area. Stored in A m⁻² (SI); made with
/// <see cref="FromAmperesPerSquareMetre"/>, <see cref="FromMilliamperesPerSquareCentimetre"/> or
/// <see cref="FromMicroamperesPerSquareCentimetre"/>, the units electrochemistry tables use.
/// </summary>
/// <remarks>
/// 1 mA cm⁻² = 10 A m⁻²; 1 µA cm⁻² = 0.01 A m⁻². The sign is a direction and its meaning belongs to the
/// caller: electrode currents in this kit follow the IUPAC convention (anodic, i.e. oxidation, positive).
/// Prints per square centimetre with a prefix chosen by magnitude ("1.5 mA/cm²"), as the literature does.
/// Accepted up to <see cref="MaximumAmperesPerSquareMetre"/> (10²⁹² A m⁻²) in magnitude: beyond any physical
/// current density, and small enough that the value in every unit of this type, and the sum of two, is finite.
/// </remarks>
public readonly record struct CurrentDensity : IComparable<CurrentDensity>, IFormattable
{
    /// <summary>Largest magnitude accepted, in A m⁻² (10²⁹² A m⁻²).</summary>
    public const double MaximumAmperesPerSquareMetre = 1e292;

    private const double AmperesPerSquareMetrePerMilliamperePerSquareCentimetre = 10;

    private CurrentDensity(double amperesPerSquareMetre) => AmperesPerSquareMetre = amperesPerSquareMetre;

    /// <summary>Zero current density.</summary>
    public static CurrentDensity Zero { get; } = new(0);

    /// <summary>The current density in A m⁻².</summary>
    public double AmperesPerSquareMetre { get; }

    /// <summary>The current density in mA cm⁻².</summary>
    public double MilliamperesPerSquareCentimetre => AmperesPerSquareMetre / AmperesPerSquareMetrePerMilliamperePerSquareCentimetre;

    /// <summary>The current density in µA cm⁻².</summary>
    public double MicroamperesPerSquareCentimetre => MilliamperesPerSquareCentimetre * 1e3;

    /// <summary>Makes a current density from A m⁻².</summary>
    /// <param name="amperesPerSquareMetre">Current density in A m⁻²; finite, magnitude at most 10²⁹² A m⁻² (the sign is the direction).</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10²⁹² A m⁻².</exception>
    public static CurrentDensity FromAmperesPerSquareMetre(double amperesPerSquareMetre) =>
        Checked(amperesPerSquareMetre, amperesPerSquareMetre, "A/m²");

    /// <summary>Makes a current density from mA cm⁻².</summary>
    /// <param name="milliamperesPerSquareCentimetre">Current density in mA cm⁻²; finite, magnitude at most 10²⁹² A m⁻².</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10²⁹² A m⁻².</exception>
    public static CurrentDensity FromMilliamperesPerSquareCentimetre(double milliamperesPerSquareCentimetre) =>
        Checked(milliamperesPerSquareCentimetre * AmperesPerSquareMetrePerMilliamperePerSquareCentimetre, milliamperesPerSquareCentimetre, "mA/cm²");

    /// <summary>Makes a current density from µA cm⁻².</summary>
    /// <param name="microamperesPerSquareCentimetre">Current density in µA cm⁻²; finite, magnitude at most 10²⁹² A m⁻².</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10²⁹² A m⁻².</exception>
    public static CurrentDensity FromMicroamperesPerSquareCentimetre(double microamperesPerSquareCentimetre) =>
        Checked(microamperesPerSquareCentimetre * AmperesPerSquareMetrePerMilliamperePerSquareCentimetre * 1e-3, microamperesPerSquareCentimetre, "µA/cm²");

    /// <summary>Creates a current density from a value already known to be within ±<see cref="MaximumAmperesPerSquareMetre"/> (internal fast path).</summary>
    internal static CurrentDensity FromAmperesPerSquareMetreUnchecked(double amperesPerSquareMetre) => new(amperesPerSquareMetre);

    /// <inheritdoc/>
    public int CompareTo(CurrentDensity other) => AmperesPerSquareMetre.CompareTo(other.AmperesPerSquareMetre);

    /// <summary>Sum of two current densities.</summary>
    /// <exception cref="InvalidInputException">The sum is beyond ±10²⁹² A m⁻².</exception>
    public static CurrentDensity operator +(CurrentDensity left, CurrentDensity right) =>
        Checked(left.AmperesPerSquareMetre + right.AmperesPerSquareMetre, left.AmperesPerSquareMetre + right.AmperesPerSquareMetre, "A/m²", "left + right");

    /// <summary>Difference of two current densities.</summary>
    /// <exception cref="InvalidInputException">The difference is beyond ±10²⁹² A m⁻².</exception>
    public static CurrentDensity operator -(CurrentDensity left, CurrentDensity right) =>
        Checked(left.AmperesPerSquareMetre - right.AmperesPerSquareMetre, left.AmperesPerSquareMetre - right.AmperesPerSquareMetre, "A/m²", "left - right");

    /// <summary>The opposite current density.</summary>
    public static CurrentDensity operator -(CurrentDensity value) => new(-value.AmperesPerSquareMetre);

    /// <summary>A current density scaled by a number.</summary>
    /// <exception cref="InvalidInputException">The factor is not finite, or the product is beyond ±10²⁹² A m⁻².</exception>
    public static CurrentDensity operator *(double factor, CurrentDensity value) =>
        Checked(factor * value.AmperesPerSquareMetre, Guard.Finite(factor), "× " + value, nameof(factor));

    /// <summary>The ratio of two current densities (dimensionless).</summary>
    /// <exception cref="InvalidInputException"><paramref name="right"/> is zero, or so small that the ratio is not a finite number.</exception>
    public static double operator /(CurrentDensity left, CurrentDensity right) =>
        QuantityRatio.Of(left.AmperesPerSquareMetre, right.AmperesPerSquareMetre, right, nameof(right));

    /// <summary>Is <paramref name="left"/> smaller (more cathodic) than <paramref name="right"/>?</summary>
    public static bool operator <(CurrentDensity left, CurrentDensity right) => left.AmperesPerSquareMetre < right.AmperesPerSquareMetre;

    /// <summary>Is <paramref name="left"/> larger (more anodic) than <paramref name="right"/>?</summary>
    public static bool operator >(CurrentDensity left, CurrentDensity right) => left.AmperesPerSquareMetre > right.AmperesPerSquareMetre;

    /// <summary>Is <paramref name="left"/> at most <paramref name="right"/>?</summary>
    public static bool operator <=(CurrentDensity left, CurrentDensity right) => left.AmperesPerSquareMetre <= right.AmperesPerSquareMetre;

    /// <summary>Is <paramref name="left"/> at least <paramref name="right"/>?</summary>
    public static bool operator >=(CurrentDensity left, CurrentDensity right) => left.AmperesPerSquareMetre >= right.AmperesPerSquareMetre;

    /// <summary>Formats per square centimetre with a prefix chosen by magnitude: "1.5 mA/cm²", "-20 µA/cm²".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        QuantityFormat.Scaled(AmperesPerSquareMetre * 1e-4,
            [(1, "A/cm²"), (1e-3, "mA/cm²"), (1e-6, "µA/cm²"), (1e-9, "nA/cm²"), (1e-12, "pA/cm²")], format, formatProvider);

    private static CurrentDensity Checked(double amperesPerSquareMetre, double given, string unit, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(given))] string? parameterName = null)
    {
        if (!double.IsFinite(given) || !(Math.Abs(amperesPerSquareMetre) <= MaximumAmperesPerSquareMetre))
        {
            throw new InvalidInputException(parameterName ?? "current density", $"{Guard.Format(given)} {unit}",
                $"a finite current density of magnitude at most {Guard.Format(MaximumAmperesPerSquareMetre)} A/m²");
        }

        return new CurrentDensity(amperesPerSquareMetre);
    }
}
