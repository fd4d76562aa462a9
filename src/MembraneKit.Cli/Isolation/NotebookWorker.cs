using System.Diagnostics;
using System.IO.Pipes;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Isolation;

/// <summary>
/// The hidden worker command (<c>membranekit __notebook-worker PIPE</c>): runs one notebook in its own
/// process and streams what happens to the run over the named pipe, so a cell that ends the process
/// (a stack overflow, <see cref="Environment.Exit"/>) ends only this notebook, and no notebook sees
/// another's loaded packages, formatters, statics or abandoned threads.
/// </summary>
/// <remarks>
/// Messages, one JSON object a line (a notebook travels as its file's text, in a string):
/// <c>prepared</c> (the notebook as it will run: parameters injected,
/// outputs cleared), <c>cellStarted</c>, <c>cellFinished</c> (with the cell's result and outputs),
/// then <c>done</c> (the executed copy, late display updates applied) or <c>notRun</c> (the file is not
/// a notebook); <c>exit</c> when code calls <see cref="Environment.Exit"/> before <c>done</c>. The run
/// sends <c>run</c> first and <c>cancel</c> to interrupt; a closed pipe also interrupts. A <c>session</c>
/// message instead of <c>run</c> starts the cell-by-cell mode of <see cref="SessionWorker"/>. The pipe's name
/// may be an absolute socket path (a sandboxed worker's temporary folder is not the run's).
/// </remarks>
internal static class NotebookWorker
{
    /// <summary>The verb that starts a worker; not shown in help.</summary>
    public const string Verb = "__notebook-worker";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 2 || args[0] != Verb)
        {
            await Console.Error.WriteLineAsync($"usage: membranekit {Verb} PIPE (started by 'membranekit run', not by hand)").ConfigureAwait(false);
            return 2;
        }

        using var pipe = new NamedPipeClientStream(".", args[1], PipeDirection.InOut, PipeOptions.Asynchronous | PipeOptions.CurrentUserOnly);
        await pipe.ConnectAsync(30_000).ConfigureAwait(false);
        var channel = new WorkerChannel(pipe);
        var request = await channel.ReceiveAsync(CancellationToken.None).ConfigureAwait(false);
        if (request is not null && WorkerChannel.TypeOf(request) == "session")
        {
            return await SessionWorker.RunAsync(channel, request).ConfigureAwait(false);
        }

        if (request is null || WorkerChannel.TypeOf(request) != "run")
        {
            return 2;
        }

        var job = WorkerJob.FromJson(request);
        using var stop = new CancellationTokenSource();
        var finished = 0;
        // Environment.Exit runs these handlers with the code it was given: the run then knows the cause.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Interlocked.Exchange(ref finished, 1) == 0)
            {
                channel.TrySend(new JsonObject { ["type"] = "exit", ["code"] = Environment.ExitCode });
            }
        };
        // Ctrl+C reaches every process of the terminal's group: interrupt the cell, as the run would.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, stop));
        _ = ListenAsync(channel, stop);

        Notebook prepared;
        try
        {
            prepared = Prepare(Notebook.Load(job.InputPath), job.Options.Parameters);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            Interlocked.Exchange(ref finished, 1);
            channel.TrySend(new JsonObject { ["type"] = "notRun", ["message"] = e.Message });
            return 0;
        }

        channel.Send(new JsonObject { ["type"] = "prepared", ["notebook"] = prepared.ToJson() });
        var options = job.Options with
        {
            Parameters = new Dictionary<string, object?>(),
            WorkingDirectory = job.Options.WorkingDirectory ?? Path.GetDirectoryName(job.InputPath),
        };
        var result = await NotebookRunner.RunAsync(prepared, options, e => Report(channel, e), stop.Token).ConfigureAwait(false);
        var done = new JsonObject
        {
            ["type"] = "done",
            ["notebook"] = result.Notebook.ToJson(),
            ["peakWorkingSet"] = Process.GetCurrentProcess().PeakWorkingSet64,
        };
        if (Interlocked.Exchange(ref finished, 1) == 0)
        {
            channel.TrySend(done);
        }

        // Threads a cell left running must not keep this process, and its notebook, alive.
        Environment.Exit(0);
        return 0;
    }

    /// <summary>The notebook as it will run: parameters injected, code cells' outputs cleared.</summary>
    private static Notebook Prepare(Notebook notebook, IReadOnlyDictionary<string, object?> parameters)
    {
        var prepared = notebook.Clone();
        ParameterInjection.Inject(prepared, parameters);
        foreach (var cell in prepared.Cells)
        {
            cell.ClearOutputs();
        }

        return prepared;
    }

    private static void Report(WorkerChannel channel, NotebookEvent e)
    {
        switch (e)
        {
            case CellStarted started:
                channel.TrySend(new JsonObject { ["type"] = "cellStarted", ["cell"] = started.CellIndex });
                break;
            case CellFinished finished:
                channel.TrySend(new JsonObject { ["type"] = "cellFinished", ["cell"] = finished.CellIndex, ["result"] = CellResultJson.Write(finished.Result) });
                break;
        }
    }

    private static async Task ListenAsync(WorkerChannel channel, CancellationTokenSource stop)
    {
        while (await channel.ReceiveAsync(CancellationToken.None).ConfigureAwait(false) is { } message)
        {
            if (WorkerChannel.TypeOf(message) == "cancel")
            {
                break;
            }
        }

        // Asked to stop, or the run has gone: interrupt the running cell; the run's end follows.
        Cancel(stop);
    }

    private static void Stop(PosixSignalContext context, CancellationTokenSource stop)
    {
        context.Cancel = true;
        Cancel(stop);
    }

    private static void Cancel(CancellationTokenSource stop)
    {
        try
        {
            stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
