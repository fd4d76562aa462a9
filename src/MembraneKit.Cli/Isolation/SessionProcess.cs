using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Isolation;

/// <summary>
/// A worker in session mode (<see cref="SessionWorker"/>), driven cell by cell: optionally started inside a
/// Landlock sandbox (<see cref="SandboxExec"/>), with a GC heap hard limit and a watch on its resident set,
/// its own working and temporary folders. When it dies, the cell that was running says why and the session
/// is over; <see cref="End"/> tells how it ended.
/// </summary>
internal sealed class SessionProcess : IAsyncDisposable
{
    /// <summary>What a worker may hold beyond its GC heap limit (runtime, compiled code, native memory) before it is ended.</summary>
    public const long NativeAllowanceBytes = 384L << 20;

    /// <summary>How much longer than its time limit a cell may go unanswered (compiling is not counted in the limit) before its process is ended.</summary>
    private static readonly TimeSpan CellGrace = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(10);
    private readonly Process _process;
    private readonly NamedPipeServerStream _pipe;
    private readonly ErrorTail _error;
    private readonly SessionStart _start;
    private readonly CancellationTokenSource _memoryExceeded = new();
    private WorkerChannel? _channel;
    private int? _exitCalledWith;
    private long _peakResident;

    private SessionProcess(Process process, NamedPipeServerStream pipe, ErrorTail error, SessionStart start)
    {
        _process = process;
        _pipe = pipe;
        _error = error;
        _start = start;
    }

    /// <summary>How the process ended before its session did, or <see langword="null"/> while it lives (or ended normally).</summary>
    public ProcessEnd? End { get; private set; }

    /// <summary>From starting the process to its session being ready (runtime start, sandbox, connection).</summary>
    public TimeSpan StartDuration { get; private set; }

    /// <summary>The largest resident set seen, in bytes.</summary>
    public long PeakResidentBytes => Interlocked.Read(ref _peakResident);

    /// <summary>Starts the worker and waits until its session is ready (or it died trying).</summary>
    public static async Task<SessionProcess> StartAsync(SessionStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        // An absolute socket path: the worker's TMPDIR is its own, so a bare pipe name would not meet.
        var pipePath = Path.Combine(Path.GetTempPath(), $"mk-{Guid.NewGuid():N}"[..20]);
        var pipe = new NamedPipeServerStream(pipePath, PipeDirection.InOut, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous | PipeOptions.CurrentUserOnly);
        var error = new ErrorTail();
        Process process;
        try
        {
            process = ChildProcess.Start(StartInfo(pipePath, start), error);
        }
        catch
        {
            await pipe.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var clock = Stopwatch.StartNew();
        var session = new SessionProcess(process, pipe, error, start);
        session.WatchMemory();
        await session.ConnectAsync(cancellationToken).ConfigureAwait(false);
        session.StartDuration = clock.Elapsed;
        return session;
    }

    /// <summary>
    /// Runs one cell's <paramref name="source"/>. Returns its result, or <see langword="null"/> when the process
    /// ended (then <see cref="End"/> says why) or <paramref name="cancellationToken"/> fired (the process is ended).
    /// </summary>
    public async Task<CellResult?> ExecuteAsync(int cell, string source, string kernel, CancellationToken cancellationToken)
    {
        if (End is not null || _channel is null)
        {
            return null;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _memoryExceeded.Token);
        if (_start.CellTimeout is { } timeout)
        {
            limit.CancelAfter(timeout + CellGrace);
        }

        if (!_channel.TrySend(new JsonObject { ["type"] = "execute", ["cell"] = cell, ["source"] = source, ["kernel"] = kernel }))
        {
            await DiedAsync(null).ConfigureAwait(false);
            return null;
        }

        while (true)
        {
            JsonObject? message;
            try
            {
                message = await _channel.ReceiveAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                var reason = _memoryExceeded.IsCancellationRequested
                    ? $"the process used more than {Megabytes((_start.MemoryLimitBytes ?? 0) + NativeAllowanceBytes)} MB of memory and was ended"
                    : cancellationToken.IsCancellationRequested
                        ? "the notebook ran out of time and its process was ended"
                        : $"the cell did not finish within its time limit plus {CellGrace.TotalSeconds:0} s and its process was ended";
                await DiedAsync(reason).ConfigureAwait(false);
                return null;
            }

            if (message is null)
            {
                await DiedAsync(null).ConfigureAwait(false);
                return null;
            }

            switch (WorkerChannel.TypeOf(message))
            {
                case "exit":
                    _exitCalledWith = message["code"]?.GetValue<int>();
                    break;
                case "cellFinished" when message["cell"]?.GetValue<int>() == cell:
                    try
                    {
                        return CellResultJson.Read(message["result"]!.AsObject());
                    }
                    catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or NullReferenceException or System.Text.Json.JsonException)
                    {
                        await DiedAsync($"the notebook's process sent a message that cannot be read ({e.Message})").ConfigureAwait(false);
                        return null;
                    }
            }
        }
    }

    /// <summary>Ends the session: asks the worker to finish, and ends it if it lingers.</summary>
    public async ValueTask DisposeAsync()
    {
        if (End is null && _channel is not null && _channel.TrySend(new JsonObject { ["type"] = "end" }))
        {
            await WaitForExitAsync().ConfigureAwait(false);
        }

        Kill();
        await _memoryExceeded.CancelAsync().ConfigureAwait(false);
        _process.Dispose();
        await _pipe.DisposeAsync().ConfigureAwait(false);
        _memoryExceeded.Dispose();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        var exited = _process.WaitForExitAsync(CancellationToken.None);
        var connected = _pipe.WaitForConnectionAsync(limit.Token);
        try
        {
            if (await Task.WhenAny(connected, exited).ConfigureAwait(false) != connected)
            {
                await DiedAsync(null).ConfigureAwait(false);
                return;
            }

            await connected.ConfigureAwait(false);
            _channel = new WorkerChannel(_pipe);
            _channel.Send(new JsonObject
            {
                ["type"] = "session",
                ["timeoutTicks"] = _start.CellTimeout?.Ticks,
                ["workingDirectory"] = _start.WorkingDirectory,
                ["restoreCache"] = _start.RestoreCacheDirectory,
            });
            var ready = await _channel.ReceiveAsync(limit.Token).ConfigureAwait(false);
            if (ready is null || WorkerChannel.TypeOf(ready) != "ready")
            {
                await DiedAsync(null).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            await DiedAsync("the notebook's process did not start its session within 60 s").ConfigureAwait(false);
        }
    }

    private async Task DiedAsync(string? reason)
    {
        if (reason is not null)
        {
            Kill();
        }

        await WaitForExitAsync().ConfigureAwait(false);
        End ??= reason is not null
            ? new ProcessEnd(reason, _error.Lines)
            : _process.ExitCode == SandboxExec.SetupFailed
                ? new ProcessEnd($"the sandbox could not be set up: {_error.KeyLine}", _error.Lines)
                : ProcessEnd.Describe(_process.ExitCode, _exitCalledWith, _error);
    }

    private async Task WaitForExitAsync()
    {
        using var limit = new CancellationTokenSource(ExitLimit);
        try
        {
            await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill();
            await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private void Kill() => ChildProcess.KillTree(_process);

    /// <summary>Reads the worker's resident set four times a second; over its allowance, the running cell is abandoned and the process ended.</summary>
    private void WatchMemory()
    {
        if (_start.MemoryLimitBytes is not { } heap || !OperatingSystem.IsLinux())
        {
            return;
        }

        var ceiling = heap + NativeAllowanceBytes;
        var status = $"/proc/{_process.Id}/status";
        _ = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
            while (await timer.WaitForNextTickAsync(_memoryExceeded.Token).ConfigureAwait(false))
            {
                long resident;
                try
                {
                    resident = ResidentBytes(await File.ReadAllLinesAsync(status, _memoryExceeded.Token).ConfigureAwait(false));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return;
                }

                if (resident > Interlocked.Read(ref _peakResident))
                {
                    Interlocked.Exchange(ref _peakResident, resident);
                }

                if (resident > ceiling)
                {
                    Kill();
                    await _memoryExceeded.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private static long ResidentBytes(string[] status)
    {
        var line = status.FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var digits = line?[6..].Trim().Split(' ')[0];
        return digits is not null && long.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : 0;
    }

    private static string Megabytes(long bytes) => (bytes >> 20).ToString(CultureInfo.InvariantCulture);

    private static ProcessStartInfo StartInfo(string pipePath, SessionStart start)
    {
        var worker = WorkerLauncher.StartInfo(pipePath);
        var info = worker;
        if (start.Sandbox is { } sandbox)
        {
            var program = Path.IsPathRooted(worker.FileName) ? worker.FileName : WhichOnPath(worker.FileName);
            var prefix = worker.ArgumentList.TakeWhile(a => a != NotebookWorker.Verb).ToArray();
            info = new ProcessStartInfo(worker.FileName) { UseShellExecute = false, RedirectStandardError = true };
            foreach (var argument in prefix.Concat(SandboxExec.Arguments(sandbox.ReadOnly, sandbox.ReadWrite, program, worker.ArgumentList)))
            {
                info.ArgumentList.Add(argument);
            }
        }

        info.WorkingDirectory = start.WorkingDirectory;
        info.Environment["TMPDIR"] = start.TempDirectory;
        // No diagnostics socket in TMPDIR, no debugger or dump requests from outside.
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        if (start.MemoryLimitBytes is { } heap)
        {
            info.Environment["DOTNET_GCHeapHardLimit"] = heap.ToString("x", CultureInfo.InvariantCulture);
        }

        return info;
    }

    private static string WhichOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists) ?? name;
}
