using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>
/// One output of a code cell, as Jupyter stores it: <see cref="StreamOutput"/>,
/// <see cref="DisplayDataOutput"/>, <see cref="ExecuteResultOutput"/> or <see cref="ErrorOutput"/>.
/// </summary>
/// <remarks>
/// Mime bundles map a mime type to its text; a JSON mime type (<c>application/json</c>,
/// <c>application/vnd.…+json</c>) holds its JSON text and is written as JSON, as nbformat requires.
/// </remarks>
public abstract record NotebookOutput
{
    private protected NotebookOutput()
    {
    }

    /// <summary>The nbformat <c>output_type</c>: <c>stream</c>, <c>display_data</c>, <c>execute_result</c> or <c>error</c>.</summary>
    public abstract string OutputType { get; }

    /// <summary>The output as an nbformat 4 JSON object (multi-line strings as arrays of lines).</summary>
    public abstract JsonObject ToJson();

    /// <summary>Reads an nbformat 4 output; <see langword="null"/> for an output type this model does not know.</summary>
    /// <param name="json">An element of a code cell's <c>outputs</c> array.</param>
    public static NotebookOutput? FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var type = json["output_type"]?.GetValue<string>();
        return type switch
        {
            "stream" => new StreamOutput(json["name"]?.GetValue<string>() ?? "stdout", JupyterJson.JoinMultiline(json["text"])),
            "display_data" => new DisplayDataOutput(ReadBundle(json["data"])),
            "execute_result" => new ExecuteResultOutput(
                json["execution_count"] is JsonValue count && count.GetValueKind() == JsonValueKind.Number ? count.GetValue<int>() : 0,
                ReadBundle(json["data"])),
            "error" => new ErrorOutput(
                json["ename"]?.GetValue<string>() ?? "",
                json["evalue"]?.GetValue<string>() ?? "",
                (json["traceback"] as JsonArray)?.Select(line => line?.GetValue<string>() ?? "").ToArray() ?? []),
            _ => null,
        };
    }

    private protected static JsonObject WriteBundle(IReadOnlyDictionary<string, string> data)
    {
        var bundle = new JsonObject();
        foreach (var (mimeType, text) in data)
        {
            bundle[mimeType] = IsJsonMimeType(mimeType) ? ParseJsonOrString(text) : JupyterJson.SplitLines(text);
        }

        return bundle;
    }

    private static IReadOnlyDictionary<string, string> ReadBundle(JsonNode? node)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is JsonObject bundle)
        {
            foreach (var (mimeType, value) in bundle)
            {
                data[mimeType] = IsJsonMimeType(mimeType) && value is not JsonValue ? value?.ToJsonString() ?? "null" : JupyterJson.JoinMultiline(value);
            }
        }

        return data;
    }

    private static bool IsJsonMimeType(string mimeType) => mimeType.EndsWith("json", StringComparison.OrdinalIgnoreCase);

    private static JsonNode ParseJsonOrString(string text)
    {
        try
        {
            return JsonNode.Parse(text) ?? JsonValue.Create(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
