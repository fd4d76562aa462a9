using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>
/// The structural rules of nbformat 4 that this engine relies on, checked when a notebook is read so
/// that a broken file is rejected with what is wrong instead of being run as something else (a file
/// without <c>cells</c> as an empty notebook).
/// </summary>
/// <remarks>
/// Every rule here is one the official nbformat validator also enforces (tests check each rejection
/// against it), so every notebook it accepts loads. The validator is stricter in places where a
/// notebook can still be run faithfully (a missing <c>metadata</c> or <c>nbformat_minor</c>, a code
/// cell without <c>outputs</c>, a 4.5 cell without an <c>id</c>); those are accepted, as Jupyter
/// front ends open such files too.
/// </remarks>
internal static class NotebookFormat
{
    private const string Shape = "an nbformat 4 notebook is a JSON object with \"cells\", \"metadata\", \"nbformat\": 4 and \"nbformat_minor\"";

    private static readonly string[] CellTypes = ["code", "markdown", "raw"];

    private static readonly string[] OutputTypes = ["stream", "display_data", "execute_result", "error"];

    /// <summary>What makes <paramref name="root"/> not an nbformat 4 notebook, or <see langword="null"/> when nothing does.</summary>
    public static string? FindProblem(JsonNode? root)
    {
        if (root is not JsonObject notebook)
        {
            return $"the JSON is {Describe(root)}, not a notebook ({Shape})";
        }

        if (!notebook.TryGetPropertyValue("nbformat", out var major))
        {
            return $"no \"nbformat\" version ({Shape})";
        }

        if (!IsInteger(major, out var version))
        {
            return $"\"nbformat\" is {Describe(major)}, not the integer 4";
        }

        if (version != 4)
        {
            return $"it is nbformat {version}; this engine reads nbformat 4 (jupyter nbconvert --to notebook converts older files)";
        }

        if (notebook.TryGetPropertyValue("nbformat_minor", out var minor) && (!IsInteger(minor, out var minorVersion) || minorVersion < 0))
        {
            return $"\"nbformat_minor\" is {Describe(minor)}, not a whole number";
        }

        if (notebook.TryGetPropertyValue("metadata", out var metadata) && metadata is not JsonObject)
        {
            return $"the notebook's \"metadata\" is {Describe(metadata)}, not an object";
        }

        if (!notebook.TryGetPropertyValue("cells", out var cellsNode))
        {
            return $"no \"cells\" array ({Shape})";
        }

        if (cellsNode is not JsonArray cells)
        {
            return $"\"cells\" is {Describe(cellsNode)}, not an array";
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (FindCellProblem(cells[i], $"cell {i + 1}") is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? FindCellProblem(JsonNode? node, string cellName)
    {
        if (node is not JsonObject cell)
        {
            return $"{cellName} is {Describe(node)}, not an object";
        }

        if (!cell.TryGetPropertyValue("cell_type", out var typeNode))
        {
            return $"{cellName} has no \"cell_type\" (nbformat 4 allows \"code\", \"markdown\" and \"raw\")";
        }

        if (typeNode is not JsonValue typeValue || typeValue.GetValueKind() != JsonValueKind.String || !CellTypes.Contains(typeValue.GetValue<string>()))
        {
            return $"{cellName} has \"cell_type\" {Describe(typeNode)}; nbformat 4 allows \"code\", \"markdown\" and \"raw\"";
        }

        if (!cell.TryGetPropertyValue("source", out var source))
        {
            return $"{cellName} has no \"source\"";
        }

        if (!IsMultiline(source))
        {
            return $"{cellName}'s \"source\" is {Describe(source)}; it must be a string or an array of strings";
        }

        if (cell.TryGetPropertyValue("metadata", out var metadata) && metadata is not JsonObject)
        {
            return $"{cellName}'s \"metadata\" is {Describe(metadata)}, not an object";
        }

        if (typeValue.GetValue<string>() != "code")
        {
            return null;
        }

        if (cell.TryGetPropertyValue("execution_count", out var count) && count is not null && !IsInteger(count, out _))
        {
            return $"{cellName}'s \"execution_count\" is {Describe(count)}; it must be a whole number or null";
        }

        if (!cell.TryGetPropertyValue("outputs", out var outputsNode))
        {
            return null;
        }

        if (outputsNode is not JsonArray outputs)
        {
            return $"{cellName}'s \"outputs\" is {Describe(outputsNode)}, not an array";
        }

        for (var k = 0; k < outputs.Count; k++)
        {
            if (FindOutputProblem(outputs[k], $"{cellName}, output {k + 1}") is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? FindOutputProblem(JsonNode? node, string outputName)
    {
        if (node is not JsonObject output)
        {
            return $"{outputName} is {Describe(node)}, not an object";
        }

        var type = output["output_type"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        if (type is null || !OutputTypes.Contains(type))
        {
            return $"{outputName} has \"output_type\" {Describe(output["output_type"])}; nbformat 4 allows \"stream\", \"display_data\", \"execute_result\" and \"error\"";
        }

        return type switch
        {
            "stream" when !IsString(output["name"]) => $"{outputName} (a stream) has \"name\" {Describe(output["name"])}, not a string",
            "stream" when !IsMultiline(output["text"]) => $"{outputName} (a stream) has \"text\" {Describe(output["text"])}; it must be a string or an array of strings",
            "execute_result" when !IsInteger(output["execution_count"], out _) && output["execution_count"] is not null =>
                $"{outputName} (an execute_result) has \"execution_count\" {Describe(output["execution_count"])}; it must be a whole number or null",
            "error" when !IsString(output["ename"]) || !IsString(output["evalue"]) => $"{outputName} (an error) needs string \"ename\" and \"evalue\"",
            "error" when output["traceback"] is not JsonArray traceback || !traceback.All(IsString) => $"{outputName} (an error) needs a \"traceback\" array of strings",
            _ => null,
        };
    }

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String;

    private static bool IsMultiline(JsonNode? node) => IsString(node) || (node is JsonArray lines && lines.All(IsString));

    private static bool IsInteger(JsonNode? node, out long integer)
    {
        integer = 0;
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (value.TryGetValue<JsonElement>(out var element))
        {
            // 4.0 is a number but not an integer, for nbformat's schema as for this check.
            return element.TryGetInt64(out integer);
        }

        if (value.TryGetValue<int>(out var small))
        {
            integer = small;
            return true;
        }

        return value.TryGetValue(out integer);
    }

    private static string Describe(JsonNode? node)
    {
        var kind = node?.GetValueKind() ?? JsonValueKind.Null;
        var text = node?.ToJsonString() ?? "null";
        return kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => text.Length <= 40 ? text : "a string",
            JsonValueKind.Null => "null",
            _ => text.Length <= 40 ? text : "a value",
        };
    }
}
