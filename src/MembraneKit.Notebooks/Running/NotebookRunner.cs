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
    /// <remarks>
    /// A display updated after its cell finished (by a timer, a background task or a later cell; see
    /// <see cref="LateDisplayUpdate"/>) is replaced in the executed copy when the update arrives before
    /// the run ends; the cell's <see cref="CellResult"/> keeps the outputs it finished with.
    /// </remarks>
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
        var lateUpdates = new LateUpdates();
        using var session = new NotebookSession(new SessionOptions
        {
            WorkingDirectory = options.WorkingDirectory ?? Directory.GetCurrentDirectory(),
            CellTimeout = options.CellTimeout,
            RestoreCacheDirectory = options.RestoreCacheDirectory,
            OnLateDisplayUpdate = lateUpdates.Add,
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
            lateUpdates.Register(result.ExecutionCount, cell);
            lateUpdates.ApplyPending();
            onEvent?.Invoke(new CellFinished(index, result));
            if (!result.Succeeded && (!options.ContinueOnError || result.Status == CellStatus.Cancelled || cancellationToken.IsCancellationRequested))
            {
                stopped = true;
            }
        }

        lateUpdates.Close();
        lateUpdates.ApplyPending();
        return new NotebookRunResult(executed, results, clock.Elapsed);
    }

    private static bool IsMarkdownOnly(string source, string kernel)
    {
        var sections = CellSource.Split(source.Replace("\r\n", "\n", StringComparison.Ordinal), kernel);
        return sections.All(section => section.Kernel is "markdown" or "meta");
    }

    /// <summary>
    /// Late display updates, queued as they arrive (on any thread) and applied to the executed copy on
    /// the run's own thread, between cells and at the end, since the copy's JSON is not thread-safe.
    /// </summary>
    private sealed class LateUpdates
    {
        private readonly object _gate = new();
        private readonly List<LateDisplayUpdate> _pending = [];
        private readonly Dictionary<int, NotebookCell> _cells = [];
        private bool _closed;

        public void Add(LateDisplayUpdate update)
        {
            lock (_gate)
            {
                if (!_closed)
                {
                    _pending.Add(update);
                }
            }
        }

        public void Register(int executionCount, NotebookCell cell)
        {
            lock (_gate)
            {
                _cells[executionCount] = cell;
            }
        }

        /// <summary>Stops taking updates: those that arrive later come after the run's end.</summary>
        public void Close()
        {
            lock (_gate)
            {
                _closed = true;
            }
        }

        /// <summary>Applies, in arrival order, every queued update whose cell has been recorded; keeps the others.</summary>
        public void ApplyPending()
        {
            List<(NotebookCell Cell, LateDisplayUpdate Update)> ready;
            lock (_gate)
            {
                ready = _pending.Where(update => _cells.ContainsKey(update.ExecutionCount)).Select(update => (_cells[update.ExecutionCount], update)).ToList();
                _pending.RemoveAll(update => _cells.ContainsKey(update.ExecutionCount));
            }

            foreach (var (cell, update) in ready)
            {
                cell.ReplaceOutput(update.OutputIndex, update.Output);
            }
        }
    }
}
