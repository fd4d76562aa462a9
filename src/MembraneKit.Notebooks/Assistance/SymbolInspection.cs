namespace MembraneKit.Notebooks;

/// <summary>What a cell's symbol is: its C# signature and its XML documentation.</summary>
/// <param name="PlainText">The signature, then the documentation as plain text.</param>
/// <param name="Markdown">The signature in a fenced <c>csharp</c> block, then the documentation as Markdown.</param>
public sealed record SymbolInspection(string PlainText, string Markdown);
