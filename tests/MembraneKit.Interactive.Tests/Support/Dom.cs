using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MembraneKit.Interactive.Tests;

/// <summary>Parses display HTML the way a browser does (AngleSharp, HTML5 parsing rules).</summary>
internal static class Dom
{
    /// <summary>The document, with each picture (<c>img.mk-picture</c>, an SVG in a data URI) replaced by the SVG it
    /// holds, as a browser draws it, so that tests can read the drawing's elements. Tests of the image element
    /// itself use <see cref="ParseAsWritten"/>.</summary>
    internal static IDocument Parse(string html)
    {
        var doc = ParseAsWritten(html);
        foreach (var img in doc.QuerySelectorAll("img.mk-picture").ToArray())
        {
            var src = img.GetAttribute("src") ?? "";
            const string prefix = "data:image/svg+xml;base64,";
            Assert.StartsWith(prefix, src, StringComparison.Ordinal);
            img.OuterHtml = Encoding.UTF8.GetString(Convert.FromBase64String(src[prefix.Length..]));
        }

        return doc;
    }

    /// <summary>The document exactly as written.</summary>
    internal static IDocument ParseAsWritten(string html) => new HtmlParser().ParseDocument(html);
}
