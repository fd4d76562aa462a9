using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Interactive;

/// <summary>
/// The entry point of the notebook extension: registers a text/html and a text/plain display for every
/// model and result type of MembraneKit, for the charts and diagrams of this library, and for Plotly.NET's
/// <c>GenericChart</c>. The package's <c>extension.dib</c> calls <see cref="Register"/> when a notebook loads
/// it with <c>#r "nuget: MembraneKit.Interactive, …"</c>; nothing else is needed.
/// </summary>
public static class MembraneKitFormatters
{
    /// <summary>The MIME types every display is registered for.</summary>
    public static IReadOnlyList<string> MimeTypes { get; } = ["text/html", "text/plain"];

    /// <summary>The types that have displays.</summary>
    public static IReadOnlyList<Type> DisplayedTypes { get; } = [.. DisplayFormatterSource.Displays.Select(d => d.Type)];

    /// <summary>
    /// Registers every display with <c>Microsoft.DotNet.Interactive.Formatting.Formatter</c>. Idempotent:
    /// a display already registered is left alone, so calling it twice (or re-running the cell that loads the
    /// package) changes nothing but this: the next chart carries plotly.js again (see <see cref="Charts"/>).
    /// </summary>
    public static void Register()
    {
        foreach (var (type, html, text) in DisplayFormatterSource.Displays)
        {
            RegisterOnce(type, "text/html", html);
            RegisterOnce(type, "text/plain", text);
            Formatter.SetPreferredMimeTypesFor(type, "text/html", "text/plain");
        }

        PlotlyLibrary.Reset();
    }

    /// <summary>Is every display registered with the formatter right now?</summary>
    public static bool IsRegistered => DisplayFormatterSource.Displays.All(d =>
        Formatter.GetPreferredFormatterFor(d.Type, "text/html") is DelegateTypeFormatter &&
        Formatter.GetPreferredFormatterFor(d.Type, "text/plain") is DelegateTypeFormatter);

    private static void RegisterOnce(Type type, string mimeType, Func<object, string> format)
    {
        if (Formatter.GetPreferredFormatterFor(type, mimeType) is DelegateTypeFormatter existing && existing.Type == type)
        {
            return;
        }

        Formatter.Register(new DelegateTypeFormatter(type, mimeType, format));
    }
}
