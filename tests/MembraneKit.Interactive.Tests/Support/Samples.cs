namespace MembraneKit.Interactive.Tests;

/// <summary>The objects the display tests show: the textbook mammalian cell of the course at 37 °C.</summary>
internal static class Samples
{
    /// <summary>K⁺ 140/4, Na⁺ 15/145, Cl⁻ 10/110 mM at 37 °C: E_K = −95.0, E_Na = +60.6, E_Cl = −64.1 mV
    /// (Hille, Ion Channels of Excitable Membranes, 3rd ed., ch. 1, with the exact SI constants).</summary>
    internal static Membrane Cell { get; } = Membrane.At(37.Celsius())
        .With(Ion.Potassium, inside: 140, outside: 4)
        .With(Ion.Sodium, inside: 15, outside: 145)
        .With(Ion.Chloride, inside: 10, outside: 110);

    internal static Voltage Rest { get; } = (-70).Millivolts();
}
