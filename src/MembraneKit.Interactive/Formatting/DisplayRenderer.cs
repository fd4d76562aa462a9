using System.Runtime.CompilerServices;

namespace MembraneKit.Interactive;

/// <summary>
/// Renders a display once for all its mime types. A kernel builds a mime bundle by asking the formatter for
/// each preferred mime type in turn (HTML first) with the same object; the HTML is remembered for that object,
/// and the picture and equations are read off it (<see cref="DisplayParts"/>), so the ids in the HTML and in
/// the SVG agree and plotly.js is carried by the HTML alone. Asked for a picture or equations before any HTML,
/// it renders quietly (<see cref="PlotlyLibrary.Quietly"/>).
/// </summary>
internal static class DisplayRenderer
{
    private static readonly ConditionalWeakTable<object, DisplayParts> _last = [];

    /// <summary>The HTML of a display, remembered for its other representations.</summary>
    internal static string Html(object value, Func<object, string> html)
    {
        var parts = DisplayParts.Of(html(value));
        _last.AddOrUpdate(value, parts);
        return parts.Html;
    }

    /// <summary>The picture as an SVG document; a display with none (a membrane without ions) gets a picture of
    /// its plain text, because a type's mime types are fixed and an empty image would show nothing.</summary>
    internal static string Svg(object value, Func<object, string> html, Func<object, string> text) =>
        PartsOf(value, html).Svg ?? TextPicture(text(value));

    /// <summary>The equations as LaTeX; a display with none gets its plain text as LaTeX text.</summary>
    internal static string Latex(object value, Func<object, string> html, Func<object, string> text) =>
        PartsOf(value, html).Latex ?? "$\\text{" + Escape(text(value)) + "}$";

    private static DisplayParts PartsOf(object value, Func<object, string> html) =>
        _last.TryGetValue(value, out var parts) ? parts : PlotlyLibrary.Quietly(() => DisplayParts.Of(html(value)));

    private static string TextPicture(string text)
    {
        var lines = text.Split('\n');
        var svg = new SvgCanvas(DisplayIds.Next("text", text), 640, 12 + (18 * lines.Length), "Text", text, "mk-text-picture");
        for (var i = 0; i < lines.Length; i++)
        {
            svg.Text(8, 22 + (18 * i), lines[i]);
        }

        return svg.ToMarkup().Value;
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '\\' => "\\backslash ",
            '{' or '}' or '%' or '#' or '&' or '$' or '_' => "\\" + c,
            '^' => "\\^{}",
            '~' => "\\~{}",
            '\n' => " ",
            _ => c.ToString(),
        }));
}
