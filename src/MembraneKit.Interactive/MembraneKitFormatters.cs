using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Interactive;

/// <summary>
/// The entry point of the notebook extension: registers a text/html and a text/plain display for every
/// model and result type of MembraneKit, for the charts and diagrams of this library, and for Plotly.NET's
/// <c>GenericChart</c>; where a display holds a picture or equations, also <c>image/svg+xml</c> and
/// <c>text/latex</c>, so that front ends that sanitize or skip HTML still show them. The package's <c>extension.dib</c> calls <see cref="Register"/> when a notebook loads
/// it with <c>#r "nuget: MembraneKit.Interactive, …"</c>; nothing else is needed.
/// </summary>
public static class MembraneKitFormatters
{
    /// <summary>The MIME types every display is registered for.</summary>
    public static IReadOnlyList<string> MimeTypes { get; } = ["text/html", "text/plain"];

    private const string Svg = "image/svg+xml";
    private const string Latex = "text/latex";

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
        foreach (var (type, html, text, extra) in DisplayFormatterSource.Displays)
        {
            RegisterOnce(registered, type, "text/html", o => DisplayRenderer.Html(o, html));
            RegisterOnce(registered, type, "text/plain", text);
            if (extra.HasFlag(DisplayRepresentations.Picture))
            {
                RegisterOnce(registered, type, Svg, o => DisplayRenderer.Svg(o, html, text));
            }

            if (extra.HasFlag(DisplayRepresentations.Equation))
            {
                RegisterOnce(registered, type, Latex, o => DisplayRenderer.Latex(o, html, text));
            }

            Formatter.SetPreferredMimeTypesFor(type, [.. MimeTypesOf(extra)]);
        }

        PlotlyLibrary.Reset();
    }

    /// <summary>The mime types of a display with these representations, in the order a front end should prefer
    /// them: HTML, the picture, the equations, plain text.</summary>
    internal static IEnumerable<string> MimeTypesOf(DisplayRepresentations extra)
    {
        yield return "text/html";
        if (extra.HasFlag(DisplayRepresentations.Picture))
        {
            yield return Svg;
        }

        if (extra.HasFlag(DisplayRepresentations.Equation))
        {
            yield return Latex;
        }

        yield return "text/plain";
    }

    private static void RegisterOnce(HashSet<(Type, string)> registered, Type type, string mimeType, Func<object, string> format)
    {
        if (!registered.Contains((type, mimeType)))
        {
            Formatter.Register(new DelegateTypeFormatter(type, mimeType, format));
        }
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
