using System.Net;
using System.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Notebooks;

/// <summary>The magics <c>#!who</c> and <c>#!whos</c>: the session's variables, as the C# kernel lists them.</summary>
public sealed partial class NotebookSession
{
    /// <summary>The session's variables in the order they were first declared, each with its latest value.</summary>
    private IReadOnlyList<(string Name, object? Value)> Variables() =>
        _state is null ? [] : [.. _state.Variables.GroupBy(v => v.Name, StringComparer.Ordinal).Select(g => (g.Key, g.Last().Value))];

    /// <summary><c>#!who</c>: the names of the variables.</summary>
    private DisplayDataOutput Who()
    {
        // The C# kernel writes each name followed by a tab and a space, as a sequence: "[ x\t , y\t  ]".
        var names = Variables().Select(v => v.Name + "\t ").ToArray();
        var text = $"[ {string.Join(", ", names)} ]";
        return new DisplayDataOutput(new Dictionary<string, string>
        {
            [MimeBundles.Html] = $"<div>{WebUtility.HtmlEncode(text)}</div>",
            [MimeBundles.PlainText] = text,
        });
    }

    /// <summary><c>#!whos</c>: a table of the variables with the type and the value of each.</summary>
    private DisplayDataOutput Whos()
    {
        var variables = Variables();
        var html = new StringBuilder("<table><thead><tr><th>Variable</th><th>Type</th><th>Value</th></tr></thead><tbody>");
        var text = new StringBuilder();
        var width = variables.Select(v => v.Name.Length).Append("Variable".Length).Max();
        text.Append("Variable".PadRight(width)).Append("  Type\n");
        foreach (var (name, value) in variables)
        {
            var type = value?.GetType();
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(name)).Append("</td><td>")
                .Append(type.ToDisplayString(MimeBundles.Html)).Append("</td><td>")
                .Append(value.ToDisplayString(MimeBundles.Html)).Append("</td></tr>");
            text.Append(name.PadRight(width)).Append("  ").Append(type?.ToString() ?? "<null>").Append('\n')
                .Append(string.Concat(value.ToDisplayString(MimeBundles.PlainText).Split('\n').Select(line => $"    {line}\n")));
        }

        html.Append("</tbody></table>");
        return new DisplayDataOutput(new Dictionary<string, string> { [MimeBundles.Html] = html.ToString(), [MimeBundles.PlainText] = text.ToString() });
    }
}
