using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Kernel;

/// <summary>
/// Turns one cell's outputs, as the engine reports them, into IOPub messages: <c>stream</c>,
/// <c>display_data</c>, <c>update_display_data</c>, <c>execute_result</c> and <c>error</c>.
/// </summary>
/// <remarks>
/// Console text is gathered and goes out at most every <c>flushInterval</c> (and before any other output,
/// before an input request, and at the cell's end) as one <c>stream</c> message per run of one stream,
/// so a loop of 100,000 <c>Console.WriteLine</c>s becomes a few dozen messages, not 100,000. Order is kept:
/// everything is published under one lock, through one queue. Called on the cell's thread (and on threads
/// the cell starts); it never blocks them for long.
/// </remarks>
internal sealed class CellOutputPublisher : IDisposable
{
    /// <summary>Gathered text past this many characters goes out at once, whatever the interval.</summary>
    private const int MaxPendingChars = 1 << 20;

    private readonly Lock _gate = new();
    private readonly Action<string, JsonObject> _publish;
    private readonly int _executionCount;
    private readonly TimeSpan _flushInterval;
    private readonly StringBuilder _pending = new();
    private readonly Timer _timer;
    private string? _pendingStream;
    private bool _timerArmed;
    private bool _completed;

    /// <param name="publish">Sends one IOPub message (type, content) with the request as parent.</param>
    /// <param name="executionCount">The count an <c>execute_result</c> carries.</param>
    /// <param name="flushInterval">How long console text is gathered before it goes out.</param>
    public CellOutputPublisher(Action<string, JsonObject> publish, int executionCount, TimeSpan flushInterval)
    {
        _publish = publish;
        _executionCount = executionCount;
        _flushInterval = flushInterval;
        // Made here, outside the cell's execution context, so the timer's thread never counts as the cell's.
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Takes one output event from the engine.</summary>
    public void OnOutput(OutputEvent e)
    {
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            switch (e.Output)
            {
                case StreamOutput stream:
                    AddStreamText(stream.Name, NewText(e, stream));
                    break;
                case DisplayDataOutput display:
                    FlushPending(final: true);
                    _publish(e.IsUpdate ? "update_display_data" : "display_data", DisplayContent(display));
                    break;
                case ExecuteResultOutput result:
                    FlushPending(final: true);
                    _publish("execute_result", new JsonObject
                    {
                        ["execution_count"] = _executionCount,
                        ["data"] = Bundle(result.Data),
                        ["metadata"] = new JsonObject(),
                    });
                    break;
                case ErrorOutput error:
                    FlushPending(final: true);
                    _publish("error", ErrorContent(error));
                    break;
            }
        }
    }

    /// <summary>Sends the console text gathered so far.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            _timerArmed = false;
            FlushPending(final: false);
        }
    }

    /// <summary>Sends what is left and drops everything reported later (a stray thread of a finished cell).</summary>
    public void Complete()
    {
        lock (_gate)
        {
            FlushPending(final: true);
            _completed = true;
        }
    }

    public void Dispose() => _timer.Dispose();

    /// <summary>The content of an <c>error</c> message (and of an error reply): name, value, traceback.</summary>
    public static JsonObject ErrorContent(ErrorOutput error) => new()
    {
        ["ename"] = error.Name,
        ["evalue"] = error.Value,
        ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
    };

    /// <summary>
    /// A mime bundle as the protocol carries it: each value a string, except JSON mime types, whose
    /// JSON text goes as JSON.
    /// </summary>
    public static JsonObject Bundle(IReadOnlyDictionary<string, string> data)
    {
        var bundle = new JsonObject();
        foreach (var (mimeType, text) in data)
        {
            bundle[mimeType] = mimeType.EndsWith("json", StringComparison.OrdinalIgnoreCase) ? ParseJsonOrString(text) : JsonValue.Create(text);
        }

        return bundle;
    }

    /// <summary>The content of a <c>display_data</c> or <c>update_display_data</c> message.</summary>
    public static JsonObject DisplayContent(DisplayDataOutput display)
    {
        var content = new JsonObject
        {
            ["data"] = Bundle(display.Data),
            ["metadata"] = new JsonObject(),
        };
        if (display.DisplayId is { } id)
        {
            content["transient"] = new JsonObject { ["display_id"] = id };
        }

        return content;
    }

    private static JsonNode ParseJsonOrString(string text)
    {
        try
        {
            return JsonNode.Parse(text) ?? JsonValue.Create(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private void AddStreamText(string streamName, string added)
    {
        if (added.Length == 0)
        {
            return;
        }

        if (_pendingStream is not null && _pendingStream != streamName)
        {
            FlushPending(final: true);
        }

        _pendingStream = streamName;
        _pending.Append(added);
        if (_pending.Length >= MaxPendingChars)
        {
            FlushPending(final: false);
        }
        else if (!_timerArmed)
        {
            _timerArmed = true;
            _timer.Change(_flushInterval, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The text a stream event adds (the engine says which; reading the whole stream each time would be quadratic).</summary>
    private static string NewText(OutputEvent e, StreamOutput stream) => e.AppendedText ?? (e.IsUpdate ? "" : stream.Text);

    private void FlushPending(bool final)
    {
        if (_pending.Length == 0 || _pendingStream is null)
        {
            return;
        }

        // Keep a trailing high surrogate until its pair arrives, so no message splits a character.
        var keep = !final && char.IsHighSurrogate(_pending[^1]) ? 1 : 0;
        if (_pending.Length == keep)
        {
            return;
        }

        var text = _pending.ToString(0, _pending.Length - keep);
        _pending.Remove(0, _pending.Length - keep);
        _publish("stream", new JsonObject { ["name"] = _pendingStream, ["text"] = text });
        if (_pending.Length == 0)
        {
            _pendingStream = null;
        }
    }
}
