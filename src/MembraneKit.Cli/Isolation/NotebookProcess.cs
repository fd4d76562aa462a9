using System.Diagnostics;
using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Isolation;

/// <summary>
/// Runs one notebook in its own worker process (<see cref="NotebookWorker"/>) and follows it over a
/// named pipe: progress is passed on as <see cref="NotebookEvent"/>s; when the worker dies the result
/// still holds the cells that finished, and the cell that was running carries an error saying why.
/// </summary>
internal static class NotebookProcess
{
    /// <summary>The name of the error output written into the cell whose process ended.</summary>
    public const string EndedErrorName = "ProcessEnded";

    /// <summary>How long a worker may take to stop after it was asked to (the engine's own grace is 2 s).</summary>
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(10);

    /// <summary>How long a worker may take to exit once it has said everything, or its pipe closed.</summary>
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(10);

    /// <summary>Runs the job in <paramref name="worker"/>, which it then ends.</summary>
    public static async Task<IsolatedRun> RunAsync(WorkerProcess worker, WorkerJob job, Action<NotebookEvent> onEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(worker);
        var clock = Stopwatch.StartNew();
        var process = worker.Process;
        try
        {
            var exited = process.WaitForExitAsync(CancellationToken.None);
            var connected = worker.Pipe.IsConnected ? Task.CompletedTask : worker.Pipe.WaitForConnectionAsync(cancellationToken);
            if (await Task.WhenAny(connected, exited).ConfigureAwait(false) != connected)
            {
                await EndAsync(process).ConfigureAwait(false);
                return IsolatedRun.Ended(null, ProcessEnd.Describe(process.ExitCode, null, worker.Error), null, clock.Elapsed);
            }

            await connected.ConfigureAwait(false);
            var channel = new WorkerChannel(worker.Pipe);
            channel.Send(job.ToJson());
            using var stopping = new CancellationTokenSource();
            using var asked = cancellationToken.Register(() =>
            {
                channel.TrySend(new JsonObject { ["type"] = "cancel" });
                stopping.CancelAfter(StopLimit);
            });
            return await FollowAsync(process, channel, onEvent, worker.Error, clock, stopping.Token).ConfigureAwait(false);
        }
        finally
        {
            worker.Dispose();
        }
    }

    private static async Task<IsolatedRun> FollowAsync(Process process, WorkerChannel channel, Action<NotebookEvent> onEvent, ErrorTail error, Stopwatch clock, CancellationToken stopLimit)
    {
        Notebook? notebook = null;
        var results = new SortedDictionary<int, CellResult>();
        int? running = null;
        int? exitCalledWith = null;
        while (true)
        {
            JsonObject? message;
            try
            {
                message = await channel.ReceiveAsync(stopLimit).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Asked to stop, and it did not: end it; what finished is kept, the running cell says so.
                ChildProcess.KillTree(process);
                await EndAsync(process).ConfigureAwait(false);
                var stopped = new ProcessEnd($"the cell did not stop within {StopLimit.TotalSeconds:0} s of the interrupt; its process was ended", error.Lines);
                return Ended(notebook, results, running, stopped, onEvent, clock);
            }

            if (message is null)
            {
                break;
            }

            try
            {
                switch (WorkerChannel.TypeOf(message))
                {
                    case "notRun":
                        await EndAsync(process).ConfigureAwait(false);
                        return IsolatedRun.NotRun(message["message"]?.GetValue<string>() ?? "the worker could not read the notebook");
                    case "prepared":
                        notebook = Notebook.Parse(message["notebook"]!.GetValue<string>());
                        break;
                    case "cellStarted" when notebook is not null:
                        running = CellIndex(message, notebook);
                        onEvent(new CellStarted(running.Value, notebook.Cells[running.Value]));
                        break;
                    case "cellFinished" when notebook is not null:
                        var index = CellIndex(message, notebook);
                        var result = CellResultJson.Read(message["result"]!.AsObject());
                        results[index] = result;
                        Record(notebook.Cells[index], result);
                        running = null;
                        onEvent(new CellFinished(index, result));
                        break;
                    case "exit":
                        exitCalledWith = message["code"]?.GetValue<int>();
                        break;
                    case "done":
                        var executed = Notebook.Parse(message["notebook"]!.GetValue<string>());
                        var peak = message["peakWorkingSet"]?.GetValue<long>();
                        var duration = clock.Elapsed;
                        await EndAsync(process).ConfigureAwait(false);
                        return IsolatedRun.Completed(new NotebookRunResult(executed, results, duration), peak);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or ArgumentException or NullReferenceException or System.Text.Json.JsonException)
            {
                // Code in the notebook can reach the pipe too: a message the run cannot read ends the worker, not the run.
                ChildProcess.KillTree(process);
                await EndAsync(process).ConfigureAwait(false);
                return Ended(notebook, results, running, new ProcessEnd($"the notebook's process sent a message the run cannot read ({e.Message})", error.Lines), onEvent, clock);
            }
        }

        // The pipe closed before "done": the process has ended, or is ending.
        await EndAsync(process).ConfigureAwait(false);
        return Ended(notebook, results, running, ProcessEnd.Describe(process.ExitCode, exitCalledWith, error), onEvent, clock);
    }

    private static IsolatedRun Ended(Notebook? notebook, SortedDictionary<int, CellResult> results, int? running, ProcessEnd end, Action<NotebookEvent> onEvent, Stopwatch clock)
    {
        if (notebook is null)
        {
            return IsolatedRun.Ended(null, end, null, clock.Elapsed);
        }

        if (running is { } index)
        {
            var traceback = new List<string> { $"{end.Reason}; the notebook's process ended, so no later cell ran." };
            if (end.ErrorLines.Count > 0)
            {
                traceback.Add("The process's last words (standard error):");
                traceback.AddRange(end.ErrorLines);
            }

            var failed = new CellResult(0, CellStatus.Failed, [new ErrorOutput(EndedErrorName, end.Reason, traceback)], TimeSpan.Zero, TimeSpan.Zero);
            results[index] = failed;
            Record(notebook.Cells[index], failed);
            notebook.Cells[index].ExecutionCount = null;
            onEvent(new CellFinished(index, failed));
        }

        return IsolatedRun.Ended(new NotebookRunResult(notebook, results, clock.Elapsed), end, running, clock.Elapsed);
    }

    private static int CellIndex(JsonObject message, Notebook notebook)
    {
        var index = message["cell"]!.GetValue<int>();
        return index >= 0 && index < notebook.Cells.Count && notebook.Cells[index].IsCode
            ? index
            : throw new InvalidDataException($"there is no code cell {index}");
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

    /// <summary>Waits for the process to exit and its error output to be read; ends it if it lingers.</summary>
    private static async Task EndAsync(Process process)
    {
        using var limit = new CancellationTokenSource(ExitLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            ChildProcess.KillTree(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
