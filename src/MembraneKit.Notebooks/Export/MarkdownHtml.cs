using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MembraneKit.Notebooks;

/// <summary>
/// A small markdown renderer for notebook text cells: headings, paragraphs, lists, block quotes,
/// fenced code, emphasis, inline code and links. Every piece of text is HTML-encoded first; raw HTML
/// in markdown is shown as text, never injected.
/// </summary>
internal static partial class MarkdownHtml
{
    public static string Render(string markdown)
    {
        var html = new StringBuilder();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var paragraph = new List<string>();
        string? listTag = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                var code = new StringBuilder();
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
                {
                    code.Append(lines[i]).Append('\n');
                }

                html.Append("<pre><code>").Append(WebUtility.HtmlEncode(code.ToString())).Append("</code></pre>\n");
                continue;
            }

            Match match;
            if ((match = Heading().Match(line)).Success)
            {
                Flush();
                var level = match.Groups[1].Value.Length;
                html.Append("<h").Append(level).Append('>').Append(Inline(match.Groups[2].Value)).Append("</h").Append(level).Append(">\n");
            }
            else if ((match = ListItem().Match(line)).Success)
            {
                FlushParagraph();
                var tag = char.IsDigit(match.Groups[1].Value[0]) ? "ol" : "ul";
                if (listTag != tag)
                {
                    CloseList();
                    html.Append('<').Append(tag).Append(">\n");
                    listTag = tag;
                }

                html.Append("<li>").Append(Inline(match.Groups[2].Value)).Append("</li>\n");
            }
            else if (line.StartsWith('>'))
            {
                Flush();
                html.Append("<blockquote>").Append(Inline(line.TrimStart('>', ' '))).Append("</blockquote>\n");
            }
            else if (line.Trim().Length == 0)
            {
                Flush();
            }
            else
            {
                CloseList();
                paragraph.Add(line.Trim());
            }
        }

        Flush();
        return html.ToString();

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                html.Append("<p>").Append(Inline(string.Join(" ", paragraph))).Append("</p>\n");
                paragraph.Clear();
            }
        }

        void CloseList()
        {
            if (listTag is not null)
            {
                html.Append("</").Append(listTag).Append(">\n");
                listTag = null;
            }
        }

        void Flush()
        {
            FlushParagraph();
            CloseList();
        }
    }

    private static string Inline(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        encoded = InlineCode().Replace(encoded, "<code>$1</code>");
        encoded = Bold().Replace(encoded, "<strong>$1</strong>");
        encoded = Italic().Replace(encoded, "<em>$1</em>");
        return Link().Replace(encoded, match =>
        {
            var url = match.Groups[2].Value;
            var safe = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#');
            return safe ? $"<a href=\"{url}\">{match.Groups[1].Value}</a>" : match.Groups[1].Value;
        });
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*([-*+]|\d+\.)\s+(.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![*\w])\*([^*]+)\*(?![*\w])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
