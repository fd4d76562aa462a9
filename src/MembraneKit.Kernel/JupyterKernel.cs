using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using MembraneKit.Notebooks;
using Microsoft.CodeAnalysis.CSharp;

namespace MembraneKit.Kernel;

/// <summary>
/// A Jupyter kernel for C#: serves the Jupyter messaging protocol 5.3 over ZeroMQ on the sockets a
/// connection file names, and runs cells in one <see cref="NotebookSession"/>.
/// </summary>
/// <remarks>
/// <para>
/// Shell requests are served one at a time, in order; control requests (interrupt, shutdown) on a loop
/// of their own, so they are answered while a cell runs. Every message is signed and verified with
/// HMAC-SHA256; a message with a bad or missing signature, a replayed one, a malformed one or one over
/// the size limit is dropped and logged, never run. A handler that fails is logged and answered with an
/// error reply; it never stops the kernel.
/// </para>
/// <para>
/// One kernel serves one connection file in one process, the unit of isolation: a cell that kills its
/// process (a stack overflow, <c>Environment.Exit</c>) ends this kernel only, and the front end sees the
/// heartbeat stop and can start a fresh one. A shutdown request — restart or not — ends the process
/// too, so a restarted kernel keeps nothing.
/// </para>
/// </remarks>
public sealed partial class JupyterKernel : IDisposable
{
    private readonly ConnectionFile _connection;
    private readonly KernelOptions _options;
    private readonly KernelLog _log;
    private readonly MessageCodec _codec;
    private readonly NotebookSession _session;
    private readonly KernelSockets _sockets;
    private readonly KernelStdin _stdin;
    private readonly ExecutionHistory _history = new();
    private readonly Channel<JupyterMessage> _shell = Channel.CreateUnbounded<JupyterMessage>();
    private readonly Channel<JupyterMessage> _control = Channel.CreateUnbounded<JupyterMessage>();
    private readonly TaskCompletionSource<bool> _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _shellLoop = Task.CompletedTask;
    private int _executionCount;
    private JupyterMessage? _lastExecuteRequest;
    private int _abortQueued;
    private int _started;
    private bool _disposed;

    /// <summary>Prepares a kernel (binds nothing yet).</summary>
    /// <param name="connection">Where to bind and how to sign, from the front end's connection file.</param>
    /// <param name="options">Settings; defaults when <see langword="null"/>.</param>
    public JupyterKernel(ConnectionFile connection, KernelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _options = options ?? new KernelOptions();
        _log = new KernelLog(_options.Log ?? new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true });
        _codec = new MessageCodec(new MessageSigner(connection.Key), Guid.NewGuid().ToString(), Environment.UserName);
        _session = new NotebookSession(new SessionOptions
        {
            WorkingDirectory = _options.WorkingDirectory,
            CellTimeout = _options.CellTimeout,
            OnLateDisplayUpdate = PublishLateUpdate,
        });
        _sockets = new KernelSockets(connection, _options.MaxMessageBytes, OnReceived, _log);
        _stdin = new KernelStdin((type, content, parent) => _codec.Create(type, content, parent), request => Send(KernelChannel.Stdin, request), _log);
    }

    /// <summary>This build's version, as <c>kernel_info</c> reports it.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The C# language version cells are compiled with.</summary>
    public static string CSharpVersion { get; } = LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();

    /// <summary>
    /// Binds the sockets and serves until a front end asks the kernel to shut down (or
    /// <paramref name="cancellationToken"/> is cancelled). The host should then end the process: threads a
    /// cell started may still be running.
    /// </summary>
    /// <param name="cancellationToken">Stops serving, as a shutdown request would.</param>
    /// <returns><see langword="true"/> when the front end asked for a restart (it starts the new kernel itself).</returns>
    /// <exception cref="KernelStartException">A socket could not be bound.</exception>
    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("This kernel has been run already; a kernel serves one connection once.");
        }

        if (string.IsNullOrEmpty(_connection.Key))
        {
            _log.Warning("The connection file's key is empty: messages are neither signed nor verified, as the front end asked.");
        }

        _sockets.Start();
        Console.SetIn(_stdin);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            _log.Info("SIGINT: interrupting the running cell.");
            _session.Interrupt();
        });
        using var parent = ParentWatch.Start(() =>
        {
            _log.Warning("The process that started the kernel has ended: shutting down.");
            _stopped.TrySetResult(false);
        });
        _log.Info($"Serving {_connection.KernelName ?? "C#"} on {_connection.IP}: shell {_connection.ShellPort}, iopub {_connection.IOPubPort}, stdin {_connection.StdinPort}, "
                  + $"control {_connection.ControlPort}, heartbeat {_connection.HeartbeatPort}; protocol {MessageCodec.ProtocolVersion}, process {Environment.ProcessId}.");
        Publish("status", new JsonObject { ["execution_state"] = "starting" }, null);
        _shellLoop = Task.Run(() => ServeAsync(_shell.Reader, KernelChannel.Shell), CancellationToken.None);
        _ = Task.Run(() => ServeAsync(_control.Reader, KernelChannel.Control), CancellationToken.None);
        bool restart;
        try
        {
            restart = await _stopped.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            restart = false;
        }

        _shell.Writer.TryComplete();
        _control.Writer.TryComplete();
        _session.Interrupt();
        // A running cell gets a moment to stop, so its reply and the last status go out.
        await Task.WhenAny(_shellLoop, Task.Delay(TimeSpan.FromSeconds(3), CancellationToken.None)).ConfigureAwait(false);
        await _sockets.FlushAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        return restart;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _sockets.Dispose();
        if (_shellLoop.IsCompleted)
        {
            // A cell that would not stop still uses the session; it ends with the process.
            _session.Dispose();
        }

        _stdin.Dispose();
    }

    private static string ReadVersion()
    {
        var version = typeof(JupyterKernel).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    /// <summary>Runs on the sockets' thread: checks a message and queues it for its loop.</summary>
    private void OnReceived(KernelChannel channel, IReadOnlyList<byte[]> frames)
    {
        if (!_codec.TryDecode(frames, out var message, out var problem))
        {
            _log.Warning($"Dropped a message on {KernelSockets.Name(channel)}: {problem}.");
            return;
        }

        switch (channel)
        {
            case KernelChannel.Shell:
                _shell.Writer.TryWrite(message);
                break;
            case KernelChannel.Control:
                _control.Writer.TryWrite(message);
                break;
            case KernelChannel.Stdin when message.MsgType == "input_reply":
                _stdin.OnReply(message);
                break;
            default:
                _log.Warning($"Ignored a {Printable(message.MsgType)} message on {KernelSockets.Name(channel)}: the kernel expects none there.");
                break;
        }
    }

    private async Task ServeAsync(ChannelReader<JupyterMessage> reader, KernelChannel channel)
    {
        await foreach (var request in reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (_stopped.Task.IsCompleted)
            {
                // Shutting down: what is still queued is not run.
                break;
            }

            Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
            try
            {
                if (channel == KernelChannel.Shell && _abortQueued > 0)
                {
                    _abortQueued--;
                    if (request.MsgType == "execute_request")
                    {
                        var aborted = new JsonObject { ["status"] = "aborted" };
                        Reply(request, channel, "execute_reply", aborted, new JsonObject { ["status"] = "aborted" });
                        continue;
                    }
                }

                await DispatchAsync(request, channel).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                _log.Error($"The {Printable(request.MsgType)} handler failed: {e}");
                if (request.MsgType.EndsWith("_request", StringComparison.Ordinal))
                {
                    var type = request.MsgType[..^"_request".Length] + "_reply";
                    Reply(request, channel, type, ErrorReply("KernelError", $"The kernel could not answer this {Printable(request.MsgType)}: {e.Message}"));
                }
            }
            finally
            {
                Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
            }
        }
    }

    private Task DispatchAsync(JupyterMessage request, KernelChannel channel)
    {
        switch (request.MsgType, channel)
        {
            case ("kernel_info_request", _):
                Reply(request, channel, "kernel_info_reply", KernelInfo());
                break;
            case ("execute_request", KernelChannel.Shell):
                return ExecuteAsync(request, channel);
            case ("complete_request", KernelChannel.Shell):
                return CompleteAsync(request, channel);
            case ("inspect_request", KernelChannel.Shell):
                return InspectAsync(request, channel);
            case ("is_complete_request", KernelChannel.Shell):
                IsComplete(request, channel);
                break;
            case ("history_request", KernelChannel.Shell):
                Reply(request, channel, "history_reply", History(request.Content));
                break;
            case ("comm_info_request", KernelChannel.Shell):
                Reply(request, channel, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case ("comm_open", KernelChannel.Shell):
                // No comm targets are registered: close the comm at once, as ipykernel does for an unknown target.
                _log.Info($"No comm target {Printable(Text(request.Content, "target_name") ?? "")}: closing the comm.");
                Publish("comm_close", new JsonObject { ["comm_id"] = Text(request.Content, "comm_id") ?? "", ["data"] = new JsonObject() }, request);
                break;
            case ("comm_msg" or "comm_close", KernelChannel.Shell):
                break;
            case ("connect_request", _):
                Reply(request, channel, "connect_reply", new JsonObject
                {
                    ["status"] = "ok",
                    ["shell_port"] = _connection.ShellPort,
                    ["iopub_port"] = _connection.IOPubPort,
                    ["stdin_port"] = _connection.StdinPort,
                    ["control_port"] = _connection.ControlPort,
                    ["hb_port"] = _connection.HeartbeatPort,
                });
                break;
            case ("interrupt_request", KernelChannel.Control):
                _log.Info("Interrupt requested.");
                _session.Interrupt();
                Reply(request, channel, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case ("shutdown_request", _):
                Shutdown(request, channel);
                break;
            case ("debug_request", KernelChannel.Control):
                // kernel_info says "debugger": false; a front end that asks anyway gets a failed DAP response.
                Reply(request, channel, "debug_reply", new JsonObject
                {
                    ["type"] = "response",
                    ["request_seq"] = request.Content["seq"]?.DeepClone(),
                    ["success"] = false,
                    ["command"] = request.Content["command"]?.DeepClone(),
                    ["message"] = "This kernel has no debugger.",
                    ["body"] = new JsonObject(),
                });
                break;
            default:
                _log.Warning($"Ignored a {Printable(request.MsgType)} message on {KernelSockets.Name(channel)}: the kernel does not serve that message type there.");
                break;
        }

        return Task.CompletedTask;
    }

    private void Shutdown(JupyterMessage request, KernelChannel channel)
    {
        var restart = Flag(request.Content, "restart", false);
        var content = new JsonObject { ["status"] = "ok", ["restart"] = restart };
        Reply(request, channel, "shutdown_reply", content);
        Publish("shutdown_reply", (JsonObject)content.DeepClone(), request);
        _log.Info(restart ? "Restart requested: the process ends, and the front end starts a fresh kernel." : "Shutdown requested: the process ends.");
        _session.Interrupt();
        _stopped.TrySetResult(restart);
    }

    private JsonObject KernelInfo() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = MessageCodec.ProtocolVersion,
        ["implementation"] = "membranekit",
        ["implementation_version"] = Version,
        ["language_info"] = new JsonObject
        {
            ["name"] = "C#",
            ["version"] = CSharpVersion,
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = $"MembraneKit C# kernel {Version}: C# {CSharpVersion} on .NET {Environment.Version}. Cells run in one session: display(x), x.Display(), #r \"nuget: Id, Version\", #!time.",
        ["help_links"] = new JsonArray(
            Link("C# language", "https://learn.microsoft.com/dotnet/csharp/"),
            Link(".NET API reference", "https://learn.microsoft.com/dotnet/api/"),
            Link("MembraneKit", "https://github.com/membranekit/membranekit")),
        ["debugger"] = false,
    };

    private static JsonObject Link(string text, string url) => new() { ["text"] = text, ["url"] = url };

    private JsonObject History(JsonObject content)
    {
        var output = Flag(content, "output", false);
        var type = Text(content, "hist_access_type") ?? "tail";
        var entries = type switch
        {
            "tail" => _history.Tail(Number(content, "n") ?? 10),
            "range" => _history.Range(Number(content, "session") ?? 0, Number(content, "start") ?? 1, Number(content, "stop")),
            "search" => _history.Search(Text(content, "pattern") ?? "*", Number(content, "n"), Flag(content, "unique", false)),
            _ => [],
        };
        var history = new JsonArray();
        foreach (var entry in entries)
        {
            JsonNode input = output ? new JsonArray(entry.Input, entry.Output) : JsonValue.Create(entry.Input);
            history.Add(new JsonArray(entry.Session, entry.Line, input));
        }

        return new JsonObject { ["status"] = "ok", ["history"] = history };
    }

    private static JsonObject ErrorReply(string name, string value) => new()
    {
        ["status"] = "error",
        ["ename"] = name,
        ["evalue"] = value,
        ["traceback"] = new JsonArray(JsonValue.Create($"{name}: {value}")),
    };

    private void Reply(JupyterMessage request, KernelChannel channel, string type, JsonObject content, JsonObject? metadata = null) =>
        Send(channel, _codec.Create(type, content, request, metadata));

    /// <summary>Broadcasts on IOPub; never throws (it runs inside cells' output callbacks).</summary>
    private void Publish(string type, JsonObject content, JupyterMessage? parent)
    {
        try
        {
            var message = _codec.Create(type, content, parent);
            _sockets.Send(KernelChannel.IOPub, _codec.Encode(message, [Encoding.ASCII.GetBytes($"kernel.{_codec.Session}.{type}")]));
        }
        catch (Exception e)
        {
            _log.Error($"Could not publish a {type} message: {e.Message}");
        }
    }

    /// <summary>Sends on shell, control or stdin; never throws, so a reply that cannot be made cannot stop a loop.</summary>
    private void Send(KernelChannel channel, JupyterMessage message)
    {
        try
        {
            _sockets.Send(channel, _codec.Encode(message));
        }
        catch (Exception e)
        {
            _log.Error($"Could not send a {message.MsgType} message on {KernelSockets.Name(channel)}: {e.Message}");
        }
    }

    private static string? Text(JsonObject content, string name) =>
        content[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool Flag(JsonObject content, string name, bool fallback) =>
        content[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;

    private static int? Number(JsonObject content, string name) =>
        content[name] is JsonValue value
            ? value.TryGetValue<int>(out var number) ? number
            : value.TryGetValue<double>(out var real) && real is >= int.MinValue and <= int.MaxValue ? (int)real : null
            : null;

    /// <summary>A name from a message, safe to log: short and without control characters.</summary>
    private static string Printable(string text)
    {
        var clean = new string(text.Take(80).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return text.Length > 80 ? clean + "…" : clean;
    }
}
