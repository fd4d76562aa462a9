using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Kernel;

/// <summary>
/// The kernel's code assistance: <c>complete_request</c>, <c>inspect_request</c> and
/// <c>is_complete_request</c>, answered by the session's Roslyn analysis.
/// </summary>
/// <remarks>
/// Jupyter counts cursor positions in Unicode code points, .NET in UTF-16 units: positions are converted
/// both ways, so a cell with an emoji before the cursor completes at the right place.
/// </remarks>
public sealed partial class JupyterKernel
{
    /// <summary>A request that takes longer than this is answered with what is known (nothing).</summary>
    private static readonly TimeSpan AssistanceLimit = TimeSpan.FromSeconds(30);

    private async Task CompleteAsync(JupyterMessage request, KernelChannel channel)
    {
        var code = Text(request.Content, "code") ?? "";
        var cursor = Cursor(code, request.Content);
        using var limit = new CancellationTokenSource(AssistanceLimit);
        var completion = await _session.CompleteAsync(code, cursor, limit.Token).ConfigureAwait(false);
        var start = CodePoints.FromUtf16(code, completion.Start);
        var end = CodePoints.FromUtf16(code, completion.End);
        var types = new JsonArray();
        foreach (var item in completion.Items)
        {
            types.Add(new JsonObject
            {
                ["start"] = start,
                ["end"] = end,
                ["text"] = item.Text,
                ["type"] = JupyterType(item.Kind),
                ["signature"] = item.Detail ?? "",
            });
        }

        Reply(request, channel, "complete_reply", new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(completion.Items.Select(item => (JsonNode?)JsonValue.Create(item.Text)).ToArray()),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject { ["_jupyter_types_experimental"] = types },
        });
    }

    private async Task InspectAsync(JupyterMessage request, KernelChannel channel)
    {
        var code = Text(request.Content, "code") ?? "";
        var cursor = Cursor(code, request.Content);
        var detailLevel = Number(request.Content, "detail_level") is > 0 ? 1 : 0;
        using var limit = new CancellationTokenSource(AssistanceLimit);
        var inspection = await _session.InspectAsync(code, cursor, detailLevel, limit.Token).ConfigureAwait(false);
        var data = new JsonObject();
        if (inspection is not null)
        {
            data["text/plain"] = inspection.PlainText;
            data["text/markdown"] = inspection.Markdown;
        }

        Reply(request, channel, "inspect_reply", new JsonObject
        {
            ["status"] = "ok",
            ["found"] = inspection is not null,
            ["data"] = data,
            ["metadata"] = new JsonObject(),
        });
    }

    private void IsComplete(JupyterMessage request, KernelChannel channel)
    {
        var completeness = NotebookSession.CheckCompleteness(Text(request.Content, "code") ?? "");
        var reply = new JsonObject
        {
            ["status"] = completeness.Status switch
            {
                CompletenessStatus.Complete => "complete",
                CompletenessStatus.Incomplete => "incomplete",
                _ => "invalid",
            },
        };
        if (completeness.Status == CompletenessStatus.Incomplete)
        {
            reply["indent"] = completeness.Indent;
        }

        Reply(request, channel, "is_complete_reply", reply);
    }

    /// <summary>The request's <c>cursor_pos</c> (code points; the end of the code when absent) as a UTF-16 offset.</summary>
    private static int Cursor(string code, JsonObject content)
    {
        var points = CodePoints.Length(code);
        var cursor = Number(content, "cursor_pos") is { } given ? Math.Clamp(given, 0, points) : points;
        return CodePoints.ToUtf16(code, cursor);
    }

    /// <summary>The completion kinds front ends draw icons for (IPython's names), else the engine's own.</summary>
    private static string JupyterType(string kind) => kind switch
    {
        "method" => "function",
        "class" or "struct" or "interface" or "enum" or "delegate" or "type parameter" => "class",
        "namespace" => "module",
        "keyword" => "keyword",
        "local" or "field" or "property" or "event" or "constant" or "enum member" => "instance",
        "parameter" => "param",
        "snippet" => "statement",
        _ => kind,
    };
}
