namespace MembraneKit.Notebooks;

/// <summary>An output as it happens: a new output, or a replacement of an earlier one of the same cell.</summary>
/// <param name="Output">
/// The output as it now stands. For a stream this is the whole stream output so far, but as a cheap
/// view: its <see cref="StreamOutput.Text"/> is copied out only when read, so a host that reads it on
/// every write does quadratic work — forward <see cref="AppendedText"/> instead.
/// </param>
/// <param name="Index">Its position among the cell's outputs.</param>
/// <param name="IsUpdate">
/// <see langword="true"/> when it replaces the output at <paramref name="Index"/> (a
/// <see cref="DisplayedValue.Update"/>, or more text appended to a stream output).
/// </param>
public sealed record OutputEvent(NotebookOutput Output, int Index, bool IsUpdate)
{
    /// <summary>
    /// For a console write, the text this write added to the stream output at <see cref="Index"/> (the
    /// whole text when the write started a new stream output); <see langword="null"/> for every other
    /// output. Concatenating the appended texts of one stream output, in event order, gives its text —
    /// what a Jupyter kernel sends as one <c>stream</c> message per write.
    /// </summary>
    public string? AppendedText { get; init; }
}
