namespace MembraneKit.Notebooks;

/// <summary>Progress of a notebook run, reported as it happens.</summary>
/// <param name="CellIndex">The index of the cell in the executed notebook.</param>
public abstract record NotebookEvent(int CellIndex);

/// <summary>A code cell is about to run.</summary>
/// <param name="CellIndex">The cell's index.</param>
/// <param name="Cell">The cell.</param>
public sealed record CellStarted(int CellIndex, NotebookCell Cell) : NotebookEvent(CellIndex);

/// <summary>A running cell produced or updated an output.</summary>
/// <param name="CellIndex">The cell's index.</param>
/// <param name="Output">The output event.</param>
public sealed record CellOutputProduced(int CellIndex, OutputEvent Output) : NotebookEvent(CellIndex);

/// <summary>A code cell finished (or was skipped after an earlier failure).</summary>
/// <param name="CellIndex">The cell's index.</param>
/// <param name="Result">What it produced.</param>
public sealed record CellFinished(int CellIndex, CellResult Result) : NotebookEvent(CellIndex);
