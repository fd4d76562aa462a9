namespace MembraneKit.Notebooks;

/// <summary>An output as it happens: a new output, or a replacement of an earlier one of the same cell.</summary>
/// <param name="Output">The output.</param>
/// <param name="Index">Its position among the cell's outputs.</param>
/// <param name="IsUpdate">
/// <see langword="true"/> when it replaces the output at <paramref name="Index"/> (a
/// <see cref="DisplayedValue.Update"/>, or more text appended to a stream output).
/// </param>
public sealed record OutputEvent(NotebookOutput Output, int Index, bool IsUpdate);
