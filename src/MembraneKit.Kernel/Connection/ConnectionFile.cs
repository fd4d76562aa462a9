using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Kernel;

/// <summary>
/// What a Jupyter front end tells a kernel it starts: where to bind its five sockets and how to sign
/// messages (the JSON file passed as <c>{connection_file}</c>).
/// </summary>
/// <remarks>
/// Only the <c>tcp</c> transport and the <c>hmac-sha256</c> signature scheme are supported — what every
/// Jupyter front end uses by default. An empty <see cref="Key"/> means the front end asked for unsigned
/// messages, as the messaging protocol allows; the kernel then logs a warning at start.
/// </remarks>
public sealed record ConnectionFile
{
    /// <summary>The one signature scheme this kernel signs and verifies with.</summary>
    public const string HmacSha256 = "hmac-sha256";

    /// <summary>The transport: always <c>tcp</c>.</summary>
    public string Transport { get; init; } = "tcp";

    /// <summary>The address the sockets bind to (<c>127.0.0.1</c>, <c>0.0.0.0</c>, <c>*</c>, <c>::1</c>…).</summary>
    public string IP { get; init; } = "127.0.0.1";

    /// <summary>The shell socket's port (requests and replies).</summary>
    public int ShellPort { get; init; }

    /// <summary>The IOPub socket's port (outputs and status broadcast to every front end).</summary>
    public int IOPubPort { get; init; }

    /// <summary>The stdin socket's port (the kernel asks the front end for input).</summary>
    public int StdinPort { get; init; }

    /// <summary>The control socket's port (interrupt and shutdown, served while a cell runs).</summary>
    public int ControlPort { get; init; }

    /// <summary>The heartbeat socket's port (echoes pings, so the front end sees the kernel alive).</summary>
    public int HeartbeatPort { get; init; }

    /// <summary>The HMAC key; empty when messages are not signed.</summary>
    public string Key { get; init; } = "";

    /// <summary>The signature scheme: <see cref="HmacSha256"/>.</summary>
    public string SignatureScheme { get; init; } = HmacSha256;

    /// <summary>The kernelspec name the front end started, if it says.</summary>
    public string? KernelName { get; init; }

    /// <summary>The endpoint a socket binds: <c>tcp://IP:port</c> (an IPv6 address in brackets).</summary>
    /// <param name="port">One of the five ports.</param>
    public string Endpoint(int port)
    {
        var host = IP is "localhost" ? "127.0.0.1" : IP;
        if (host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('['))
        {
            host = $"[{host}]";
        }

        return $"{Transport}://{host}:{port.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Whether <see cref="IP"/> is an IPv6 address.</summary>
    public bool IsIPv6 => IP.Contains(':', StringComparison.Ordinal);

    /// <summary>Reads and checks a connection file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="ConnectionFileException">The file is missing, not JSON, or names a port, transport or scheme this kernel cannot use.</exception>
    public static ConnectionFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConnectionFileException(path, $"The connection file \"{path}\" does not exist. A Jupyter front end writes it and passes its path as {{connection_file}}.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConnectionFileException(path, $"The connection file \"{path}\" cannot be read: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Reads and checks the text of a connection file.</summary>
    /// <param name="json">The file's JSON.</param>
    /// <param name="path">The file's name, for messages.</param>
    /// <exception cref="ConnectionFileException">The JSON is invalid or names a port, transport or scheme this kernel cannot use.</exception>
    public static ConnectionFile Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(path);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject
                   ?? throw new ConnectionFileException(path, $"The connection file \"{path}\" does not hold a JSON object; it needs {Needs}.");
        }
        catch (JsonException e)
        {
            throw new ConnectionFileException(path, $"The connection file \"{path}\" is not valid JSON ({e.Message}); it needs {Needs}.", e);
        }

        var transport = String(root, "transport", path) ?? "tcp";
        if (transport != "tcp")
        {
            throw new ConnectionFileException(path, $"\"transport\" in \"{path}\" is \"{transport}\"; this kernel supports \"tcp\" only.");
        }

        var scheme = String(root, "signature_scheme", path) ?? HmacSha256;
        if (!string.Equals(scheme, HmacSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConnectionFileException(path, $"\"signature_scheme\" in \"{path}\" is \"{scheme}\"; this kernel signs and verifies messages with \"{HmacSha256}\" only (what Jupyter front ends use by default).");
        }

        var ip = String(root, "ip", path) ?? "127.0.0.1";
        if (ip.Length == 0 || (ip is not ("*" or "localhost") && !IPAddress.TryParse(ip, out _)))
        {
            throw new ConnectionFileException(path, $"\"ip\" in \"{path}\" is \"{ip}\"; it must be an IP address (127.0.0.1, 0.0.0.0, ::1), \"*\" or \"localhost\".");
        }

        var file = new ConnectionFile
        {
            Transport = transport,
            IP = ip,
            ShellPort = Port(root, "shell_port", path),
            IOPubPort = Port(root, "iopub_port", path),
            StdinPort = Port(root, "stdin_port", path),
            ControlPort = Port(root, "control_port", path),
            HeartbeatPort = Port(root, "hb_port", path),
            Key = String(root, "key", path) ?? "",
            SignatureScheme = HmacSha256,
            KernelName = String(root, "kernel_name", path),
        };
        var ports = new[] { file.ShellPort, file.IOPubPort, file.StdinPort, file.ControlPort, file.HeartbeatPort };
        if (ports.Distinct().Count() != ports.Length)
        {
            throw new ConnectionFileException(path, $"The connection file \"{path}\" gives two sockets the same port ({string.Join(", ", ports)}); each of the five needs its own.");
        }

        return file;
    }

    private const string Needs = "shell_port, iopub_port, stdin_port, control_port and hb_port (integers 1 to 65535), ip, key, transport \"tcp\" and signature_scheme \"hmac-sha256\"";

    private static string? String(JsonObject root, string name, string path)
    {
        var node = root[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        // The key is a secret: never echo it, not even when it is malformed.
        var shown = name == "key" ? $"a JSON {node.GetValueKind().ToString().ToLowerInvariant()}" : Describe(node);
        throw new ConnectionFileException(path, $"\"{name}\" in \"{path}\" is {shown}; it must be a string.");
    }

    private static int Port(JsonObject root, string name, string path)
    {
        var node = root[name] ?? throw new ConnectionFileException(path, $"The connection file \"{path}\" has no \"{name}\"; it needs {Needs}.");
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var port) && port is >= 1 and <= 65535)
        {
            return port;
        }

        throw new ConnectionFileException(path, $"\"{name}\" in \"{path}\" is {Describe(node)}; a port is an integer from 1 to 65535.");
    }

    private static string Describe(JsonNode node)
    {
        var text = node.ToJsonString();
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
