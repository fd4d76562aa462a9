using System.Text;
using System.Xml.Linq;

namespace MembraneKit.Interactive;

/// <summary>
/// A picture (an SVG diagram or the static drawing of a chart) placed in a display's HTML as
/// <c>&lt;img src="data:image/svg+xml;base64,…" alt="…"&gt;</c> rather than as inline SVG. HTML sanitizers
/// (classic Notebook and JupyterLab for untrusted outputs) strip <c>&lt;svg&gt;</c> and keep its text nodes,
/// which then read as a run-on jumble; they keep an image with a data URI and its text alternative, and a
/// browser draws an SVG image without running anything in it. The picture is carried once, here; its
/// <c>image/svg+xml</c> representation is decoded from this element (<see cref="DisplayParts"/>).
/// </summary>
internal static class Picture
{
    /// <summary>The CSS class that marks the element.</summary>
    internal const string CssClass = "mk-picture";

    /// <summary>The prefix of the data URI.</summary>
    internal const string DataUriPrefix = "data:image/svg+xml;base64,";

    /// <summary>The image element for an SVG document; its alt text is the SVG's title and description.</summary>
    internal static Markup Image(Markup svg)
    {
        var root = XElement.Parse(svg.Value);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var title = (string?)root.Element(ns + "title") ?? (string?)root.Element("title") ?? "";
        var desc = (string?)root.Element(ns + "desc") ?? (string?)root.Element("desc") ?? "";
        var alt = string.Join(": ", new[] { title, desc }.Where(t => t.Length > 0));
        return new MarkupWriter().Empty("img",
            ("class", CssClass),
            ("src", DataUriPrefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg.Value))),
            ("alt", alt),
            ("width", (string?)root.Attribute("width")),
            ("height", (string?)root.Attribute("height"))).ToMarkup();
    }

    /// <summary>Is this markup an SVG document (rather than other figure markup such as a fold)?</summary>
    internal static bool IsSvg(Markup markup) => markup.Value.StartsWith("<svg", StringComparison.Ordinal);
}
