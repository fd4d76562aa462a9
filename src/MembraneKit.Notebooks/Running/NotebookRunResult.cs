namespace MembraneKit.Notebooks;

/// <summary>The outcome of running a whole notebook.</summary>
/// <param name="Notebook">The executed copy, outputs filled in; the input notebook is untouched.</param>
/// <param name="Cells">Cell index → result, for every code cell that ran or was skipped.</param>
/// <param name="Duration">Wall time of the whole run.</param>
public sealed record NotebookRunResult(Notebook Notebook, IReadOnlyDictionary<int, CellResult> Cells, TimeSpan Duration)
{
    /// <summary>Whether every code cell succeeded.</summary>
    public bool Succeeded => Cells.Values.All(cell => cell.Status == CellStatus.Succeeded);

    /// <summary>The index of the first cell that failed, timed out or was cancelled, if any.</summary>
    public int? FirstFailedCell => Cells.Where(pair => pair.Value.Status is not (CellStatus.Succeeded or CellStatus.Skipped)).Select(pair => (int?)pair.Key).Min();

    /// <summary>How many code cells ran.</summary>
    public int ExecutedCells => Cells.Values.Count(cell => cell.Status != CellStatus.Skipped);

    /// <summary>The sum of the cells' own compute time (compiling, restores and engine overhead excluded).</summary>
    public TimeSpan ComputeDuration => TimeSpan.FromTicks(Cells.Values.Sum(cell => cell.ComputeDuration.Ticks));
}
