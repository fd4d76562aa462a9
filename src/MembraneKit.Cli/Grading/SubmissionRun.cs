using MembraneKit.Cli.Isolation;
using MembraneKit.Grading;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Grading;

/// <summary>
/// Runs a prepared submission cell by cell in its own worker (<see cref="SessionProcess"/>): every code cell,
/// on past failures, as nbgrader does; a grade cell's hidden tests are sent only when its turn comes, after
/// the student's cells before it have run. The executed copy holds the outputs, hidden tests included.
/// </summary>
internal static class SubmissionRun
{
    /// <summary>What the run produced, and where its time went: starting the worker, then the cells (compiling and running).</summary>
    public sealed record Outcome(Notebook Executed, IReadOnlyDictionary<int, CellResult> Results, string? ProcessEnd, long PeakResidentBytes, TimeSpan Duration)
    {
        public TimeSpan StartDuration { get; init; }

        public TimeSpan CellsDuration => TimeSpan.FromTicks(Results.Values.Sum(r => r.Duration.Ticks));

        public TimeSpan ComputeDuration => TimeSpan.FromTicks(Results.Values.Sum(r => r.ComputeDuration.Ticks));
    }

    public static async Task<Outcome> RunAsync(PreparedSubmission submission, SessionStart start, TimeSpan notebookTimeout, Action<int, int>? onCell, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var executed = submission.Notebook.Clone();
        var results = new SortedDictionary<int, CellResult>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(notebookTimeout);
        string? end = null;
        long peak;
        TimeSpan started;
        var codeCells = executed.Cells.Select((cell, index) => (cell, index)).Where(pair => pair.cell.IsCode).Select(pair => pair.index).ToArray();
        var session = await SessionProcess.StartAsync(start, deadline.Token).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var done = 0;
            foreach (var index in codeCells)
            {
                var cell = executed.Cells[index];
                var source = submission.SourceToRun(index);
                var result = await session.ExecuteAsync(index, source, cell.KernelName ?? executed.DefaultKernelName, deadline.Token).ConfigureAwait(false);
                cell.Source = source;
                if (result is null)
                {
                    end = session.End?.Reason ?? "the notebook's process ended";
                    Record(cell, new CellResult(0, CellStatus.Failed, [new ErrorOutput(NotebookProcess.EndedErrorName, end, [$"{end}; no later cell ran."])], TimeSpan.Zero, TimeSpan.Zero));
                    cell.ExecutionCount = null;
                    break;
                }

                results[index] = result;
                Record(cell, result);
                onCell?.Invoke(++done, codeCells.Length);
            }

            peak = session.PeakResidentBytes;
            started = session.StartDuration;
        }

        return new Outcome(executed, results, end, peak, clock.Elapsed) { StartDuration = started };
    }

    private static void Record(NotebookCell cell, CellResult result)
    {
        cell.ClearOutputs();
        cell.ExecutionCount = result.Status == CellStatus.Skipped ? null : result.ExecutionCount;
        foreach (var output in result.Outputs)
        {
            cell.AddOutput(output);
        }
    }
}
