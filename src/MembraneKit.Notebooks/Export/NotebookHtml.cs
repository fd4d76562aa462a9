using System.Net;
using System.Text;

namespace MembraneKit.Notebooks;

/// <summary>
/// Renders a notebook as one self-contained HTML page: markdown cells as formatted text, code cells
/// with their source and outputs. Every string from the notebook is HTML-encoded, except outputs'
/// <c>text/html</c> and <c>image/svg+xml</c>, which are what the cell meant to show and are embedded
/// as they are (as Jupyter front ends embed them); images become data URIs.
/// </summary>
public static class NotebookHtml
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
        .cell{margin:1rem 0}
        .source{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.6rem .8rem;overflow-x:auto;font-size:.9rem;margin:0}
        .prompt{color:#6e7781;font-family:ui-monospace,monospace;font-size:.8rem}
        .output{margin:.4rem 0 .4rem 1rem;overflow-x:auto}
        .output pre{margin:0;font-size:.9rem;white-space:pre-wrap}
        .stderr pre{background:#fff8f0}
        .error pre{color:#a40e26;background:#fff0f0;padding:.4rem}
        .markdown code{background:#f6f8fa;padding:0 .2rem;border-radius:3px}
        table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.2rem .5rem}
        """;

    /// <summary>Renders <paramref name="notebook"/> as a complete HTML document.</summary>
    /// <param name="notebook">The notebook, usually an executed copy.</param>
    /// <param name="title">The page title.</param>
    public static string Render(Notebook notebook, string title)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(title);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        foreach (var cell in notebook.Cells)
        {
            switch (cell.CellType)
            {
                case "markdown":
                    html.Append("<div class=\"cell markdown\">\n").Append(MarkdownHtml.Render(cell.Source)).Append("</div>\n");
                    break;
                case "code":
                    AppendCodeCell(html, cell);
                    break;
                default:
                    html.Append("<div class=\"cell raw\"><pre class=\"source\">").Append(Encode(cell.Source)).Append("</pre></div>\n");
                    break;
            }
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendCodeCell(StringBuilder html, NotebookCell cell)
    {
        var count = cell.ExecutionCount is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : " ";
        html.Append("<div class=\"cell code\">\n<div class=\"prompt\">In [").Append(count).Append("]:</div>\n");
        html.Append("<pre class=\"source\"><code>").Append(Encode(cell.Source)).Append("</code></pre>\n");
        foreach (var output in cell.Outputs)
        {
            switch (output)
            {
                case StreamOutput stream:
                    html.Append("<div class=\"output ").Append(stream.Name == StreamOutput.StandardError ? "stderr" : "stdout")
                        .Append("\"><pre>").Append(Encode(stream.Text)).Append("</pre></div>\n");
                    break;
                case DisplayDataOutput display:
                    AppendBundle(html, display.Data);
                    break;
                case ExecuteResultOutput result:
                    AppendBundle(html, result.Data);
                    break;
                case ErrorOutput error:
                    var text = $"{error.Name}: {error.Value}\n{string.Join("\n", error.Traceback)}";
                    html.Append("<div class=\"output error\"><pre>").Append(Encode(text)).Append("</pre></div>\n");
                    break;
            }
        }

        html.Append("</div>\n");
    }

    private static void AppendBundle(StringBuilder html, IReadOnlyDictionary<string, string> data)
    {
        html.Append("<div class=\"output\">");
        if (data.TryGetValue("text/html", out var markup))
        {
            html.Append(markup);
        }
        else if (data.TryGetValue("image/svg+xml", out var svg))
        {
            html.Append(svg);
        }
        else if (data.TryGetValue("image/png", out var png))
        {
            html.Append("<img alt=\"output image\" src=\"data:image/png;base64,").Append(Encode(png.Trim())).Append("\">");
        }
        else if (data.TryGetValue("image/jpeg", out var jpeg))
        {
            html.Append("<img alt=\"output image\" src=\"data:image/jpeg;base64,").Append(Encode(jpeg.Trim())).Append("\">");
        }
        else if (data.TryGetValue("text/markdown", out var markdown))
        {
            html.Append(MarkdownHtml.Render(markdown));
        }
        else if (data.TryGetValue("text/plain", out var plain))
        {
            html.Append("<pre>").Append(Encode(plain)).Append("</pre>");
        }

        html.Append("</div>\n");
    }

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);
}
