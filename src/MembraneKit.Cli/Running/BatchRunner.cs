using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Running;

/// <summary>Runs one notebook for the command and writes its executed copy (and HTML page).</summary>
internal sealed class BatchRunner(string outputFolder, RunOptions options, bool writeHtml)
{
    public async Task<NotebookOutcome> RunAsync(NotebookJob job, Action<NotebookEvent> onEvent, CancellationToken cancellationToken)
    {
        var outputPath = Path.GetFullPath(Path.Combine(outputFolder, job.RelativeOutput));
        NotebookRunResult result;
        try
        {
            result = await NotebookRunner.RunFileAsync(job.InputPath, options, onEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return new NotebookOutcome(job, 0, TimeSpan.Zero, false, $"not run: {e.Message}", null);
        }

        // The executed copy never replaces its own input unless the run succeeded.
        var overwritesInput = string.Equals(outputPath, job.InputPath, StringComparison.Ordinal);
        string? written = null;
        if (!overwritesInput || result.Succeeded)
        {
            result.Notebook.Save(outputPath);
            written = outputPath;
            if (writeHtml)
            {
                var title = Path.GetFileNameWithoutExtension(job.InputPath);
                AtomicFile.WriteAllText(Path.ChangeExtension(outputPath, ".html"), NotebookHtml.Render(result.Notebook, title));
            }
        }

        return new NotebookOutcome(job, result.ExecutedCells, result.Duration, result.Succeeded, Summarize(result), written);
    }

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
