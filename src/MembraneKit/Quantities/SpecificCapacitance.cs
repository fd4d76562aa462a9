using System.Globalization;

namespace MembraneKit;

/// <summary>
/// Capacitance per unit membrane area, strictly positive. Stored in F m⁻²; made with
/// <see cref="FromMicrofaradsPerSquareCentimeter"/> (the physiologist's unit) or
/// <see cref="FromFaradsPerSquareMeter"/>.
/// </summary>
/// <remarks>Biological membranes are close to 1 µF/cm² (= 0.01 F/m²): B. Hille, <i>Ion Channels of
/// Excitable Membranes</i>, 3rd ed. (2001), ch. 1; K. S. Cole, <i>Membranes, Ions and Impulses</i> (1968).</remarks>
public readonly record struct SpecificCapacitance : IComparable<SpecificCapacitance>, IFormattable
{
    private SpecificCapacitance(double faradsPerSquareMeter) => FaradsPerSquareMeter = faradsPerSquareMeter;

    /// <summary>The typical biological membrane, 1 µF/cm².</summary>
    public static SpecificCapacitance Biological { get; } = new(0.01);

    /// <summary>The capacitance per area in F m⁻².</summary>
    public double FaradsPerSquareMeter { get; }

    /// <summary>The capacitance per area in µF cm⁻².</summary>
    public double MicrofaradsPerSquareCentimeter => FaradsPerSquareMeter * 100;

    /// <summary>Makes a specific capacitance from F m⁻².</summary>
    /// <param name="faradsPerSquareMeter">Capacitance per area in F/m², finite and above 0.</param>
    /// <exception cref="InvalidInputException">Zero, negative or not finite.</exception>
    public static SpecificCapacitance FromFaradsPerSquareMeter(double faradsPerSquareMeter) =>
        new(Guard.Positive(faradsPerSquareMeter, "F/m²"));

    /// <summary>Makes a specific capacitance from µF cm⁻².</summary>
    /// <param name="microfaradsPerSquareCentimeter">Capacitance per area in µF/cm², finite and above 0.</param>
    /// <exception cref="InvalidInputException">Zero, negative or not finite.</exception>
    public static SpecificCapacitance FromMicrofaradsPerSquareCentimeter(double microfaradsPerSquareCentimeter) =>
        new(Guard.Positive(microfaradsPerSquareCentimeter, "µF/cm²") / 100);

    /// <summary>The total capacitance of a membrane of this kind and an area, in farads.</summary>
    /// <param name="area">The membrane area.</param>
    public double FaradsFor(Area area) => FaradsPerSquareMeter * area.SquareMeters;

    /// <inheritdoc/>
    public int CompareTo(SpecificCapacitance other) => FaradsPerSquareMeter.CompareTo(other.FaradsPerSquareMeter);

    /// <summary>Is <paramref name="left"/> smaller than <paramref name="right"/>?</summary>
    public static bool operator <(SpecificCapacitance left, SpecificCapacitance right) => left.FaradsPerSquareMeter < right.FaradsPerSquareMeter;

    /// <summary>Is <paramref name="left"/> larger than <paramref name="right"/>?</summary>
    public static bool operator >(SpecificCapacitance left, SpecificCapacitance right) => left.FaradsPerSquareMeter > right.FaradsPerSquareMeter;

    /// <summary>Is <paramref name="left"/> at most <paramref name="right"/>?</summary>
    public static bool operator <=(SpecificCapacitance left, SpecificCapacitance right) => left.FaradsPerSquareMeter <= right.FaradsPerSquareMeter;

    /// <summary>Is <paramref name="left"/> at least <paramref name="right"/>?</summary>
    public static bool operator >=(SpecificCapacitance left, SpecificCapacitance right) => left.FaradsPerSquareMeter >= right.FaradsPerSquareMeter;

    /// <summary>Formats as "1 µF/cm²".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        $"{MicrofaradsPerSquareCentimeter.ToString(format ?? "G4", formatProvider ?? CultureInfo.InvariantCulture)} µF/cm²";
}
