using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Isolation;

/// <summary>What became of a notebook run in its own process.</summary>
/// <param name="Result">The executed copy and the cells' results: all of them, or those that finished before the process ended; <see langword="null"/> when it was not run.</param>
/// <param name="NotRunMessage">Why the notebook was not run (the file is not a notebook), if it was not.</param>
/// <param name="End">Why the process ended before the notebook did, if it did.</param>
/// <param name="EndedInCell">The cell that was running when the process ended, if one was.</param>
/// <param name="Duration">Wall time, from starting the process to its end.</param>
/// <param name="PeakWorkingSet">The worker's peak working set in bytes, when it lived to report it.</param>
internal sealed record IsolatedRun(NotebookRunResult? Result, string? NotRunMessage, ProcessEnd? End, int? EndedInCell, TimeSpan Duration, long? PeakWorkingSet)
{
    public static IsolatedRun Completed(NotebookRunResult result, long? peakWorkingSet) =>
        new(result, null, null, null, result.Duration, peakWorkingSet);

    public static IsolatedRun NotRun(string message) => new(null, message, null, null, TimeSpan.Zero, null);

    public static IsolatedRun Ended(NotebookRunResult? partial, ProcessEnd end, int? cell, TimeSpan duration) =>
        new(partial, null, end, cell, duration, null);
}
