using System.Text.RegularExpressions;
using MembraneKit.Cli.Isolation;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Running;

/// <summary>
/// Runs one notebook for the command, in its own process (<see cref="NotebookProcess"/>), and writes
/// its executed copy (and HTML page) — also when a cell ended that process: the copy then holds the
/// cells that finished and, in the cell that was running, an error saying why. Long stream outputs
/// are cut in the copy (<see cref="StreamLimits.Default"/>) and written whole beside it, as
/// <c>&lt;notebook&gt;.cell-&lt;n&gt;.&lt;stream&gt;.txt</c>, which the note in the copy names.
/// </summary>
internal sealed partial class BatchRunner(string outputFolder, RunOptions options, bool writeHtml)
{
    /// <param name="job">The notebook.</param>
    /// <param name="onEvent">Receives progress.</param>
    /// <param name="anotherFollows">Whether another notebook comes next: its worker is then started now, to be ready.</param>
    /// <param name="cancellationToken">Interrupts the notebook.</param>
    public async Task<NotebookOutcome> RunAsync(NotebookJob job, Action<NotebookEvent> onEvent, bool anotherFollows, CancellationToken cancellationToken)
    {
        var outputPath = Path.GetFullPath(Path.Combine(outputFolder, job.RelativeOutput));
        var worker = WorkerPool.Take();
        if (anotherFollows)
        {
            WorkerPool.StartSpare();
        }

        var run = await NotebookProcess.RunAsync(worker, new WorkerJob(job.InputPath, options), onEvent, cancellationToken).ConfigureAwait(false);
        if (run.NotRunMessage is { } notRun)
        {
            return new NotebookOutcome(job, 0, TimeSpan.Zero, false, $"not run: {notRun}", null);
        }

        if (run.Result is not { } result)
        {
            return new NotebookOutcome(job, 0, run.Duration, false, run.End!.Reason, null);
        }

        // The executed copy never replaces its own input unless the run succeeded.
        var overwritesInput = string.Equals(outputPath, job.InputPath, StringComparison.Ordinal);
        string? written = null;
        if (!overwritesInput || result.Succeeded)
        {
            WriteFullStreams(result.Notebook, outputPath);
            result.Notebook.Save(outputPath);
            written = outputPath;
            if (writeHtml)
            {
                var title = Path.GetFileNameWithoutExtension(job.InputPath);
                AtomicFile.WriteAllText(Path.ChangeExtension(outputPath, ".html"), NotebookHtml.Render(result.Notebook, title));
            }
        }

        var summary = run.End is { } end ? Summarize(end, run.EndedInCell, result) : Summarize(result);
        return new NotebookOutcome(job, result.ExecutedCells, run.Duration, result.Succeeded && run.End is null, summary, written)
        {
            PeakWorkingSet = run.PeakWorkingSet,
        };
    }

    /// <summary>
    /// Cuts the executed copy's long streams and writes their full text beside <paramref name="outputPath"/>
    /// first, so a note never names a missing file; full-text files of an earlier run of the same
    /// notebook are removed, so none is left that the new copy does not name.
    /// </summary>
    private static void WriteFullStreams(Notebook notebook, string outputPath)
    {
        var folder = Path.GetDirectoryName(outputPath)!;
        var prefix = Path.GetFileNameWithoutExtension(outputPath);
        var cuts = StreamTruncation.Apply(notebook, StreamLimits.Default, prefix);
        if (Directory.Exists(folder))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, prefix + ".cell-*.txt"))
            {
                if (FullStreamFile().IsMatch(Path.GetFileName(stale)[prefix.Length..]))
                {
                    File.Delete(stale);
                }
            }
        }

        foreach (var cut in cuts)
        {
            AtomicFile.WriteAllText(Path.Combine(folder, cut.FileName), cut.FullText);
        }
    }

    [GeneratedRegex(@"^\.cell-\d+\.(stdout|stderr|stream)(-\d+)?\.txt$", RegexOptions.CultureInvariant)]
    private static partial Regex FullStreamFile();

    private static string Summarize(ProcessEnd end, int? cell, NotebookRunResult result) => cell is { } index
        ? $"cell {index + 1}: {end.Reason}"
        : result.Cells.Count == 0 ? $"before any cell: {end.Reason}" : $"after cell {result.Cells.Keys.Max() + 1}: {end.Reason}";

    private static string Summarize(NotebookRunResult result)
    {
        if (result.Succeeded)
        {
            return "ok";
        }

        var index = result.FirstFailedCell ?? result.Cells.First(pair => pair.Value.Status != CellStatus.Succeeded).Key;
        var cell = result.Cells[index];
        var error = cell.Error;
        var message = error is null ? cell.Status.ToString() : $"{error.Name}: {error.Value.Split('\n')[0]}";
        return $"cell {index + 1}: {message}";
    }
}
