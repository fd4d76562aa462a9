namespace MembraneKit;

/// <summary>
/// Literal-style factories so a cell reads like a lab notebook: <c>37.Celsius()</c>, <c>140.Millimolar()</c>,
/// <c>(-70).Millivolts()</c>, <c>3.0.Picoamperes()</c>. Each has an <see cref="int"/> and a
/// <see cref="double"/> overload because C# does not convert the receiver of an extension method.
/// </summary>
public static class QuantityExtensions
{
    /// <summary>A temperature in degrees Celsius.</summary>
    /// <param name="celsius">Temperature in °C.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Temperature.FromCelsius"/> accepts (the message names the range).</exception>
    public static Temperature Celsius(this double celsius) => Temperature.FromCelsius(celsius);

    /// <summary>A temperature in degrees Celsius.</summary>
    /// <param name="celsius">Temperature in °C.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Temperature.FromCelsius"/> accepts (the message names the range).</exception>
    public static Temperature Celsius(this int celsius) => Temperature.FromCelsius(celsius);

    /// <summary>A temperature in kelvin.</summary>
    /// <param name="kelvin">Temperature in K.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Temperature.FromKelvin"/> accepts (the message names the range).</exception>
    public static Temperature Kelvin(this double kelvin) => Temperature.FromKelvin(kelvin);

    /// <summary>A temperature in kelvin.</summary>
    /// <param name="kelvin">Temperature in K.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Temperature.FromKelvin"/> accepts (the message names the range).</exception>
    public static Temperature Kelvin(this int kelvin) => Temperature.FromKelvin(kelvin);

    /// <summary>A concentration in millimolar.</summary>
    /// <param name="millimolar">Concentration in mM.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Concentration.FromMillimolar"/> accepts (the message names the range).</exception>
    public static Concentration Millimolar(this double millimolar) => Concentration.FromMillimolar(millimolar);

    /// <summary>A concentration in millimolar.</summary>
    /// <param name="millimolar">Concentration in mM.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Concentration.FromMillimolar"/> accepts (the message names the range).</exception>
    public static Concentration Millimolar(this int millimolar) => Concentration.FromMillimolar(millimolar);

    /// <summary>A concentration in molar.</summary>
    /// <param name="molar">Concentration in M.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Concentration.FromMolar"/> accepts (the message names the range).</exception>
    public static Concentration Molar(this double molar) => Concentration.FromMolar(molar);

    /// <summary>A concentration in molar.</summary>
    /// <param name="molar">Concentration in M.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Concentration.FromMolar"/> accepts (the message names the range).</exception>
    public static Concentration Molar(this int molar) => Concentration.FromMolar(molar);

    /// <summary>A concentration in micromolar.</summary>
    /// <param name="micromolar">Concentration in µM.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Concentration.FromMicromolar"/> accepts (the message names the range).</exception>
    public static Concentration Micromolar(this double micromolar) => Concentration.FromMicromolar(micromolar);

    /// <summary>A concentration in micromolar.</summary>
    /// <param name="micromolar">Concentration in µM.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Concentration.FromMicromolar"/> accepts (the message names the range).</exception>
    public static Concentration Micromolar(this int micromolar) => Concentration.FromMicromolar(micromolar);

    /// <summary>A potential in millivolts.</summary>
    /// <param name="millivolts">Potential in mV.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Voltage.FromMillivolts"/> accepts (the message names the range).</exception>
    public static Voltage Millivolts(this double millivolts) => Voltage.FromMillivolts(millivolts);

    /// <summary>A potential in millivolts.</summary>
    /// <param name="millivolts">Potential in mV.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Voltage.FromMillivolts"/> accepts (the message names the range).</exception>
    public static Voltage Millivolts(this int millivolts) => Voltage.FromMillivolts(millivolts);

    /// <summary>A potential in volts.</summary>
    /// <param name="volts">Potential in V.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Voltage.FromVolts"/> accepts (the message names the range).</exception>
    public static Voltage Volts(this double volts) => Voltage.FromVolts(volts);

    /// <summary>A potential in volts.</summary>
    /// <param name="volts">Potential in V.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Voltage.FromVolts"/> accepts (the message names the range).</exception>
    public static Voltage Volts(this int volts) => Voltage.FromVolts(volts);

    /// <summary>A current in picoamperes.</summary>
    /// <param name="picoamperes">Current in pA.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Current.FromPicoamperes"/> accepts (the message names the range).</exception>
    public static Current Picoamperes(this double picoamperes) => Current.FromPicoamperes(picoamperes);

    /// <summary>A current in picoamperes.</summary>
    /// <param name="picoamperes">Current in pA.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Current.FromPicoamperes"/> accepts (the message names the range).</exception>
    public static Current Picoamperes(this int picoamperes) => Current.FromPicoamperes(picoamperes);

    /// <summary>A current in nanoamperes.</summary>
    /// <param name="nanoamperes">Current in nA.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Current.FromNanoamperes"/> accepts (the message names the range).</exception>
    public static Current Nanoamperes(this double nanoamperes) => Current.FromNanoamperes(nanoamperes);

    /// <summary>A current in nanoamperes.</summary>
    /// <param name="nanoamperes">Current in nA.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Current.FromNanoamperes"/> accepts (the message names the range).</exception>
    public static Current Nanoamperes(this int nanoamperes) => Current.FromNanoamperes(nanoamperes);

    /// <summary>A conductance in nanosiemens.</summary>
    /// <param name="nanosiemens">Conductance in nS.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Conductance.FromNanosiemens"/> accepts (the message names the range).</exception>
    public static Conductance Nanosiemens(this double nanosiemens) => Conductance.FromNanosiemens(nanosiemens);

    /// <summary>A conductance in nanosiemens.</summary>
    /// <param name="nanosiemens">Conductance in nS.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Conductance.FromNanosiemens"/> accepts (the message names the range).</exception>
    public static Conductance Nanosiemens(this int nanosiemens) => Conductance.FromNanosiemens(nanosiemens);

    /// <summary>A conductance in picosiemens.</summary>
    /// <param name="picosiemens">Conductance in pS.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Conductance.FromPicosiemens"/> accepts (the message names the range).</exception>
    public static Conductance Picosiemens(this double picosiemens) => Conductance.FromPicosiemens(picosiemens);

    /// <summary>A conductance in picosiemens.</summary>
    /// <param name="picosiemens">Conductance in pS.</param>
    /// <exception cref="InvalidInputException">Outside what <see cref="Conductance.FromPicosiemens"/> accepts (the message names the range).</exception>
    public static Conductance Picosiemens(this int picosiemens) => Conductance.FromPicosiemens(picosiemens);
}
