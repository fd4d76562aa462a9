using System.Globalization;

namespace MembraneKit;

/// <summary>
/// A volume, strictly positive (of a cell or of the bath around it). Stored in m³; made with
/// <see cref="FromCubicMeters"/>, <see cref="FromLiters"/>, <see cref="FromPicoliters"/> or
/// <see cref="FromCubicMicrometers"/>.
/// </summary>
/// <remarks>1 pL = 1000 µm³ = 10⁻¹⁵ m³; a spherical cell of radius 10 µm holds about 4.19 pL.</remarks>
public readonly record struct Volume : IComparable<Volume>, IFormattable
{
    private Volume(double cubicMeters) => CubicMeters = cubicMeters;

    /// <summary>The volume in m³.</summary>
    public double CubicMeters { get; }

    /// <summary>The volume in litres (dm³).</summary>
    public double Liters => CubicMeters * 1e3;

    /// <summary>The volume in picolitres (10⁻¹⁵ m³).</summary>
    public double Picoliters => CubicMeters * 1e15;

    /// <summary>The volume in µm³.</summary>
    public double CubicMicrometers => CubicMeters * 1e18;

    /// <summary>Makes a volume from m³.</summary>
    /// <param name="cubicMeters">Volume in m³, finite and above 0.</param>
    /// <exception cref="InvalidInputException">Zero, negative or not finite.</exception>
    public static Volume FromCubicMeters(double cubicMeters) => new(Guard.Positive(cubicMeters, "m³"));

    /// <summary>Makes a volume from litres.</summary>
    /// <param name="liters">Volume in L, finite and above 0.</param>
    /// <exception cref="InvalidInputException">Zero, negative or not finite.</exception>
    public static Volume FromLiters(double liters) => new(Guard.Positive(liters, "L") * 1e-3);

    /// <summary>Makes a volume from picolitres.</summary>
    /// <param name="picoliters">Volume in pL, finite and above 0.</param>
    /// <exception cref="InvalidInputException">Zero, negative or not finite.</exception>
    public static Volume FromPicoliters(double picoliters) => new(Guard.Positive(picoliters, "pL") * 1e-15);

    /// <summary>Makes a volume from µm³.</summary>
    /// <param name="cubicMicrometers">Volume in µm³, finite and above 0.</param>
    /// <exception cref="InvalidInputException">Zero, negative or not finite.</exception>
    public static Volume FromCubicMicrometers(double cubicMicrometers) => new(Guard.Positive(cubicMicrometers, "µm³") * 1e-18);

    /// <summary>The volume of a sphere, 4/3 π r³.</summary>
    /// <param name="radiusMicrometers">Radius in µm, finite and above 0.</param>
    /// <exception cref="InvalidInputException">Zero, negative or not finite.</exception>
    public static Volume OfSphere(double radiusMicrometers)
    {
        var r = Guard.Positive(radiusMicrometers, "µm") * 1e-6;
        return new(4.0 / 3.0 * Math.PI * r * r * r);
    }

    /// <inheritdoc/>
    public int CompareTo(Volume other) => CubicMeters.CompareTo(other.CubicMeters);

    /// <summary>Is <paramref name="left"/> smaller than <paramref name="right"/>?</summary>
    public static bool operator <(Volume left, Volume right) => left.CubicMeters < right.CubicMeters;

    /// <summary>Is <paramref name="left"/> larger than <paramref name="right"/>?</summary>
    public static bool operator >(Volume left, Volume right) => left.CubicMeters > right.CubicMeters;

    /// <summary>Is <paramref name="left"/> at most <paramref name="right"/>?</summary>
    public static bool operator <=(Volume left, Volume right) => left.CubicMeters <= right.CubicMeters;

    /// <summary>Is <paramref name="left"/> at least <paramref name="right"/>?</summary>
    public static bool operator >=(Volume left, Volume right) => left.CubicMeters >= right.CubicMeters;

    /// <summary>Formats with a unit chosen by magnitude: "4.189 pL", "1 mL".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        QuantityFormat.Scaled(Liters, [(1, "L"), (1e-3, "mL"), (1e-6, "µL"), (1e-9, "nL"), (1e-12, "pL"), (1e-15, "fL")], format, formatProvider);
}
