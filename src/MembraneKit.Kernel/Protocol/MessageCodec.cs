using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Kernel;

/// <summary>
/// Turns messages into ZeroMQ frames and back: <c>[identities…, "&lt;IDS|MSG&gt;", signature, header,
/// parent_header, metadata, content, buffers…]</c>, signed and verified with <see cref="MessageSigner"/>.
/// </summary>
/// <remarks>
/// A received message is accepted only when its signature verifies, has not been seen before (a replayed
/// message is dropped, as jupyter_client's session does), and its four JSON parts are objects with a
/// <c>msg_id</c> and a <c>msg_type</c>. Reading never throws: a rejected message comes back with the
/// reason, for the log.
/// </remarks>
internal sealed class MessageCodec
{
    /// <summary>The protocol version this kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    private const int RememberedSignatures = 1 << 16;

    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MessageSigner _signer;
    private readonly string _session;
    private readonly string _username;
    private readonly Lock _seenGate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _seenOrder = new();

    public MessageCodec(MessageSigner signer, string session, string username)
    {
        _signer = signer;
        _session = session;
        _username = username;
    }

    /// <summary>This kernel's session id (the <c>session</c> of every header it writes).</summary>
    public string Session => _session;

    /// <summary>
    /// A new message of this kernel: a fresh header, the parent's header (the request it answers or the
    /// request whose side effect it reports) and the parent's identities, so a reply routes back to its sender.
    /// </summary>
    public JupyterMessage Create(string msgType, JsonObject content, JupyterMessage? parent, JsonObject? metadata = null)
    {
        var header = new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString("N"),
            ["session"] = _session,
            ["username"] = _username,
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ["msg_type"] = msgType,
            ["version"] = ProtocolVersion,
        };
        var parentHeader = parent is null ? [] : (JsonObject)parent.Header.DeepClone();
        return new JupyterMessage(parent?.Identities ?? [], header, parentHeader, metadata ?? [], content, []);
    }

    /// <summary>The frames of a message, signed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="identities">The frames before the delimiter: routing identities, or an IOPub topic.</param>
    public List<byte[]> Encode(JupyterMessage message, IReadOnlyList<byte[]>? identities = null)
    {
        var header = Serialize(message.Header);
        var parent = Serialize(message.ParentHeader);
        var metadata = Serialize(message.Metadata);
        var content = Serialize(message.Content);
        var frames = new List<byte[]>((identities ?? message.Identities).Count + 6 + message.Buffers.Count);
        frames.AddRange(identities ?? message.Identities);
        frames.Add(Delimiter);
        frames.Add(_signer.Sign(header, parent, metadata, content));
        frames.Add(header);
        frames.Add(parent);
        frames.Add(metadata);
        frames.Add(content);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Reads a received multipart message; <see langword="false"/> with the reason when it is rejected.</summary>
    public bool TryDecode(IReadOnlyList<byte[]> frames, [NotNullWhen(true)] out JupyterMessage? message, out string problem)
    {
        message = null;
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
                break;
            }
        }

        if (delimiter < 0)
        {
            problem = $"it has no <IDS|MSG> delimiter ({frames.Count} frame(s))";
            return false;
        }

        if (frames.Count - delimiter - 1 < 5)
        {
            problem = $"it has {frames.Count - delimiter - 1} frame(s) after the delimiter; a message needs 5 (signature, header, parent_header, metadata, content)";
            return false;
        }

        var signature = frames[delimiter + 1];
        var header = frames[delimiter + 2];
        var parent = frames[delimiter + 3];
        var metadata = frames[delimiter + 4];
        var content = frames[delimiter + 5];
        if (!_signer.Verify(signature, header, parent, metadata, content))
        {
            problem = signature.Length == 0 ? "it is not signed" : "its signature does not match its content (a wrong key, or the message was altered)";
            return false;
        }

        if (_signer.IsEnabled && !Remember(Encoding.ASCII.GetString(signature)))
        {
            problem = "it repeats a message already received (the same signature): a replay";
            return false;
        }

        if (!TryParseObject(header, "header", out var headerObject, out problem)
            || !TryParseObject(parent, "parent_header", out var parentObject, out problem)
            || !TryParseObject(metadata, "metadata", out var metadataObject, out problem)
            || !TryParseObject(content, "content", out var contentObject, out problem))
        {
            return false;
        }

        if (!IsString(headerObject["msg_type"]) || !IsString(headerObject["msg_id"]))
        {
            problem = "its header has no msg_type or no msg_id string";
            return false;
        }

        message = new JupyterMessage(frames.Take(delimiter).ToArray(), headerObject, parentObject, metadataObject, contentObject, frames.Skip(delimiter + 6).ToArray());
        problem = "";
        return true;
    }

    private static byte[] Serialize(JsonObject value) => Encoding.UTF8.GetBytes(value.ToJsonString(Json));

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String;

    private static bool TryParseObject(byte[] frame, string part, [NotNullWhen(true)] out JsonObject? value, out string problem)
    {
        value = null;
        if (!System.Text.Unicode.Utf8.IsValid(frame))
        {
            problem = $"its {part} is not valid UTF-8";
            return false;
        }

        try
        {
            value = JsonNode.Parse(frame) as JsonObject;
        }
        catch (JsonException e)
        {
            problem = $"its {part} is not valid JSON ({e.Message})";
            return false;
        }
        if (value is null)
        {
            problem = $"its {part} is not a JSON object";
            return false;
        }

        problem = "";
        return true;
    }

    private bool Remember(string signature)
    {
        lock (_seenGate)
        {
            if (!_seen.Add(signature))
            {
                return false;
            }

            _seenOrder.Enqueue(signature);
            if (_seenOrder.Count > RememberedSignatures)
            {
                _seen.Remove(_seenOrder.Dequeue());
            }

            return true;
        }
    }
}
