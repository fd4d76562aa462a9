using System.Globalization;

namespace MembraneKit;

/// <summary>
/// A membrane area, above zero. Stored in m²; made with <see cref="FromSquareMicrometers"/>,
/// <see cref="FromSquareCentimeters"/>, <see cref="FromSquareMeters"/> or <see cref="OfSphere"/>. Turns a
/// current density (A m⁻², what the GHK current equation gives) into a current.
/// </summary>
/// <remarks>A spherical cell of radius 10 µm has a surface of about 1257 µm² = 1.257 × 10⁻⁵ cm².</remarks>
public readonly record struct Area : IComparable<Area>, IFormattable
{
    /// <summary>Smallest accepted, in m² (1 nm² is 10⁻¹⁸ m²).</summary>
    public const double MinimumSquareMeters = 1e-24;

    /// <summary>Largest accepted, in m².</summary>
    public const double MaximumSquareMeters = 1e6;

    private Area(double squareMeters) => SquareMeters = squareMeters;

    /// <summary>The area in m².</summary>
    public double SquareMeters { get; }

    /// <summary>The area in cm² (the unit of specific membrane properties such as µF/cm²).</summary>
    public double SquareCentimeters => SquareMeters * 1e4;

    /// <summary>The area in µm².</summary>
    public double SquareMicrometers => SquareMeters * 1e12;

    /// <summary>Makes an area from m².</summary>
    /// <param name="squareMeters">Area in m²; the area from 10⁻²⁴ m² to 10⁶ m².</param>
    /// <exception cref="InvalidInputException">Not finite, or outside 10⁻²⁴ m² to 10⁶ m².</exception>
    public static Area FromSquareMeters(double squareMeters) => Checked(squareMeters, squareMeters, "m²");

    /// <summary>Makes an area from cm².</summary>
    /// <param name="squareCentimeters">Area in cm²; the area from 10⁻²⁴ m² to 10⁶ m².</param>
    /// <exception cref="InvalidInputException">Not finite, or outside 10⁻²⁴ m² to 10⁶ m².</exception>
    public static Area FromSquareCentimeters(double squareCentimeters) => Checked(squareCentimeters * 1e-4, squareCentimeters, "cm²");

    /// <summary>Makes an area from µm².</summary>
    /// <param name="squareMicrometers">Area in µm²; the area from 10⁻²⁴ m² to 10⁶ m².</param>
    /// <exception cref="InvalidInputException">Not finite, or outside 10⁻²⁴ m² to 10⁶ m².</exception>
    public static Area FromSquareMicrometers(double squareMicrometers) => Checked(squareMicrometers * 1e-12, squareMicrometers, "µm²");

    /// <summary>The surface of a sphere, 4 π r².</summary>
    /// <param name="radiusMicrometers">Radius in µm, above 0, giving an area from 10⁻²⁴ m² to 10⁶ m².</param>
    /// <exception cref="InvalidInputException">Not finite, or outside 10⁻²⁴ m² to 10⁶ m².</exception>
    public static Area OfSphere(double radiusMicrometers)
    {
        var r = Guard.Positive(radiusMicrometers, "µm") * 1e-6;
        return Checked(4 * Math.PI * r * r, radiusMicrometers, "µm radius");
    }

    /// <inheritdoc/>
    public int CompareTo(Area other) => SquareMeters.CompareTo(other.SquareMeters);

    /// <summary>Is <paramref name="left"/> smaller than <paramref name="right"/>?</summary>
    public static bool operator <(Area left, Area right) => left.SquareMeters < right.SquareMeters;

    /// <summary>Is <paramref name="left"/> larger than <paramref name="right"/>?</summary>
    public static bool operator >(Area left, Area right) => left.SquareMeters > right.SquareMeters;

    /// <summary>Is <paramref name="left"/> at most <paramref name="right"/>?</summary>
    public static bool operator <=(Area left, Area right) => left.SquareMeters <= right.SquareMeters;

    /// <summary>Is <paramref name="left"/> at least <paramref name="right"/>?</summary>
    public static bool operator >=(Area left, Area right) => left.SquareMeters >= right.SquareMeters;

    /// <summary>Formats in µm² below 1 mm² and in cm² above: "1257 µm²", "0.5 cm²".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        return SquareMeters >= 1e-6
            ? $"{SquareCentimeters.ToString(format ?? "G4", formatProvider)} cm²"
            : $"{SquareMicrometers.ToString(format ?? "G4", formatProvider)} µm²";
    }

    private static Area Checked(double squareMeters, double given, string unit, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(given))] string? parameterName = null)
    {
        if (!double.IsFinite(given) || !(squareMeters >= MinimumSquareMeters && squareMeters <= MaximumSquareMeters))
        {
            throw new InvalidInputException(parameterName ?? "value", $"{Guard.Format(given)} {unit}", $"an area from {Guard.Format(MinimumSquareMeters)} m² to {Guard.Format(MaximumSquareMeters)} m²");
        }

        return new Area(squareMeters);
    }
}
