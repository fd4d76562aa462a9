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
    /// <summary>Smallest accepted, in m³ (1 nm³).</summary>
    public const double MinimumCubicMeters = 1e-27;

    /// <summary>Largest accepted, in m³.</summary>
    public const double MaximumCubicMeters = 1e6;

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
    /// <param name="cubicMeters">Volume in m³; the volume from 10⁻²⁷ m³ to 10⁶ m³.</param>
    /// <exception cref="InvalidInputException">Not finite, or a volume outside 10⁻²⁷ m³ to 10⁶ m³.</exception>
    public static Volume FromCubicMeters(double cubicMeters) => Checked(cubicMeters, cubicMeters, "m³");

    /// <summary>Makes a volume from litres.</summary>
    /// <param name="liters">Volume in L; the volume from 10⁻²⁷ m³ to 10⁶ m³.</param>
    /// <exception cref="InvalidInputException">Not finite, or a volume outside 10⁻²⁷ m³ to 10⁶ m³.</exception>
    public static Volume FromLiters(double liters) => Checked(liters * 1e-3, liters, "L");

    /// <summary>Makes a volume from picolitres.</summary>
    /// <param name="picoliters">Volume in pL; the volume from 10⁻²⁷ m³ to 10⁶ m³.</param>
    /// <exception cref="InvalidInputException">Not finite, or a volume outside 10⁻²⁷ m³ to 10⁶ m³.</exception>
    public static Volume FromPicoliters(double picoliters) => Checked(picoliters * 1e-15, picoliters, "pL");

    /// <summary>Makes a volume from µm³.</summary>
    /// <param name="cubicMicrometers">Volume in µm³; the volume from 10⁻²⁷ m³ to 10⁶ m³.</param>
    /// <exception cref="InvalidInputException">Not finite, or a volume outside 10⁻²⁷ m³ to 10⁶ m³.</exception>
    public static Volume FromCubicMicrometers(double cubicMicrometers) => Checked(cubicMicrometers * 1e-18, cubicMicrometers, "µm³");

    /// <summary>The volume of a sphere, 4/3 π r³.</summary>
    /// <param name="radiusMicrometers">Radius in µm, above 0, giving a volume from 10⁻²⁷ m³ to 10⁶ m³.</param>
    /// <exception cref="InvalidInputException">Not finite, or a volume outside 10⁻²⁷ m³ to 10⁶ m³.</exception>
    public static Volume OfSphere(double radiusMicrometers)
    {
        var r = Guard.Positive(radiusMicrometers, "µm") * 1e-6;
        return Checked(4.0 / 3.0 * Math.PI * r * r * r, radiusMicrometers, "µm radius");
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

    private static Volume Checked(double cubicMeters, double given, string unit, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(given))] string? parameterName = null)
    {
        if (!double.IsFinite(given) || !(cubicMeters >= MinimumCubicMeters && cubicMeters <= MaximumCubicMeters))
        {
            throw new InvalidInputException(parameterName ?? "value", $"{Guard.Format(given)} {unit}", $"a volume from {Guard.Format(MinimumCubicMeters)} m³ to {Guard.Format(MaximumCubicMeters)} m³");
        }

        return new Volume(cubicMeters);
    }
}
