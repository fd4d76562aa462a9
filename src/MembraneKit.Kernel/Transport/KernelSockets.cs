using NetMQ;
using NetMQ.Sockets;

namespace MembraneKit.Kernel;

/// <summary>
/// The kernel's ZeroMQ sockets, bound as the connection file says: shell, control and stdin (ROUTER),
/// IOPub (PUB), and the heartbeat on a thread of its own. One poller thread owns the message sockets:
/// it reads what arrives and sends what the kernel queued, so no socket is touched by two threads.
/// </summary>
/// <remarks>
/// A message larger than the limit (all its frames together) is read and thrown away frame by frame, then
/// logged; a single frame over twice the limit never reaches the kernel — ZeroMQ closes that connection
/// (front ends reconnect by themselves), so a hostile peer cannot make the kernel allocate without bound.
/// </remarks>
internal sealed class KernelSockets : IDisposable
{
    /// <summary>More frames than any Jupyter message needs: six plus a few binary buffers.</summary>
    private const int MaxFrames = 1024;

    /// <summary>Messages read from one socket before the poller looks at the others.</summary>
    private const int BatchSize = 64;

    private readonly ConnectionFile _connection;
    private readonly long _maxMessageBytes;
    private readonly Action<KernelChannel, IReadOnlyList<byte[]>> _onReceived;
    private readonly KernelLog _log;
    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly NetMQQueue<(KernelChannel Channel, List<byte[]> Frames)> _outbox = new();
    private readonly NetMQPoller _poller;
    private readonly Heartbeat _heartbeat;
    private long _queued;
    private long _sent;
    private bool _disposed;

    public KernelSockets(ConnectionFile connection, long maxMessageBytes, Action<KernelChannel, IReadOnlyList<byte[]>> onReceived, KernelLog log)
    {
        _connection = connection;
        _maxMessageBytes = maxMessageBytes;
        _onReceived = onReceived;
        _log = log;
        _heartbeat = new Heartbeat(connection, log);
        _poller = [_shell, _control, _stdin, _outbox];
        _shell.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Shell);
        _control.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Control);
        _stdin.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Stdin);
        _outbox.ReceiveReady += (_, _) => SendQueued();
    }

    /// <summary>Binds every socket and starts serving.</summary>
    /// <exception cref="KernelStartException">A port cannot be bound (in use, or an address this machine does not have).</exception>
    public void Start()
    {
        Bind(_shell, "shell", _connection.ShellPort);
        Bind(_control, "control", _connection.ControlPort);
        Bind(_stdin, "stdin", _connection.StdinPort);
        Bind(_iopub, "iopub", _connection.IOPubPort);
        _heartbeat.Start();
        _poller.RunAsync("MembraneKit kernel sockets", isBackgroundThread: true);
    }

    /// <summary>Queues frames to send on a channel; thread-safe, never blocks.</summary>
    public void Send(KernelChannel channel, List<byte[]> frames)
    {
        if (Volatile.Read(ref _disposed))
        {
            return;
        }

        Interlocked.Increment(ref _queued);
        _outbox.Enqueue((channel, frames));
    }

    /// <summary>Waits until everything queued so far has been handed to ZeroMQ, or <paramref name="limit"/> passes.</summary>
    public async Task FlushAsync(TimeSpan limit)
    {
        var target = Interlocked.Read(ref _queued);
        var deadline = DateTime.UtcNow + limit;
        while (Interlocked.Read(ref _sent) < target && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Volatile.Write(ref _disposed, true);
        try
        {
            _poller.Stop();
        }
        catch (InvalidOperationException)
        {
            // The poller was never started.
        }

        _poller.Dispose();
        _heartbeat.Dispose();
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub })
        {
            socket.Dispose();
        }

        _outbox.Dispose();
    }

    private void Bind(NetMQSocket socket, string name, int port)
    {
        socket.Options.Linger = TimeSpan.FromSeconds(1);
        socket.Options.IPv4Only = !_connection.IsIPv6;
        if (socket is RouterSocket)
        {
            socket.Options.MaxMsgSize = 2 * _maxMessageBytes;
            // A front end that reconnects with the identity it had takes its place at once.
            socket.Options.RouterHandover = true;
        }
        else
        {
            socket.Options.SendHighWatermark = 10_000;
        }

        var endpoint = _connection.Endpoint(port);
        try
        {
            socket.Bind(endpoint);
        }
        catch (Exception e) when (e is NetMQException or System.Net.Sockets.SocketException or ArgumentException)
        {
            throw new KernelStartException($"Could not bind the {name} socket to {endpoint} (from the connection file): {e.Message}", e);
        }
    }

    private void Receive(NetMQSocket socket, KernelChannel channel)
    {
        for (var read = 0; read < BatchSize; read++)
        {
            if (!socket.TryReceiveFrameBytes(TimeSpan.Zero, out var first, out var more))
            {
                return;
            }

            var frames = new List<byte[]> { first };
            long total = first.Length;
            var count = 1;
            var tooLarge = total > _maxMessageBytes;
            while (more)
            {
                // ZeroMQ delivers a multipart message whole: once its first frame is here, so are the rest.
                var frame = socket.ReceiveFrameBytes(out more);
                count++;
                total += frame.Length;
                if (!tooLarge && (total > _maxMessageBytes || count > MaxFrames))
                {
                    tooLarge = true;
                    frames.Clear();
                }

                if (!tooLarge)
                {
                    frames.Add(frame);
                }
            }

            if (tooLarge)
            {
                _log.Warning($"Dropped a message on {Name(channel)}: {total} bytes in {count} frames is over the limit of {_maxMessageBytes} bytes and {MaxFrames} frames.");
                continue;
            }

            try
            {
                _onReceived(channel, frames);
            }
            catch (Exception e)
            {
                _log.Error($"Reading a message on {Name(channel)} failed: {e}");
            }
        }
    }

    private void SendQueued()
    {
        while (_outbox.TryDequeue(out var item, TimeSpan.Zero))
        {
            var socket = item.Channel switch
            {
                KernelChannel.Shell => (NetMQSocket)_shell,
                KernelChannel.Control => _control,
                KernelChannel.Stdin => _stdin,
                _ => _iopub,
            };
            try
            {
                // ROUTER drops a message for a peer that has gone, PUB one that no subscriber can take: neither blocks.
                socket.SendMultipartBytes(item.Frames);
            }
            catch (NetMQException e)
            {
                _log.Warning($"Could not send a message on {Name(item.Channel)}: {e.Message}");
            }
            finally
            {
                Interlocked.Increment(ref _sent);
            }
        }
    }

    internal static string Name(KernelChannel channel) => channel.ToString().ToLowerInvariant();
}
