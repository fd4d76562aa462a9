using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MembraneKit.Notebooks;

/// <summary>
/// Renders notebook text cells with Markdig (CommonMark plus pipe tables, emphasis extras and
/// auto-links). Raw HTML in markdown is shown as text (<c>DisableHtml</c>), and every link, auto-link
/// and image whose address is not on an allow-list of schemes is shown as its text alone: an exported
/// page must not run what a notebook's author typed, on load or on a click.
/// </summary>
/// <remarks>
/// <c>DisableHtml</c> alone is not enough: <c>[x](javascript:…)</c>, <c>&lt;javascript:…&gt;</c>, a
/// reference link defined with a <c>data:</c> address and <c>![x](vbscript:…)</c> are markdown, not raw
/// HTML. Links may use <c>http</c>, <c>https</c> and <c>mailto</c> or be relative; images <c>http</c>,
/// <c>https</c>, a relative path or a <c>data:image/</c> PNG, JPEG, GIF or WebP. The scheme is read
/// the way a browser reads it: after Markdig has decoded entities, ignoring the whitespace and control
/// characters a browser ignores, in any letter case.
/// </remarks>
internal static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    private static readonly string[] ImageSchemes = ["http", "https"];

    private static readonly string[] ImageDataTypes = ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"];

    public static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            // A dynamic address (from an extension) would bypass the check; none of ours sets one.
            link.GetDynamicUrl = null;
            if (!IsAllowed(link.Url, link.IsImage))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsAllowed(autolink.Url, image: false))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            // The last guard: whatever reaches an href or src is checked again.
            LinkRewriter = url => IsAllowed(url, image: false) || IsAllowed(url, image: true) ? url : "",
        };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Whether <paramref name="url"/> may become an <c>href</c> (or, for an image, a <c>src</c>).</summary>
    internal static bool IsAllowed(string? url, bool image)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers drop tabs and newlines anywhere in a URL and C0 controls and spaces around it.
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#', '\\']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            // No scheme: a relative address (a fragment, a path, a query).
            return true;
        }

        var scheme = compact[..colon].ToLowerInvariant();
        if ((image ? ImageSchemes : LinkSchemes).Contains(scheme, StringComparer.Ordinal))
        {
            return true;
        }

        return image && ImageDataTypes.Any(type => compact.StartsWith(type, StringComparison.OrdinalIgnoreCase)
            && compact.Length > type.Length && compact[type.Length] is ';' or ',');
    }

    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
