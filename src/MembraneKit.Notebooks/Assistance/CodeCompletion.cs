namespace MembraneKit.Notebooks;

/// <summary>The completions at a cursor in a cell, and the span of the cell's text they replace.</summary>
/// <param name="Start">Where the replaced span starts (a UTF-16 offset into the cell's text).</param>
/// <param name="End">Where it ends; the cursor when nothing after it is replaced.</param>
/// <param name="Items">The completions, best match first; empty when nothing fits (or the cursor is not in C# code).</param>
public sealed record CodeCompletion(int Start, int End, IReadOnlyList<CodeCompletionItem> Items);
