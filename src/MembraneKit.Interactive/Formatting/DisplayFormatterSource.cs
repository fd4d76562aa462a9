using Plotly.NET;

namespace MembraneKit.Interactive;

/// <summary>
/// The one list of displays: for every type of the physics library (and Plotly.NET's chart) the function
/// that writes its text/html and the one that writes its text/plain. Adding a type's display means adding
/// one line here.
/// </summary>
internal static class DisplayFormatterSource
{
    /// <summary>Each displayed type with its HTML and plain-text writers.</summary>
    internal static IReadOnlyList<(Type Type, Func<object, string> Html, Func<object, string> Text)> Displays { get; } =
    [
        Display<Membrane>(MembraneDisplay.Html, MembraneDisplay.Text),
        Display<IonGradient>(IonDisplay.Html, IonDisplay.Text),
        Display<Ion>(IonDisplay.Html, IonDisplay.Text),
        Display<EquilibriumPotential>(EquilibriumPotentialDisplay.Html, EquilibriumPotentialDisplay.Text),
        Display<ElectrochemicalGradient>(ElectrochemicalGradientDisplay.Html, ElectrochemicalGradientDisplay.Text),
        Display<MembraneDiagram>(DiagramDisplay.Html, DiagramDisplay.Text),
        Display<ProgressiveChart>(c => c.ToHtml(), c => c.ToString()),
        Display<GenericChart>(c => ChartHtml.Render(ChartSource.From(c)), c => ChartSource.From(c).Description),
        Quantity<Voltage>(),
        Quantity<Concentration>(),
        Quantity<Temperature>(),
        Quantity<Current>(),
        Quantity<Conductance>(),
        Quantity<Permeability>(),
        Quantity<MolarEnergy>(),
    ];

    private static (Type, Func<object, string>, Func<object, string>) Display<T>(Func<T, string> html, Func<T, string> text) =>
        (typeof(T), o => html((T)o), o => text((T)o));

    private static (Type, Func<object, string>, Func<object, string>) Quantity<T>()
        where T : IFormattable => (typeof(T), QuantityDisplay.Html, QuantityDisplay.Text);
}
