using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>A failure: an exception, a compile error, a time limit, a cell the engine cannot run.</summary>
/// <param name="Name">The error's name (<c>ename</c>): the exception's type, or the kind of failure.</param>
/// <param name="Value">The message (<c>evalue</c>).</param>
/// <param name="Traceback">Lines that locate the failure, with cell-relative line numbers.</param>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : NotebookOutput
{
    /// <inheritdoc/>
    public override string OutputType => "error";

    /// <inheritdoc/>
    public override JsonObject ToJson() => new()
    {
        ["output_type"] = OutputType,
        ["ename"] = Name,
        ["evalue"] = Value,
        ["traceback"] = new JsonArray(Traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
    };
}
