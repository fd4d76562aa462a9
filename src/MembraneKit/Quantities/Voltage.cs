using System.Globalization;

namespace MembraneKit;

/// <summary>
/// An electric potential or potential difference. Stored in volts; made with <see cref="FromMillivolts"/>
/// or <see cref="FromVolts"/> (or <c>(-70).Millivolts()</c>). Membrane potentials follow the physiological
/// convention: the inside relative to the outside.
/// </summary>
/// <remarks>Prints as millivolts with one decimal ("−95.0 mV" is printed "-95.0 mV"), the precision a
/// physiologist reads.</remarks>
public readonly record struct Voltage : IComparable<Voltage>, IFormattable
{
    /// <summary>Largest magnitude accepted by <see cref="FromVolts"/>, in volts: no membrane or cell in this kit comes near it.</summary>
    public const double MaximumVolts = 10;

    private Voltage(double volts) => Volts = volts;

    /// <summary>Zero volts.</summary>
    public static Voltage Zero { get; } = new(0);

    /// <summary>The potential in volts.</summary>
    public double Volts { get; }

    /// <summary>The potential in millivolts.</summary>
    public double Millivolts => Volts * 1000;

    /// <summary>Makes a voltage from millivolts.</summary>
    /// <param name="millivolts">Potential in mV, finite, magnitude at most 10 000 mV.</param>
    /// <exception cref="InvalidInputException">Not finite or beyond ±10 V.</exception>
    public static Voltage FromMillivolts(double millivolts)
    {
        if (!double.IsFinite(millivolts) || Math.Abs(millivolts) > MaximumVolts * 1000)
        {
            throw new InvalidInputException(nameof(millivolts), $"{Guard.Format(millivolts)} mV", "a finite potential from −10000 mV to 10000 mV");
        }

        return new Voltage(millivolts / 1000);
    }

    /// <summary>Makes a voltage from volts.</summary>
    /// <param name="volts">Potential in V, finite, magnitude at most 10 V.</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10 V (likely millivolts given as volts).</exception>
    public static Voltage FromVolts(double volts)
    {
        if (!double.IsFinite(volts))
        {
            throw new InvalidInputException(nameof(volts), $"{Guard.Format(volts)} V", "a finite potential from −10 V to 10 V");
        }

        if (Math.Abs(volts) > MaximumVolts)
        {
            throw new InvalidInputException(nameof(volts), $"{Guard.Format(volts)} V", "a potential from −10 V to 10 V",
                $"no membrane holds {Guard.Format(volts)} V; did you mean {Guard.Format(volts)} mV (Voltage.FromMillivolts)?");
        }

        return new Voltage(volts);
    }

    /// <summary>Creates a voltage from volts already known to be finite and in range (internal fast path).</summary>
    internal static Voltage FromVoltsUnchecked(double volts) => new(volts);

    /// <inheritdoc/>
    public int CompareTo(Voltage other) => Volts.CompareTo(other.Volts);

    /// <summary>Sum of two potentials.</summary>
    public static Voltage operator +(Voltage left, Voltage right) => new(left.Volts + right.Volts);

    /// <summary>Difference of two potentials (for example the driving force V − E).</summary>
    public static Voltage operator -(Voltage left, Voltage right) => new(left.Volts - right.Volts);

    /// <summary>The opposite potential.</summary>
    public static Voltage operator -(Voltage value) => new(-value.Volts);

    /// <summary>A potential scaled by a number.</summary>
    /// <exception cref="InvalidInputException">The factor is not finite, or the product is beyond 10²⁹⁰ V.</exception>
    public static Voltage operator *(double factor, Voltage value) => Scaled(factor, value);

    /// <summary>A potential scaled by a number.</summary>
    /// <exception cref="InvalidInputException">The factor is not finite, or the product is beyond 10²⁹⁰ V.</exception>
    public static Voltage operator *(Voltage value, double factor) => Scaled(factor, value);

    /// <summary>The ratio of two potentials (dimensionless).</summary>
    /// <exception cref="InvalidInputException"><paramref name="right"/> is zero, or so small that the ratio is not a finite number.</exception>
    public static double operator /(Voltage left, Voltage right) => QuantityRatio.Of(left.Volts, right.Volts, right, nameof(right));

    /// <summary>A product beyond 10²⁹⁰ V is refused: sums of such voltages and their millivolts stay finite. (Scaled
    /// results may leave ±10 V, the range a membrane potential is accepted in, as differences of two may.)</summary>
    private static Voltage Scaled(double factor, Voltage value)
    {
        var volts = Guard.Finite(factor) * value.Volts;
        if (!(Math.Abs(volts) <= 1e290))
        {
            throw new InvalidInputException(nameof(factor), $"{Guard.Format(factor)} × {value}", "a factor that keeps the potential within ±1E+290 V");
        }

        return new Voltage(volts);
    }

    /// <summary>Is <paramref name="left"/> more negative than <paramref name="right"/>?</summary>
    public static bool operator <(Voltage left, Voltage right) => left.Volts < right.Volts;

    /// <summary>Is <paramref name="left"/> more positive than <paramref name="right"/>?</summary>
    public static bool operator >(Voltage left, Voltage right) => left.Volts > right.Volts;

    /// <summary>Is <paramref name="left"/> at most <paramref name="right"/>?</summary>
    public static bool operator <=(Voltage left, Voltage right) => left.Volts <= right.Volts;

    /// <summary>Is <paramref name="left"/> at least <paramref name="right"/>?</summary>
    public static bool operator >=(Voltage left, Voltage right) => left.Volts >= right.Volts;

    /// <summary>Formats as millivolts with one decimal: "-95.0 mV".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the millivolt value with <paramref name="format"/> (default "0.0") and the unit.</summary>
    /// <param name="format">A numeric format string for the millivolt value.</param>
    /// <param name="formatProvider">Culture; the invariant culture when null.</param>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        $"{Millivolts.ToString(format ?? "0.0", formatProvider ?? CultureInfo.InvariantCulture)} mV";
}
