using System.Diagnostics;

namespace MembraneKit.Notebooks;

/// <summary>Runs a whole notebook: its code cells in order in one <see cref="NotebookSession"/>.</summary>
public static class NotebookRunner
{
    /// <summary>Runs the notebook file and writes nothing: the executed copy is in the result.</summary>
    /// <param name="path">The <c>.ipynb</c> file; its folder becomes the working directory unless the options name one.</param>
    /// <param name="options">Run settings.</param>
    /// <param name="onEvent">Receives progress as it happens, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run (the running cell is interrupted).</param>
    public static Task<NotebookRunResult> RunFileAsync(string path, RunOptions? options = null, Action<NotebookEvent>? onEvent = null, CancellationToken cancellationToken = default)
    {
        var notebook = Notebook.Load(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return RunAsync(notebook, (options ?? new RunOptions()) with { WorkingDirectory = options?.WorkingDirectory ?? folder }, onEvent, cancellationToken);
    }

    /// <summary>
    /// Runs a copy of <paramref name="notebook"/>: injects parameters, clears old outputs, runs each
    /// code cell (markdown and raw cells are left as they are) and stops at the first failure unless
    /// <see cref="RunOptions.ContinueOnError"/> says otherwise.
    /// </summary>
    /// <param name="notebook">The notebook; it is not changed.</param>
    /// <param name="options">Run settings.</param>
    /// <param name="onEvent">Receives progress as it happens, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run (the running cell is interrupted).</param>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, RunOptions? options = null, Action<NotebookEvent>? onEvent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new RunOptions();
        var clock = Stopwatch.StartNew();
        var executed = notebook.Clone();
        ParameterInjection.Inject(executed, options.Parameters);
        using var session = new NotebookSession(new SessionOptions
        {
            WorkingDirectory = options.WorkingDirectory ?? Directory.GetCurrentDirectory(),
            CellTimeout = options.CellTimeout,
            RestoreCacheDirectory = options.RestoreCacheDirectory,
        });
        var results = new SortedDictionary<int, CellResult>();
        var defaultKernel = executed.DefaultKernelName;
        var stopped = false;
        for (var index = 0; index < executed.Cells.Count; index++)
        {
            var cell = executed.Cells[index];
            if (!cell.IsCode)
            {
                continue;
            }

            cell.ClearOutputs();
            var kernel = cell.KernelName ?? defaultKernel;
            if (IsMarkdownOnly(cell.Source, kernel))
            {
                continue;
            }

            if (stopped)
            {
                var skipped = new CellResult(0, CellStatus.Skipped, [], TimeSpan.Zero, TimeSpan.Zero);
                results[index] = skipped;
                onEvent?.Invoke(new CellFinished(index, skipped));
                continue;
            }

            onEvent?.Invoke(new CellStarted(index, cell));
            var cellIndex = index;
            var result = await session.ExecuteAsync(
                cell.Source,
                kernel,
                onEvent is null ? null : output => onEvent(new CellOutputProduced(cellIndex, output)),
                cancellationToken).ConfigureAwait(false);
            cell.ExecutionCount = result.ExecutionCount;
            foreach (var output in result.Outputs)
            {
                cell.AddOutput(output);
            }

            results[index] = result;
            onEvent?.Invoke(new CellFinished(index, result));
            if (!result.Succeeded && (!options.ContinueOnError || result.Status == CellStatus.Cancelled || cancellationToken.IsCancellationRequested))
            {
                stopped = true;
            }
        }

        return new NotebookRunResult(executed, results, clock.Elapsed);
    }

    private static bool IsMarkdownOnly(string source, string kernel)
    {
        var sections = CellSource.Split(source.Replace("\r\n", "\n", StringComparison.Ordinal), kernel);
        return sections.All(section => section.Kernel is "markdown" or "meta");
    }
}
