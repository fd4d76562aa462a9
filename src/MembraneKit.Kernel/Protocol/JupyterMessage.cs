using System.Text.Json.Nodes;

namespace MembraneKit.Kernel;

/// <summary>
/// One message of the Jupyter messaging protocol: the routing identities it came with (or goes to),
/// its header, its parent's header, metadata, content and binary buffers.
/// </summary>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    /// <summary>The message type (<c>execute_request</c>, <c>status</c>…); checked when the message was read.</summary>
    public string MsgType => (string?)Header["msg_type"] ?? "";

    /// <summary>The message's id.</summary>
    public string MsgId => (string?)Header["msg_id"] ?? "";
}
