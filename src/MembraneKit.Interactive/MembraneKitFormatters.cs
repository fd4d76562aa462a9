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
        var registered = Registered();
        foreach (var (type, html, text) in DisplayFormatterSource.Displays)
        {
            if (!registered.Contains((type, "text/html")))
            {
                Formatter.Register(new DelegateTypeFormatter(type, "text/html", html));
            }

            if (!registered.Contains((type, "text/plain")))
            {
                Formatter.Register(new DelegateTypeFormatter(type, "text/plain", text));
            }

            Formatter.SetPreferredMimeTypesFor(type, "text/html", "text/plain");
        }

        PlotlyLibrary.Reset();
    }

    /// <summary>Is every display registered with the formatter right now?</summary>
    public static bool IsRegistered
    {
        get
        {
            var ours = Registered();
            return DisplayFormatterSource.Displays.All(d => ours.Contains((d.Type, "text/html")) && ours.Contains((d.Type, "text/plain")));
        }
    }

    // Reads the user formatters without asking the formatter to choose one: choosing reads the type's attributes,
    // and the attributes of Plotly.NET's GenericChart come from FSharp.Core 10.1, which a Polyglot Notebooks kernel
    // with an older FSharp.Core loaded cannot load.
    private static HashSet<(Type, string)> Registered() =>
        [.. Formatter.RegisteredFormatters(includeDefaults: false).OfType<DelegateTypeFormatter>().Select(f => (f.Type, f.MimeType))];
}
