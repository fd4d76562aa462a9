namespace MembraneKit.Cli.Running;

/// <summary>What running one notebook came to, for the closing table.</summary>
/// <param name="Job">The notebook.</param>
/// <param name="CodeCells">How many code cells ran.</param>
/// <param name="Duration">Wall time.</param>
/// <param name="Succeeded">Whether every cell succeeded.</param>
/// <param name="Summary">One line: "ok", or the first failure.</param>
/// <param name="OutputPath">Where the executed copy was written, if it was.</param>
internal sealed record NotebookOutcome(NotebookJob Job, int CodeCells, TimeSpan Duration, bool Succeeded, string Summary, string? OutputPath)
{
    /// <summary>The peak working set, in bytes, of the process that ran the notebook, if it reported one.</summary>
    public long? PeakWorkingSet { get; init; }
}
