using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>Text a cell wrote to the console: <c>stdout</c> or <c>stderr</c>.</summary>
/// <param name="Name">The stream: <c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">The text written, line ends included.</param>
public sealed record StreamOutput(string Name, string Text) : NotebookOutput
{
    /// <summary>The standard-output stream name.</summary>
    public const string StandardOutput = "stdout";

    /// <summary>The standard-error stream name.</summary>
    public const string StandardError = "stderr";

    /// <inheritdoc/>
    public override string OutputType => "stream";

    /// <inheritdoc/>
    public override JsonObject ToJson() => new()
    {
        ["output_type"] = OutputType,
        ["name"] = Name,
        ["text"] = JupyterJson.SplitLines(Text),
    };
}
