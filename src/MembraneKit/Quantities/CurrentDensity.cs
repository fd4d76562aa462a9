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
/// </remarks>
public readonly record struct CurrentDensity : IComparable<CurrentDensity>, IFormattable
{
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
    /// <param name="amperesPerSquareMetre">Current density in A m⁻²; any finite value (the sign is the direction).</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static CurrentDensity FromAmperesPerSquareMetre(double amperesPerSquareMetre) =>
        new(Guard.Finite(amperesPerSquareMetre, "A/m²"));

    /// <summary>Makes a current density from mA cm⁻².</summary>
    /// <param name="milliamperesPerSquareCentimetre">Current density in mA cm⁻²; any finite value.</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static CurrentDensity FromMilliamperesPerSquareCentimetre(double milliamperesPerSquareCentimetre) =>
        new(Guard.Finite(milliamperesPerSquareCentimetre, "mA/cm²") * AmperesPerSquareMetrePerMilliamperePerSquareCentimetre);

    /// <summary>Makes a current density from µA cm⁻².</summary>
    /// <param name="microamperesPerSquareCentimetre">Current density in µA cm⁻²; any finite value.</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static CurrentDensity FromMicroamperesPerSquareCentimetre(double microamperesPerSquareCentimetre) =>
        new(Guard.Finite(microamperesPerSquareCentimetre, "µA/cm²") * AmperesPerSquareMetrePerMilliamperePerSquareCentimetre * 1e-3);

    /// <summary>Creates a current density from a value already known to be finite (internal fast path).</summary>
    internal static CurrentDensity FromAmperesPerSquareMetreUnchecked(double amperesPerSquareMetre) => new(amperesPerSquareMetre);

    /// <inheritdoc/>
    public int CompareTo(CurrentDensity other) => AmperesPerSquareMetre.CompareTo(other.AmperesPerSquareMetre);

    /// <summary>Sum of two current densities.</summary>
    public static CurrentDensity operator +(CurrentDensity left, CurrentDensity right) => new(left.AmperesPerSquareMetre + right.AmperesPerSquareMetre);

    /// <summary>Difference of two current densities.</summary>
    public static CurrentDensity operator -(CurrentDensity left, CurrentDensity right) => new(left.AmperesPerSquareMetre - right.AmperesPerSquareMetre);

    /// <summary>The opposite current density.</summary>
    public static CurrentDensity operator -(CurrentDensity value) => new(-value.AmperesPerSquareMetre);

    /// <summary>A current density scaled by a number.</summary>
    public static CurrentDensity operator *(double factor, CurrentDensity value) => new(factor * value.AmperesPerSquareMetre);

    /// <summary>The ratio of two current densities (dimensionless).</summary>
    public static double operator /(CurrentDensity left, CurrentDensity right) => left.AmperesPerSquareMetre / right.AmperesPerSquareMetre;

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
}
