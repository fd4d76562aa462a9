using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Isolation;

/// <summary>
/// The worker's second mode, started by a <c>session</c> message instead of <c>run</c>: one notebook session
/// whose cells the other end sends one at a time, so it decides what runs and when — it can hold back a
/// cell's text until the cells before it have run, and nothing of it exists on disk.
/// </summary>
/// <remarks>
/// Messages to the worker: <c>session</c> (cell time limit, working directory, restore cache), then
/// <c>execute</c> (<c>cell</c>: a number the answers carry back, <c>source</c>, <c>kernel</c>) any number
/// of times, <c>cancel</c> to interrupt the running cell, <c>end</c> to finish. From the worker:
/// <c>ready</c>, then per cell <c>cellStarted</c> and <c>cellFinished</c> (its result; long streams cut to
/// <see cref="OutputLimits"/>), and at the end <c>done</c> (peak working set); <c>exit</c> when code calls
/// <see cref="Environment.Exit"/>. A closed pipe interrupts and ends the session.
/// </remarks>
internal static class SessionWorker
{
    /// <summary>How much of a stream output a cell result carries: a cell that prints 10⁷ lines sends its head and tail.</summary>
    public static readonly StreamLimits OutputLimits = new() { HeadLines = 200, TailLines = 50, HeadBytes = 64 * 1024, TailBytes = 16 * 1024 };

    public static async Task<int> RunAsync(WorkerChannel channel, JsonObject request)
    {
        var ticks = request["timeoutTicks"]?.GetValue<long>();
        var workingDirectory = request["workingDirectory"]?.GetValue<string>() ?? Directory.GetCurrentDirectory();
        using var session = new NotebookSession(new SessionOptions
        {
            WorkingDirectory = workingDirectory,
            CellTimeout = ticks is { } t ? TimeSpan.FromTicks(t) : null,
            RestoreCacheDirectory = request["restoreCache"]?.GetValue<string>(),
        });
        var finished = 0;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Interlocked.Exchange(ref finished, 1) == 0)
            {
                channel.TrySend(new JsonObject { ["type"] = "exit", ["code"] = Environment.ExitCode });
            }
        };

        var cells = Channel.CreateUnbounded<JsonObject>(new UnboundedChannelOptions { SingleReader = true });
        _ = Task.Run(async () =>
        {
            while (await channel.ReceiveAsync(CancellationToken.None).ConfigureAwait(false) is { } message)
            {
                if (WorkerChannel.TypeOf(message) == "cancel")
                {
                    session.Interrupt();
                }
                else
                {
                    cells.Writer.TryWrite(message);
                }
            }

            // The other end has gone: stop what runs, and end.
            cells.Writer.TryComplete();
            session.Interrupt();
        });

        channel.Send(new JsonObject { ["type"] = "ready" });
        await foreach (var message in cells.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (WorkerChannel.TypeOf(message) == "end")
            {
                break;
            }

            if (WorkerChannel.TypeOf(message) != "execute")
            {
                continue;
            }

            var cell = message["cell"]?.GetValue<int>() ?? -1;
            channel.TrySend(new JsonObject { ["type"] = "cellStarted", ["cell"] = cell });
            var result = await session.ExecuteAsync(
                message["source"]?.GetValue<string>() ?? "",
                message["kernel"]?.GetValue<string>() ?? "csharp").ConfigureAwait(false);
            channel.TrySend(new JsonObject { ["type"] = "cellFinished", ["cell"] = cell, ["result"] = CellResultJson.Write(Trim(result)) });
        }

        if (Interlocked.Exchange(ref finished, 1) == 0)
        {
            channel.TrySend(new JsonObject { ["type"] = "done", ["peakWorkingSet"] = Process.GetCurrentProcess().PeakWorkingSet64 });
        }

        // Threads a cell left running must not keep this process alive.
        Environment.Exit(0);
        return 0;
    }

    private static CellResult Trim(CellResult result) => result with
    {
        Outputs = [.. result.Outputs.Select(output => output is StreamOutput stream
            ? new StreamOutput(stream.Name, StreamTruncation.Truncate(stream.Text, stream.Name, OutputLimits, null))
            : output)],
    };
}
