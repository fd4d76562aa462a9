using System.Text;
using System.Text.Json.Nodes;

namespace MembraneKit.Kernel.Tests.Protocol;

public class MessageCodecTests
{
    private const string Key = "0123456789abcdef";

    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    private static MessageCodec Codec(string key = Key) => new(new MessageSigner(key), "kernel-session", "tester");

    private static List<byte[]> Frames(string header, string parent, string metadata, string content, string key = Key, params byte[][] identities)
    {
        var parts = new[] { header, parent, metadata, content }.Select(Encoding.UTF8.GetBytes).ToArray();
        var frames = new List<byte[]>(identities) { Delimiter, new MessageSigner(key).Sign(parts[0], parts[1], parts[2], parts[3]) };
        frames.AddRange(parts);
        return frames;
    }

    private const string KernelInfoHeader = """{"msg_id":"a","msg_type":"kernel_info_request"}""";

    [Fact]
    public void The_signature_is_the_hex_hmac_sha256_that_jupyter_client_computes()
    {
        // Computed by jupyter_client's Session(key=b"0123456789abcdef").sign([...]) under /usr/bin/python3.
        var signature = new MessageSigner(Key).Sign(Encoding.UTF8.GetBytes(KernelInfoHeader), "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray());
        Assert.Equal("d4eabf4290b52e3dae2f84c00845e55cff74c62e45c24350aae3fd09ad14e116", Encoding.ASCII.GetString(signature));
    }

    [Fact]
    public void A_signed_message_decodes_with_its_identities_and_parts()
    {
        var identity = "client-identity"u8.ToArray();
        var frames = Frames(KernelInfoHeader, """{"msg_id":"p"}""", """{"m":1}""", """{"c":"ü"}""", Key, identity);
        Assert.True(Codec().TryDecode(frames, out var message, out var problem), problem);
        Assert.Equal("kernel_info_request", message.MsgType);
        Assert.Equal("a", message.MsgId);
        Assert.Equal(identity, Assert.Single(message.Identities));
        Assert.Equal("p", (string?)message.ParentHeader["msg_id"]);
        Assert.Equal(1, (int?)message.Metadata["m"]);
        Assert.Equal("ü", (string?)message.Content["c"]);
    }

    [Fact]
    public void What_the_codec_encodes_it_decodes()
    {
        var codec = Codec();
        var request = new JupyterMessage([[1, 2, 3]], new JsonObject { ["msg_id"] = "r", ["msg_type"] = "execute_request" }, [], [], [], []);
        var reply = codec.Create("execute_reply", new JsonObject { ["status"] = "ok", ["text"] = "∆V = −70 mV" }, request);
        Assert.True(Codec().TryDecode(codec.Encode(reply), out var decoded, out var problem), problem);
        Assert.Equal("execute_reply", decoded.MsgType);
        Assert.Equal("5.3", (string?)decoded.Header["version"]);
        Assert.Equal("kernel-session", (string?)decoded.Header["session"]);
        Assert.Equal("r", (string?)decoded.ParentHeader["msg_id"]);
        Assert.Equal("∆V = −70 mV", (string?)decoded.Content["text"]);
        Assert.Equal([1, 2, 3], Assert.Single(decoded.Identities));
    }

    [Fact]
    public void A_message_signed_with_another_key_is_rejected()
    {
        var frames = Frames(KernelInfoHeader, "{}", "{}", "{}", key: "another key");
        Assert.False(Codec().TryDecode(frames, out _, out var problem));
        Assert.Contains("signature does not match", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_message_with_an_altered_part_is_rejected(int part)
    {
        var frames = Frames(KernelInfoHeader, "{ }", "{ }", "{ }");
        frames[part] = [.. frames[part].Take(frames[part].Length - 1), (byte)' ', frames[part][^1]];
        Assert.False(Codec().TryDecode(frames, out _, out var problem));
        Assert.Contains("signature does not match", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsigned_message_is_rejected_when_there_is_a_key()
    {
        var frames = Frames(KernelInfoHeader, "{}", "{}", "{}");
        frames[1] = [];
        Assert.False(Codec().TryDecode(frames, out _, out var problem));
        Assert.Contains("not signed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_that_is_not_hex_is_rejected()
    {
        var frames = Frames(KernelInfoHeader, "{}", "{}", "{}");
        frames[1] = Encoding.ASCII.GetBytes(new string('z', 64));
        Assert.False(Codec().TryDecode(frames, out _, out _));
    }

    [Fact]
    public void The_same_message_is_accepted_once()
    {
        var codec = Codec();
        var frames = Frames(KernelInfoHeader, "{}", "{}", "{}");
        Assert.True(codec.TryDecode(frames, out _, out _));
        Assert.False(codec.TryDecode(frames, out _, out var problem));
        Assert.Contains("replay", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_key_messages_are_neither_signed_nor_checked()
    {
        var codec = Codec(key: "");
        var frames = Frames(KernelInfoHeader, "{}", "{}", "{}", key: "");
        Assert.Empty(frames[1]);
        Assert.True(codec.TryDecode(frames, out _, out _));
        Assert.True(codec.TryDecode(frames, out _, out _));
    }

    [Theory]
    [InlineData("{not json", "{}", "header is not valid JSON")]
    [InlineData("[1, 2]", "{}", "header is not a JSON object")]
    [InlineData("""{"msg_id":"a"}""", "{}", "no msg_type")]
    [InlineData("""{"msg_id":"a","msg_type":7}""", "{}", "no msg_type")]
    [InlineData(KernelInfoHeader, "\"text\"", "content is not a JSON object")]
    [InlineData(KernelInfoHeader, "null", "content is not a JSON object")]
    public void Malformed_parts_are_rejected_with_the_reason(string header, string content, string reason)
    {
        Assert.False(Codec().TryDecode(Frames(header, "{}", "{}", content), out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_rejected()
    {
        var frames = Frames(KernelInfoHeader, "{}", "{}", "{}");
        var content = new byte[] { (byte)'{', (byte)'"', 0xff, 0xfe, (byte)'"', (byte)':', (byte)'1', (byte)'}' };
        frames[5] = content;
        frames[1] = new MessageSigner(Key).Sign(frames[2], frames[3], frames[4], content);
        Assert.False(Codec().TryDecode(frames, out _, out var problem));
        Assert.Contains("content", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Frames_without_a_delimiter_or_with_too_few_parts_are_rejected()
    {
        Assert.False(Codec().TryDecode([[1], [2]], out _, out var noDelimiter));
        Assert.Contains("no <IDS|MSG> delimiter", noDelimiter, StringComparison.Ordinal);
        Assert.False(Codec().TryDecode([Delimiter, [], "{}"u8.ToArray()], out _, out var tooFew));
        Assert.Contains("2 frame(s) after the delimiter", tooFew, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_frames_never_make_the_decoder_throw()
    {
        var random = new Random(20261203);
        var codec = Codec();
        for (var i = 0; i < 2000; i++)
        {
            var frames = Enumerable.Range(0, random.Next(0, 9)).Select(_ =>
            {
                var frame = new byte[random.Next(0, 40)];
                random.NextBytes(frame);
                return random.Next(4) == 0 ? Delimiter : frame;
            }).ToList();
            Assert.False(codec.TryDecode(frames, out _, out var problem));
            Assert.NotEmpty(problem);
        }
    }

    [Fact]
    public void Half_a_character_goes_out_as_a_replacement_character_in_valid_json()
    {
        var codec = Codec();
        var frames = codec.Encode(codec.Create("stream", new JsonObject { ["text"] = "x\uD83Dy" }, null));
        Assert.True(Codec().TryDecode(frames, out var decoded, out var problem), problem);
        Assert.Equal("x\uFFFDy", (string?)decoded.Content["text"]);
    }
}
