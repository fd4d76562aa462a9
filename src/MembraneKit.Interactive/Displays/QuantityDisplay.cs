using System.Globalization;

namespace MembraneKit.Interactive;

/// <summary>Displays of the quantities (voltage, concentration, temperature …): the value with its unit,
/// a true minus sign in HTML.</summary>
internal static class QuantityDisplay
{
    internal static string Html(object quantity) =>
        new MarkupWriter().Element("span", Num.Quantity((IFormattable)quantity), ("class", "mk-quantity")).ToString();

    internal static string Text(object quantity) => ((IFormattable)quantity).ToString(null, CultureInfo.InvariantCulture);
}
