using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace MembraneKit.Notebooks;

/// <summary>
/// An XML documentation comment (<c>&lt;member&gt;…&lt;/member&gt;</c>) read into its parts, each
/// rendered as plain text and as Markdown: <c>&lt;see cref&gt;</c> becomes the member's short name,
/// <c>&lt;c&gt;</c> code, <c>&lt;para&gt;</c> a paragraph, <c>&lt;list&gt;</c> a bulleted list.
/// </summary>
internal sealed partial class DocumentationText
{
    private DocumentationText(XElement? member)
    {
        Summary = Render(member?.Element("summary"));
        Returns = Render(member?.Element("returns"));
        Value = Render(member?.Element("value"));
        Remarks = Render(member?.Element("remarks"));
        TypeParameters = Named(member, "typeparam", "name");
        Parameters = Named(member, "param", "name");
        Exceptions = Named(member, "exception", "cref");
    }

    public Rendered Summary { get; }

    public Rendered Returns { get; }

    public Rendered Value { get; }

    public Rendered Remarks { get; }

    public IReadOnlyList<(string Name, Rendered Text)> TypeParameters { get; }

    public IReadOnlyList<(string Name, Rendered Text)> Parameters { get; }

    public IReadOnlyList<(string Name, Rendered Text)> Exceptions { get; }

    /// <summary>Reads a comment; an empty or malformed one has empty parts.</summary>
    public static DocumentationText Parse(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return new DocumentationText(null);
        }

        try
        {
            return new DocumentationText(XElement.Parse(xml, LoadOptions.PreserveWhitespace));
        }
        catch (XmlException)
        {
            return new DocumentationText(null);
        }
    }

    /// <summary>The short name a <c>cref</c> points to: <c>M:System.Math.Sqrt(System.Double)</c> → <c>Sqrt</c>, <c>T:System.Collections.Generic.List`1</c> → <c>List</c>.</summary>
    public static string ShortName(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        if (parameters >= 0)
        {
            name = name[..parameters];
        }

        name = name[(name.LastIndexOf('.') + 1)..];
        var arity = name.IndexOf('`', StringComparison.Ordinal);
        return arity >= 0 ? name[..arity] : name;
    }

    /// <summary>Escapes the characters Markdown would read as markup (or HTML) in running text.</summary>
    public static string EscapeMarkdown(string text) => MarkdownSpecial().Replace(text, @"\$0");

    /// <summary>A Markdown code span holding <paramref name="code"/> literally, whatever backticks it has.</summary>
    public static string CodeSpan(string code)
    {
        var fence = new string('`', LongestBacktickRun(code) + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : "";
        return fence + pad + code + pad + fence;
    }

    /// <summary>A fenced Markdown code block, its fence longer than any backtick run inside.</summary>
    public static string CodeBlock(string code, string language)
    {
        var fence = new string('`', Math.Max(3, LongestBacktickRun(code) + 1));
        return $"{fence}{language}\n{code}\n{fence}";
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static IReadOnlyList<(string Name, Rendered Text)> Named(XElement? member, string element, string attribute) =>
        member?.Elements(element)
            .Select(e => (Name: (string?)e.Attribute(attribute) ?? "", Text: Render(e)))
            .Select(p => (attribute == "cref" ? ShortName(p.Name) : p.Name, p.Text))
            .Where(p => p.Item1.Length > 0)
            .ToArray() ?? [];

    private static Rendered Render(XElement? element)
    {
        if (element is null)
        {
            return Rendered.Empty;
        }

        var plain = new StringBuilder();
        var markdown = new StringBuilder();
        Append(element.Nodes(), plain, markdown);
        return new Rendered(Tidy(plain.ToString()), Tidy(markdown.ToString()));
    }

    private static void Append(IEnumerable<XNode> nodes, StringBuilder plain, StringBuilder markdown)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText text:
                    var collapsed = Whitespace().Replace(text.Value, " ");
                    plain.Append(AtLineStart(plain) ? collapsed.TrimStart() : collapsed);
                    markdown.Append(EscapeMarkdown(AtLineStart(markdown) ? collapsed.TrimStart() : collapsed));
                    break;
                case XElement element:
                    AppendElement(element, plain, markdown);
                    break;
            }
        }
    }

    private static void AppendElement(XElement element, StringBuilder plain, StringBuilder markdown)
    {
        switch (element.Name.LocalName)
        {
            case "see" or "seealso":
                var label = element.Value.Trim() is { Length: > 0 } inner ? inner
                    : (string?)element.Attribute("cref") is { } cref ? ShortName(cref)
                    : (string?)element.Attribute("langword") ?? (string?)element.Attribute("href") ?? "";
                plain.Append(label);
                markdown.Append(element.Attribute("href") is null ? CodeSpan(label) : EscapeMarkdown(label));
                break;
            case "paramref" or "typeparamref":
                var name = (string?)element.Attribute("name") ?? "";
                plain.Append(name);
                markdown.Append(CodeSpan(name));
                break;
            case "c":
                plain.Append(element.Value);
                markdown.Append(CodeSpan(element.Value));
                break;
            case "code":
                var code = TrimCode(element.Value);
                plain.Append("\n\n").Append(code).Append("\n\n");
                markdown.Append("\n\n").Append(CodeBlock(code, "csharp")).Append("\n\n");
                break;
            case "para":
                plain.Append("\n\n");
                markdown.Append("\n\n");
                Append(element.Nodes(), plain, markdown);
                plain.Append("\n\n");
                markdown.Append("\n\n");
                break;
            case "br":
                plain.Append('\n');
                markdown.Append("\\\n");
                break;
            case "list":
                plain.Append('\n');
                markdown.Append("\n\n");
                foreach (var item in element.Elements("item"))
                {
                    plain.Append("\n- ");
                    markdown.Append("\n- ");
                    var term = item.Element("term");
                    var description = item.Element("description");
                    if (term is not null)
                    {
                        Append(term.Nodes(), plain, markdown);
                        if (description is not null)
                        {
                            plain.Append(": ");
                            markdown.Append(": ");
                        }
                    }

                    Append(description?.Nodes() ?? (term is null ? item.Nodes() : []), plain, markdown);
                }

                plain.Append("\n\n");
                markdown.Append("\n\n");
                break;
            default:
                Append(element.Nodes(), plain, markdown);
                break;
        }
    }

    /// <summary>Removes the indentation a <c>&lt;code&gt;</c> block shares with the comment around it.</summary>
    private static string TrimCode(string code)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    private static bool AtLineStart(StringBuilder builder) => builder.Length == 0 || builder[^1] == '\n';

    /// <summary>Trims each line's end, keeps at most one blank line between paragraphs, and trims the whole.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd(' ')).ToArray();
        var builder = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blank > 0 ? "\n\n" : "\n");
            }

            blank = 0;
            builder.Append(line);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\\`*_\[\]<>&|~#]")]
    private static partial Regex MarkdownSpecial();

    /// <summary>One part of a comment in both renderings.</summary>
    internal sealed record Rendered(string PlainText, string Markdown)
    {
        public static Rendered Empty { get; } = new("", "");

        public bool IsEmpty => PlainText.Length == 0;
    }
}
