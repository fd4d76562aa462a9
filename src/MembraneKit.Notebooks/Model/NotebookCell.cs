using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>
/// One cell of a <see cref="Notebook"/>: a view over its JSON object, so fields this model does not
/// know (and every metadata entry) survive a round trip untouched.
/// </summary>
public sealed class NotebookCell
{
    internal NotebookCell(JsonObject json) => Json = json;

    /// <summary>The cell's JSON object; edits here are saved with the notebook.</summary>
    public JsonObject Json { get; }

    /// <summary>The nbformat <c>cell_type</c>: <c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public string CellType => Json["cell_type"]?.GetValue<string>() ?? "code";

    /// <summary>Whether this is a code cell.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The cell's id (nbformat 4.5 and later), if it has one.</summary>
    public string? Id => Json["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : null;

    /// <summary>The cell's source text; setting it stores it as lines, as Jupyter does.</summary>
    public string Source
    {
        get => JupyterJson.JoinMultiline(Json["source"]);
        set => Json["source"] = JupyterJson.SplitLines(value);
    }

    /// <summary>The cell's metadata object (created empty if the file had none).</summary>
    public JsonObject Metadata
    {
        get
        {
            if (Json["metadata"] is JsonObject metadata)
            {
                return metadata;
            }

            var created = new JsonObject();
            Json["metadata"] = created;
            return created;
        }
    }

    /// <summary>The cell's tags (<c>metadata.tags</c>), such as <c>parameters</c>.</summary>
    public IReadOnlyList<string> Tags =>
        Json["metadata"]?["tags"] is JsonArray tags
            ? tags.Where(tag => tag is JsonValue value && value.GetValueKind() == JsonValueKind.String).Select(tag => tag!.GetValue<string>()).ToArray()
            : [];

    /// <summary>
    /// The kernel named in the cell's metadata (<c>polyglot_notebook.kernelName</c> or
    /// <c>dotnet_interactive.language</c>), or <see langword="null"/>.
    /// </summary>
    public string? KernelName =>
        ReadString(Json["metadata"]?["polyglot_notebook"]?["kernelName"])
        ?? ReadString(Json["metadata"]?["dotnet_interactive"]?["language"]);

    /// <summary>The execution count of a code cell, or <see langword="null"/> when it has not run.</summary>
    public int? ExecutionCount
    {
        get => Json["execution_count"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<int>() : null;
        set
        {
            if (IsCode)
            {
                Json["execution_count"] = value is { } count ? JsonValue.Create(count) : null;
            }
        }
    }

    /// <summary>The outputs of a code cell (empty for other cells); unknown output types are left out.</summary>
    public IReadOnlyList<NotebookOutput> Outputs =>
        Json["outputs"] is JsonArray outputs
            ? outputs.OfType<JsonObject>().Select(NotebookOutput.FromJson).OfType<NotebookOutput>().ToArray()
            : [];

    /// <summary>Removes every output and the execution count of a code cell.</summary>
    public void ClearOutputs()
    {
        if (IsCode)
        {
            Json["outputs"] = new JsonArray();
            Json["execution_count"] = null;
        }
    }

    /// <summary>Appends an output to a code cell.</summary>
    /// <param name="output">The output to append.</param>
    public void AddOutput(NotebookOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Json["outputs"] is not JsonArray outputs)
        {
            outputs = new JsonArray();
            Json["outputs"] = outputs;
        }

        outputs.Add(output.ToJson());
    }

    /// <summary>Replaces the output at <paramref name="index"/> of a code cell (a display updated in place).</summary>
    internal void ReplaceOutput(int index, NotebookOutput output)
    {
        if (Json["outputs"] is JsonArray outputs && index >= 0 && index < outputs.Count)
        {
            outputs[index] = output.ToJson();
        }
    }

    /// <summary>Makes a new code cell.</summary>
    /// <param name="source">The cell's source.</param>
    /// <param name="tags">Tags for <c>metadata.tags</c>.</param>
    /// <param name="kernelName">A kernel name for <c>metadata.polyglot_notebook.kernelName</c>, or <see langword="null"/>.</param>
    public static NotebookCell CreateCode(string source, IEnumerable<string>? tags = null, string? kernelName = null)
    {
        var metadata = new JsonObject();
        if (kernelName is not null)
        {
            metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernelName };
        }

        var tagList = tags?.ToArray() ?? [];
        if (tagList.Length > 0)
        {
            metadata["tags"] = new JsonArray(tagList.Select(tag => (JsonNode?)JsonValue.Create(tag)).ToArray());
        }

        return new NotebookCell(new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = metadata,
            ["outputs"] = new JsonArray(),
            ["source"] = JupyterJson.SplitLines(source),
        });
    }

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
