namespace MembraneKit.Notebooks;

/// <summary>Whether a cell is ready to run, as a console front end asks before it runs on Enter.</summary>
/// <param name="Status">Complete, incomplete or invalid.</param>
/// <param name="Indent">
/// For an incomplete cell, the indentation for its next line (four spaces per open block); otherwise empty.
/// </param>
public sealed record CodeCompleteness(CompletenessStatus Status, string Indent);
