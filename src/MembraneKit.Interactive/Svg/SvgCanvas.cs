using System.Globalization;

namespace MembraneKit.Interactive;

/// <summary>
/// A small SVG writer for hand-drawn diagrams: shapes with numeric coordinates, encoded text, and the
/// <c>&lt;title&gt;</c>/<c>&lt;desc&gt;</c> text alternative every picture carries for screen readers.
/// </summary>
internal sealed class SvgCanvas
{
    private readonly MarkupWriter _w = new();
    private readonly string _id;

    internal SvgCanvas(string id, double width, double height, string title, string description, string cssClass)
    {
        _id = id;
        _w.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("id", id),
            ("class", cssClass),
            ("width", N(width)),
            ("height", N(height)),
            ("viewBox", $"0 0 {N(width)} {N(height)}"),
            ("role", "img"),
            ("aria-labelledby", $"{id}-title {id}-desc"),
            ("font-family", "system-ui, sans-serif"),
            ("font-size", "12"))
            .Element("title", title, ("id", id + "-title"))
            .Element("desc", description, ("id", id + "-desc"));
    }

    /// <summary>The id of the root &lt;svg&gt; element.</summary>
    internal string Id => _id;

    internal SvgCanvas Rect(double x, double y, double width, double height, string fill, string? stroke = null, string? cssClass = null) =>
        Do(w => w.Empty("rect", ("x", N(x)), ("y", N(y)), ("width", N(width)), ("height", N(height)), ("fill", fill), ("stroke", stroke), ("class", cssClass)));

    internal SvgCanvas Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null, string? cssClass = null) =>
        Do(w => w.Empty("line", ("x1", N(x1)), ("y1", N(y1)), ("x2", N(x2)), ("y2", N(y2)), ("stroke", stroke), ("stroke-width", N(width)), ("stroke-dasharray", dash), ("class", cssClass)));

    internal SvgCanvas Circle(double cx, double cy, double r, string fill, string? stroke = null) =>
        Do(w => w.Empty("circle", ("cx", N(cx)), ("cy", N(cy)), ("r", N(r)), ("fill", fill), ("stroke", stroke)));

    /// <summary>Text; <paramref name="anchor"/> is start, middle or end.</summary>
    internal SvgCanvas Text(double x, double y, string text, string anchor = "start", string? weight = null, double? size = null, string fill = "#1f2937", string? cssClass = null) =>
        Do(w => w.Element("text", text, ("x", N(x)), ("y", N(y)), ("text-anchor", anchor), ("font-weight", weight), ("font-size", size is { } s ? N(s) : null), ("fill", fill), ("class", cssClass)));

    /// <summary>A straight arrow from (x1, y1) to (x2, y2) with a filled head, grouped with the data attributes given.</summary>
    internal SvgCanvas Arrow(double x1, double y1, double x2, double y2, string color, double width, params (string Name, string? Value)[] groupAttributes)
    {
        var length = Math.Sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1));
        var (ux, uy) = ((x2 - x1) / length, (y2 - y1) / length);
        var head = 4 * width + 4;
        var (bx, by) = (x2 - ux * head, y2 - uy * head);
        var (px, py) = (-uy * head * 0.55, ux * head * 0.55);
        _w.Open("g", groupAttributes)
            .Empty("line", ("x1", N(x1)), ("y1", N(y1)), ("x2", N(bx)), ("y2", N(by)), ("stroke", color), ("stroke-width", N(width)), ("stroke-linecap", "round"))
            .Empty("polygon", ("points", $"{N(x2)},{N(y2)} {N(bx + px)},{N(by + py)} {N(bx - px)},{N(by - py)}"), ("fill", color))
            .Close();
        return this;
    }

    /// <summary>Opens a group with attributes (close it with <see cref="EndGroup"/>).</summary>
    internal SvgCanvas Group(params (string Name, string? Value)[] attributes) => Do(w => w.Open("g", attributes));

    internal SvgCanvas EndGroup() => Do(w => w.Close());

    /// <summary>The finished &lt;svg&gt; element.</summary>
    internal Markup ToMarkup() => _w.Close().ToMarkup();

    /// <summary>A coordinate with at most two decimals, invariant culture.</summary>
    internal static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private SvgCanvas Do(Action<MarkupWriter> action)
    {
        action(_w);
        return this;
    }
}
