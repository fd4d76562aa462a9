using System.Globalization;

namespace MembraneKit;

/// <summary>
/// A membrane area, above zero. Stored in m²; made with <see cref="FromSquareMicrometers"/>,
/// <see cref="FromSquareCentimeters"/> or <see cref="FromSquareMeters"/>. Turns a current density (A m⁻²,
/// what the GHK current equation gives) into a current.
/// </summary>
/// <remarks>A spherical cell 20 µm across has about 1257 µm² of membrane (4πr²); 1 cm² is the area of
/// the classical voltage-clamp tables (currents in µA cm⁻², conductances in mS cm⁻²).</remarks>
public readonly record struct Area : IComparable<Area>, IFormattable
{
    private Area(double squareMeters) => SquareMeters = squareMeters;

    /// <summary>The area in m².</summary>
    public double SquareMeters { get; }

    /// <summary>The area in cm².</summary>
    public double SquareCentimeters => SquareMeters * 1e4;

    /// <summary>The area in µm².</summary>
    public double SquareMicrometers => SquareMeters * 1e12;

    /// <summary>Makes an area from m².</summary>
    /// <param name="squareMeters">Area in m², finite and above 0.</param>
    /// <exception cref="InvalidInputException">Not above 0 or not finite.</exception>
    public static Area FromSquareMeters(double squareMeters) => new(Guard.Positive(squareMeters, "m²"));

    /// <summary>Makes an area from cm².</summary>
    /// <param name="squareCentimeters">Area in cm², finite and above 0.</param>
    /// <exception cref="InvalidInputException">Not above 0 or not finite.</exception>
    public static Area FromSquareCentimeters(double squareCentimeters) => new(Guard.Positive(squareCentimeters, "cm²") * 1e-4);

    /// <summary>Makes an area from µm².</summary>
    /// <param name="squareMicrometers">Area in µm², finite and above 0.</param>
    /// <exception cref="InvalidInputException">Not above 0 or not finite.</exception>
    public static Area FromSquareMicrometers(double squareMicrometers) => new(Guard.Positive(squareMicrometers, "µm²") * 1e-12);

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

    /// <summary>Formats in µm² below 1 mm², otherwise in cm²: "1257 µm²", "1 cm²".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        return SquareMeters < 1e-6
            ? $"{SquareMicrometers.ToString(format ?? "G4", formatProvider)} µm²"
            : $"{SquareCentimeters.ToString(format ?? "G4", formatProvider)} cm²";
    }
}
