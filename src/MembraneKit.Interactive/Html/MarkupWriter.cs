using System.Text;

namespace MembraneKit.Interactive;

/// <summary>
/// A small writer for HTML, SVG and MathML. Tag and attribute names are fixed identifiers checked on use;
/// every attribute value and text run is encoded by <see cref="Encode.Text"/>. Nested markup can only be
/// inserted as a <see cref="Markup"/> made by another writer, so no unencoded string can slip in.
/// </summary>
internal sealed class MarkupWriter
{
    private readonly StringBuilder _builder = new();
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element: <c>&lt;tag a="v"&gt;</c>. Null attribute values are left out.</summary>
    internal MarkupWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStart(tag, attributes);
        _builder.Append('>');
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    internal MarkupWriter Close()
    {
        _builder.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    internal MarkupWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close();

    /// <summary>An element holding nested markup.</summary>
    internal MarkupWriter Element(string tag, Markup content, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Append(content).Close();

    /// <summary>An element with no content, written self-closed (<c>&lt;line … /&gt;</c>), as SVG and MathML allow.</summary>
    internal MarkupWriter Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStart(tag, attributes);
        _builder.Append("/>");
        return this;
    }

    /// <summary>Encoded text.</summary>
    internal MarkupWriter Text(string? text)
    {
        _builder.Append(Encode.Text(text));
        return this;
    }

    /// <summary>Markup made by another writer.</summary>
    internal MarkupWriter Append(Markup markup)
    {
        _builder.Append(markup.Value);
        return this;
    }

    /// <summary>A script element with JavaScript source; the source is escaped so it cannot close the element early.</summary>
    internal MarkupWriter Script(string javaScript, params (string Name, string? Value)[] attributes)
    {
        WriteStart("script", attributes);
        _builder.Append('>').Append(Encode.ScriptText(javaScript)).Append("</script>");
        return this;
    }

    /// <summary>A style element; the CSS comes from this library's constants, never from user input.</summary>
    internal MarkupWriter Style(string css)
    {
        _builder.Append("<style>").Append(Encode.ScriptText(css)).Append("</style>");
        return this;
    }

    /// <summary>Line break in the markup source (readability of snapshots only).</summary>
    internal MarkupWriter Line()
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>The markup written so far; every opened element must be closed.</summary>
    internal Markup ToMarkup()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"Unclosed element <{_open.Peek()}> in display markup.");
        }

        return new Markup(_builder.ToString());
    }

    /// <inheritdoc/>
    public override string ToString() => ToMarkup().Value;

    private void WriteStart(string tag, (string Name, string? Value)[] attributes)
    {
        RequireName(tag);
        _builder.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            RequireName(name);
            _builder.Append(' ').Append(name).Append("=\"").Append(Encode.Text(value)).Append('"');
        }
    }

    private static void RequireName(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_'))
        {
            throw new ArgumentException($"'{name}' is not a valid element or attribute name.", nameof(name));
        }
    }
}
