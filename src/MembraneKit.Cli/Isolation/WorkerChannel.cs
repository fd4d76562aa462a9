using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Cli.Isolation;

/// <summary>
/// JSON lines over a pipe between the run and a notebook's worker process: one compact JSON object per
/// line, each written whole under a lock (a worker writes from its run, its exit handler and its
/// signal handlers). A line cut short by a dying process reads as the end of the stream.
/// </summary>
internal sealed class WorkerChannel(Stream stream)
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly object _gate = new();
    private readonly StreamReader _reader = new(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);

    /// <summary>Writes one message; compact JSON escapes line breaks inside strings, so it stays one line.</summary>
    public void Send(JsonObject message)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, Compact);
        lock (_gate)
        {
            stream.Write(bytes);
            stream.Write(NewLine);
            stream.Flush();
        }
    }

    /// <summary>Writes one message unless the other end has gone; says whether it was written.</summary>
    public bool TrySend(JsonObject message)
    {
        try
        {
            Send(message);
            return true;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The next message, or <see langword="null"/> at the end of the stream (or a line cut short).</summary>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        string? line;
        try
        {
            line = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return null;
        }

        if (line is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The <c>type</c> of a message.</summary>
    public static string TypeOf(JsonObject message) => message["type"] is JsonValue value && value.TryGetValue<string>(out var type) ? type : "";
}
