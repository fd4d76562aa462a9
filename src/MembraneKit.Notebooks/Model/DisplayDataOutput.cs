using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>A value shown with <c>display(x)</c> or <c>x.Display()</c>: a mime bundle.</summary>
/// <param name="Data">Mime type → text; always holds <c>text/plain</c> when the engine made it.</param>
public sealed record DisplayDataOutput(IReadOnlyDictionary<string, string> Data) : NotebookOutput
{
    /// <summary>The id that <see cref="DisplayedValue.Update"/> uses to replace this output; not saved in the notebook.</summary>
    public string? DisplayId { get; init; }

    /// <inheritdoc/>
    public override string OutputType => "display_data";

    /// <inheritdoc/>
    public override JsonObject ToJson() => new()
    {
        ["output_type"] = OutputType,
        ["data"] = WriteBundle(Data),
        ["metadata"] = new JsonObject(),
    };
}
