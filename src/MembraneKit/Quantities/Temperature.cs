using System.Globalization;

namespace MembraneKit;

/// <summary>
/// An absolute temperature. Stored in kelvin; made with <see cref="FromKelvin"/> or <see cref="FromCelsius"/>
/// (or <c>37.Celsius()</c>) so the scale is always explicit.
/// </summary>
/// <remarks>
/// The kit models aqueous solutions, so a temperature must lie between 200 K and 400 K (−73.15 °C to
/// 126.85 °C). A value outside that range is almost always the other scale: <c>FromKelvin(37)</c> fails
/// with "did you mean 37.Celsius()?" and <c>FromCelsius(310)</c> with "did you mean 310.Kelvin()?".
/// </remarks>
public readonly record struct Temperature : IComparable<Temperature>, IFormattable
{
    /// <summary>Lowest temperature accepted, in kelvin.</summary>
    public const double MinimumKelvin = 200;

    /// <summary>Highest temperature accepted, in kelvin.</summary>
    public const double MaximumKelvin = 400;

    private const double MinimumCelsius = -73.15;

    private Temperature(double kelvin) => Kelvin = kelvin;

    /// <summary>Room temperature, 25 °C (298.15 K): the reference temperature of electrochemical tables.</summary>
    public static Temperature Standard { get; } = new(298.15);

    /// <summary>Body temperature, 37 °C (310.15 K).</summary>
    public static Temperature Body { get; } = new(310.15);

    /// <summary>The temperature in kelvin.</summary>
    public double Kelvin { get; }

    /// <summary>The temperature in degrees Celsius.</summary>
    public double Celsius => Kelvin - PhysicalConstants.ZeroCelsiusInKelvin;

    /// <summary>The thermal voltage <i>RT</i>/<i>F</i> at this temperature (25.69 mV at 25 °C, 26.73 mV at 37 °C).</summary>
    public Voltage ThermalVoltage => Voltage.FromVolts(PhysicalConstants.GasConstant * Kelvin / PhysicalConstants.Faraday);

    /// <summary><i>RT</i> in joules per mole at this temperature.</summary>
    public double RTJoulesPerMole => PhysicalConstants.GasConstant * Kelvin;

    /// <summary>Makes a temperature from kelvin.</summary>
    /// <param name="kelvin">Absolute temperature in K, from 200 K to 400 K.</param>
    /// <exception cref="InvalidInputException">Not finite, at or below 0 K, or outside 200–400 K (with the likely slip named).</exception>
    public static Temperature FromKelvin(double kelvin)
    {
        if (!double.IsFinite(kelvin) || kelvin <= 0)
        {
            throw new InvalidInputException(nameof(kelvin), $"{Guard.Format(kelvin)} K", "an absolute temperature above 0 K (aqueous range 200 K to 400 K)");
        }

        if (kelvin < MinimumKelvin)
        {
            throw new InvalidInputException(nameof(kelvin), $"{Guard.Format(kelvin)} K", "a temperature from 200 K to 400 K",
                $"{Guard.Format(kelvin)} K is below 200 K; did you mean {Guard.Format(kelvin)}.Celsius()?");
        }

        if (kelvin > MaximumKelvin)
        {
            throw new InvalidInputException(nameof(kelvin), $"{Guard.Format(kelvin)} K", "a temperature from 200 K to 400 K");
        }

        return new Temperature(kelvin);
    }

    /// <summary>Makes a temperature from degrees Celsius.</summary>
    /// <param name="celsius">Temperature in °C, from −73.15 °C to 126.85 °C.</param>
    /// <exception cref="InvalidInputException">Not finite, below absolute zero, or outside the aqueous range (with the likely slip named).</exception>
    public static Temperature FromCelsius(double celsius)
    {
        var kelvin = celsius + PhysicalConstants.ZeroCelsiusInKelvin;
        if (!double.IsFinite(celsius) || kelvin <= 0)
        {
            throw new InvalidInputException(nameof(celsius), $"{Guard.Format(celsius)} °C", "a temperature above absolute zero (−273.15 °C); aqueous range −73.15 °C to 126.85 °C");
        }

        if (kelvin > MaximumKelvin)
        {
            var hint = celsius >= MinimumKelvin && celsius <= MaximumKelvin
                ? $"{Guard.Format(celsius)} °C is above 126.85 °C; did you mean {Guard.Format(celsius)}.Kelvin()?"
                : null;
            throw new InvalidInputException(nameof(celsius), $"{Guard.Format(celsius)} °C", "a temperature from −73.15 °C to 126.85 °C", hint);
        }

        if (kelvin < MinimumKelvin)
        {
            // −73.15 + 273.15 rounds to 199.99999999999997: the documented lowest Celsius value itself is accepted.
            if (celsius >= MinimumCelsius)
            {
                return new Temperature(MinimumKelvin);
            }

            throw new InvalidInputException(nameof(celsius), $"{Guard.Format(celsius)} °C", "a temperature from −73.15 °C to 126.85 °C");
        }

        return new Temperature(kelvin);
    }

    /// <inheritdoc/>
    public int CompareTo(Temperature other) => Kelvin.CompareTo(other.Kelvin);

    /// <summary>Is <paramref name="left"/> colder than <paramref name="right"/>?</summary>
    public static bool operator <(Temperature left, Temperature right) => left.Kelvin < right.Kelvin;

    /// <summary>Is <paramref name="left"/> warmer than <paramref name="right"/>?</summary>
    public static bool operator >(Temperature left, Temperature right) => left.Kelvin > right.Kelvin;

    /// <summary>Is <paramref name="left"/> at most <paramref name="right"/>?</summary>
    public static bool operator <=(Temperature left, Temperature right) => left.Kelvin <= right.Kelvin;

    /// <summary>Is <paramref name="left"/> at least <paramref name="right"/>?</summary>
    public static bool operator >=(Temperature left, Temperature right) => left.Kelvin >= right.Kelvin;

    /// <summary>Formats as "37.0 °C (310.15 K)".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats with a numeric format for the Celsius value (default "0.0"); kelvin is always shown to 0.01 K.</summary>
    /// <param name="format">A numeric format string applied to the Celsius value.</param>
    /// <param name="formatProvider">Culture; the invariant culture when null.</param>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        return $"{Celsius.ToString(format ?? "0.0", formatProvider)} °C ({Kelvin.ToString("0.##", formatProvider)} K)";
    }
}
