using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;

namespace MembraneKit.Kernel.Benchmarks;

/// <summary>
/// One kernel process of the installed tool, started as a front end starts it (<c>membranekit kernel start
/// --connection-file F</c>), and a minimal signed client on its shell, control and IOPub sockets. Every wait
/// has a limit and fails with what it was waiting for.
/// </summary>
internal sealed class KernelUnderTest : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private readonly string _folder;
    private readonly Process _process;
    private readonly MessageCodec _codec;
    private readonly DealerSocket _shell = new();
    private readonly DealerSocket _control = new();
    private readonly SubscriberSocket _iopub = new();
    private readonly Queue<string> _log = new();

    private KernelUnderTest(string tool, string folder)
    {
        _folder = folder;
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _codec = new MessageCodec(new MessageSigner(key), Guid.NewGuid().ToString(), "bench");
        var ports = FreePorts(5);
        var connectionFile = Path.Combine(folder, "connection.json");
        File.WriteAllText(connectionFile, new JsonObject
        {
            ["transport"] = "tcp",
            ["ip"] = "127.0.0.1",
            ["shell_port"] = ports[0],
            ["iopub_port"] = ports[1],
            ["stdin_port"] = ports[2],
            ["control_port"] = ports[3],
            ["hb_port"] = ports[4],
            ["key"] = key,
            ["signature_scheme"] = "hmac-sha256",
            ["kernel_name"] = ".net-csharp",
        }.ToJsonString());

        // A connecting socket retries every 100 ms by default; a kernel that binds between two tries would be
        // measured up to 100 ms late, so the client retries every 5 ms.
        foreach (var socket in new NetMQSocket[] { _shell, _control, _iopub })
        {
            socket.Options.ReconnectInterval = TimeSpan.FromMilliseconds(5);
            socket.Options.Linger = TimeSpan.Zero;
        }

        _iopub.SubscribeToAnyTopic();
        _shell.Connect($"tcp://127.0.0.1:{ports[0]}");
        _iopub.Connect($"tcp://127.0.0.1:{ports[1]}");
        _control.Connect($"tcp://127.0.0.1:{ports[3]}");

        var start = new ProcessStartInfo(tool) { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "kernel", "start", "--connection-file", connectionFile })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.Start();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    /// <summary>The kernel's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts a kernel process (the client's sockets connect first, as a front end's do).</summary>
    public static KernelUnderTest Start(string tool)
    {
        var folder = Path.Combine(Path.GetTempPath(), "membranekit-kernel-bench", "kernel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new KernelUnderTest(tool, folder);
    }

    /// <summary>Sends <c>kernel_info_request</c> on shell and waits for its reply.</summary>
    public JsonObject KernelInfo()
    {
        var request = Send(_shell, "kernel_info_request", []);
        return Reply(_shell, request, "kernel_info_reply").Content;
    }

    /// <summary>
    /// Waits until IOPub delivers: asks for kernel info until a status message answering one arrives, since
    /// a subscriber misses what is published before its subscription reaches the kernel.
    /// </summary>
    public void WaitForIOPub()
    {
        var deadline = DateTime.UtcNow + Limit;
        while (DateTime.UtcNow < deadline)
        {
            var request = Send(_shell, "kernel_info_request", []);
            Reply(_shell, request, "kernel_info_reply");
            if (TryIdle(request, TimeSpan.FromMilliseconds(500)))
            {
                return;
            }
        }

        throw Failure("IOPub never delivered a status message");
    }

    /// <summary>
    /// Runs a cell: sends <c>execute_request</c> and waits for <c>execute_reply</c> (status ok) and then for
    /// the <c>status: idle</c> that ends the request on IOPub.
    /// </summary>
    /// <returns>The time to the reply, and to the idle status.</returns>
    public (TimeSpan Reply, TimeSpan Idle) Execute(string code)
    {
        var clock = Stopwatch.StartNew();
        var request = Send(_shell, "execute_request", new JsonObject
        {
            ["code"] = code,
            ["silent"] = false,
            ["store_history"] = true,
            ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = false,
            ["stop_on_error"] = true,
        });
        var reply = Reply(_shell, request, "execute_reply");
        var replied = clock.Elapsed;
        if ((string?)reply.Content["status"] != "ok")
        {
            throw Failure($"The cell {code} failed: {reply.Content.ToJsonString()}");
        }

        if (!TryIdle(request, Limit))
        {
            throw Failure($"No status: idle for the cell {code} within {Limit.TotalSeconds} s");
        }

        return (replied, clock.Elapsed);
    }

    /// <summary>The kernel process's resident set (VmRSS) in MiB; Linux only.</summary>
    public double ResidentMiB()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        var line = status.First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = double.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes / 1024;
    }

    /// <summary>
    /// Sends <c>shutdown_request</c> on control and waits for the process to end, as a front end does when a
    /// notebook closes; a kernel still there after 10 s is ended.
    /// </summary>
    /// <returns>The time from the request to the process's exit.</returns>
    public TimeSpan Shutdown()
    {
        var clock = Stopwatch.StartNew();
        Send(_control, "shutdown_request", new JsonObject { ["restart"] = false });
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(5));
            throw Failure("The kernel did not exit within 10 s of a shutdown_request");
        }

        return clock.Elapsed;
    }

    /// <summary>Shuts the kernel down if it is still running (ending it if it will not go) and closes the client.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Shutdown();
            }
        }
        finally
        {
            _shell.Dispose();
            _control.Dispose();
            _iopub.Dispose();
            _process.Dispose();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temporary folder.
            }
        }
    }

    private JupyterMessage Send(NetMQSocket socket, string type, JsonObject content)
    {
        var message = _codec.Create(type, content, null);
        if (!socket.TrySendMultipartBytes(Limit, _codec.Encode(message)))
        {
            throw Failure($"Could not send {type} within {Limit.TotalSeconds} s");
        }

        return message;
    }

    private JupyterMessage Reply(NetMQSocket socket, JupyterMessage request, string type)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (Receive(socket, deadline) is { } message)
        {
            if ((string?)message.ParentHeader["msg_id"] == request.MsgId && message.MsgType == type)
            {
                return message;
            }
        }

        throw Failure($"No {type} within {Limit.TotalSeconds} s");
    }

    private bool TryIdle(JupyterMessage request, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (Receive(_iopub, deadline) is { } message)
        {
            if (message.MsgType == "status" && (string?)message.ParentHeader["msg_id"] == request.MsgId && (string?)message.Content["execution_state"] == "idle")
            {
                return true;
            }
        }

        return false;
    }

    private JupyterMessage? Receive(NetMQSocket socket, DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        var frames = new List<byte[]>();
        if (left <= TimeSpan.Zero || !socket.TryReceiveMultipartBytes(left, ref frames))
        {
            return null;
        }

        return _codec.TryDecode(frames, out var message, out var problem)
            ? message
            : throw Failure($"The kernel sent a message the client cannot read: {problem}");
    }

    private InvalidOperationException Failure(string what)
    {
        var exited = _process.HasExited ? $" The kernel process has exited ({_process.ExitCode})." : "";
        string log;
        lock (_log)
        {
            log = string.Join('\n', _log);
        }

        return new InvalidOperationException($"{what}.{exited} Its last log lines:\n{log}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            if (_log.Count > 40)
            {
                _log.Dequeue();
            }
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var listener in listeners)
        {
            listener.Start();
        }

        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        foreach (var listener in listeners)
        {
            listener.Stop();
        }

        return ports;
    }
}
