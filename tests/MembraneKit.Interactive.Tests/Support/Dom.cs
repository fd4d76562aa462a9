using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MembraneKit.Interactive.Tests;

/// <summary>Parses display HTML the way a browser does (AngleSharp, HTML5 parsing rules).</summary>
internal static class Dom
{
    internal static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
