using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>The value of a cell's trailing expression (one written without a semicolon).</summary>
/// <param name="ExecutionCount">The execution count of the cell that produced it.</param>
/// <param name="Data">Mime type → text; always holds <c>text/plain</c> when the engine made it.</param>
public sealed record ExecuteResultOutput(int ExecutionCount, IReadOnlyDictionary<string, string> Data) : NotebookOutput
{
    /// <inheritdoc/>
    public override string OutputType => "execute_result";

    /// <inheritdoc/>
    public override JsonObject ToJson() => new()
    {
        ["output_type"] = OutputType,
        ["execution_count"] = ExecutionCount,
        ["data"] = WriteBundle(Data),
        ["metadata"] = new JsonObject(),
    };
}
