using NetMQ;
using NetMQ.Sockets;

namespace MembraneKit.Kernel;

/// <summary>
/// The heartbeat: echoes every message straight back, on a thread of its own, so front ends see the
/// kernel alive while a cell computes — and see it die with its process.
/// </summary>
internal sealed class Heartbeat : IDisposable
{
    private readonly RouterSocket _socket = new();
    private readonly ConnectionFile _connection;
    private readonly KernelLog _log;
    private readonly CancellationTokenSource _stop = new();
    private Thread? _thread;

    public Heartbeat(ConnectionFile connection, KernelLog log)
    {
        _connection = connection;
        _log = log;
    }

    public void Start()
    {
        _socket.Options.Linger = TimeSpan.Zero;
        _socket.Options.IPv4Only = !_connection.IsIPv6;
        _socket.Options.MaxMsgSize = 64 * 1024;
        var endpoint = _connection.Endpoint(_connection.HeartbeatPort);
        try
        {
            _socket.Bind(endpoint);
        }
        catch (Exception e) when (e is NetMQException or System.Net.Sockets.SocketException or ArgumentException)
        {
            throw new KernelStartException($"Could not bind the heartbeat socket to {endpoint} (from the connection file): {e.Message}", e);
        }

        _thread = new Thread(Loop) { IsBackground = true, Name = "MembraneKit kernel heartbeat" };
        _thread.Start();
    }

    public void Dispose()
    {
        _stop.Cancel();
        if (_thread is null || !_thread.Join(TimeSpan.FromSeconds(2)))
        {
            _socket.Dispose();
        }

        _stop.Dispose();
    }

    private void Loop()
    {
        var frames = new List<byte[]>(2);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (_socket.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(200), ref frames))
                {
                    _socket.TrySendMultipartBytes(TimeSpan.Zero, frames);
                }
            }
        }
        catch (Exception e) when (e is NetMQException or ObjectDisposedException)
        {
            _log.Warning($"The heartbeat stopped: {e.Message}");
        }
        finally
        {
            _socket.Dispose();
        }
    }
}
