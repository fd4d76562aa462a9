namespace MembraneKit.Notebooks;

/// <summary>A stream output that <see cref="StreamTruncation.Apply"/> cut, with the full text to keep elsewhere.</summary>
/// <param name="CellIndex">The cell's index in the notebook (0-based; the file name counts from 1).</param>
/// <param name="OutputIndex">The output's index among the cell's outputs.</param>
/// <param name="StreamName">The stream: <c>stdout</c> or <c>stderr</c>.</param>
/// <param name="FileName">The file name the note in the notebook gives for the full text (no folder: it sits beside the notebook).</param>
/// <param name="FullText">The stream's whole text, as the cell wrote it.</param>
/// <param name="LinesCut">How many line ends the cut part held (the number of whole lines cut when the cut falls between lines).</param>
/// <param name="BytesCut">How many UTF-8 bytes were cut.</param>
public sealed record TruncatedStream(int CellIndex, int OutputIndex, string StreamName, string FileName, string FullText, int LinesCut, long BytesCut);
