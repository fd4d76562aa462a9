using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Kernel;

/// <summary>
/// The kernel's <see cref="Console.In"/>: <c>Console.ReadLine()</c>, <c>Console.Read()</c> and
/// <c>Console.Peek()</c> in a cell send an <c>input_request</c> on the stdin channel and wait for the
/// front end's <c>input_reply</c> — when the running request allowed stdin. Otherwise they fail at once
/// with an error that says why, instead of waiting for input that can never come.
/// </summary>
/// <remarks>
/// While it waits, an interrupt (or the cell's time limit) stops the wait through the engine's own
/// interruption, so a cell stuck at a prompt can be interrupted like any loop.
/// </remarks>
internal sealed class KernelStdin : TextReader
{
    private static readonly TimeSpan InterruptCheck = TimeSpan.FromMilliseconds(50);

    private readonly Action<JupyterMessage> _sendRequest;
    private readonly Func<string, JsonObject, JupyterMessage, JupyterMessage> _create;
    private readonly KernelLog _log;
    private readonly Lock _gate = new();
    private Running? _running;
    private Pending? _pending;
    private string _buffer = "";
    private int _position;

    /// <param name="create">Makes a message (type, content, parent).</param>
    /// <param name="sendRequest">Sends an input request on the stdin channel.</param>
    /// <param name="log">Where stray replies are logged.</param>
    public KernelStdin(Func<string, JsonObject, JupyterMessage, JupyterMessage> create, Action<JupyterMessage> sendRequest, KernelLog log)
    {
        _create = create;
        _sendRequest = sendRequest;
        _log = log;
    }

    /// <summary>An execute request starts: input requests go to its sender if it allows stdin.</summary>
    /// <param name="request">The execute request.</param>
    /// <param name="allowStdin">Its <c>allow_stdin</c>.</param>
    /// <param name="beforeRequest">Runs before each input request (sends the output gathered so far, so the prompt shows first).</param>
    public void Begin(JupyterMessage request, bool allowStdin, Action beforeRequest)
    {
        lock (_gate)
        {
            _running = new Running(request, allowStdin, beforeRequest);
            _buffer = "";
            _position = 0;
        }
    }

    /// <summary>The execute request ended: a wait still pending (an abandoned thread's) fails.</summary>
    public void End()
    {
        lock (_gate)
        {
            _running = null;
            _pending?.Answer.TrySetException(new InvalidOperationException("The cell that asked for input has finished."));
            _pending = null;
        }
    }

    /// <summary>Takes an <c>input_reply</c> from the stdin channel.</summary>
    public void OnReply(JupyterMessage reply)
    {
        lock (_gate)
        {
            var parentId = (string?)reply.ParentHeader["msg_id"];
            if (_pending is null || (parentId is not null && parentId != _pending.RequestId))
            {
                _log.Warning("Ignored an input_reply that answers no pending input request.");
                return;
            }

            var value = reply.Content["value"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : "";
            _pending.Answer.TrySetResult(value);
            _pending = null;
        }
    }

    /// <inheritdoc/>
    public override string? ReadLine()
    {
        if (_position < _buffer.Length)
        {
            var rest = _buffer[_position..];
            _position = _buffer.Length;
            return rest.EndsWith('\n') ? rest[..^1] : rest;
        }

        return RequestLine();
    }

    /// <inheritdoc/>
    public override int Read()
    {
        Fill();
        return _buffer[_position++];
    }

    /// <inheritdoc/>
    public override int Peek()
    {
        Fill();
        return _buffer[_position];
    }

    /// <inheritdoc/>
    public override string ReadToEnd() =>
        throw new InvalidOperationException("Console.In.ReadToEnd() reads until the input ends, but a Jupyter front end's input never ends; read a line with Console.ReadLine() instead.");

    private void Fill()
    {
        if (_position >= _buffer.Length)
        {
            _buffer = RequestLine() + "\n";
            _position = 0;
        }
    }

    private string RequestLine()
    {
        Pending pending;
        Running running;
        lock (_gate)
        {
            running = _running ?? throw new InvalidOperationException(
                "Console input is not available here: it is read from the front end only while a cell runs.");
            if (!running.AllowStdin)
            {
                throw new InvalidOperationException(
                    "Console.ReadLine() needs a line of input from the front end, but stdin is not available: the request that runs this cell "
                    + "does not allow input (allow_stdin is false, as when nbclient or nbconvert runs a notebook). Set the value in the cell instead.");
            }
        }

        running.BeforeRequest();
        var request = _create("input_request", new JsonObject { ["prompt"] = "", ["password"] = false }, running.Request);
        lock (_gate)
        {
            pending = new Pending(request.MsgId, new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
            _pending = pending;
        }

        try
        {
            _sendRequest(request);
            var answered = ((IAsyncResult)pending.Answer.Task).AsyncWaitHandle;
            while (!answered.WaitOne(InterruptCheck))
            {
                CellInterruption.ThrowIfRequested();
            }

            return pending.Answer.Task.GetAwaiter().GetResult();
        }
        finally
        {
            lock (_gate)
            {
                if (_pending == pending)
                {
                    _pending = null;
                }
            }
        }
    }

    private sealed record Running(JupyterMessage Request, bool AllowStdin, Action BeforeRequest);

    private sealed record Pending(string RequestId, TaskCompletionSource<string> Answer);
}
