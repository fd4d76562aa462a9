namespace MembraneKit.Kernel.Tests.Protocol;

public class ConnectionFileTests
{
    private const string Valid = """
        {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
         "ip": "127.0.0.1", "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84", "transport": "tcp",
         "signature_scheme": "hmac-sha256", "kernel_name": ".net-csharp"}
        """;

    [Fact]
    public void A_connection_file_from_jupyter_client_is_read()
    {
        var file = ConnectionFile.Parse(Valid, "kernel-1.json");
        Assert.Equal((5001, 5002, 5003, 5004, 5005), (file.ShellPort, file.IOPubPort, file.StdinPort, file.ControlPort, file.HeartbeatPort));
        Assert.Equal("a0436f6c-1916-498b-8eb9-e81ab9368e84", file.Key);
        Assert.Equal(".net-csharp", file.KernelName);
        Assert.Equal("tcp://127.0.0.1:5001", file.Endpoint(file.ShellPort));
    }

    [Fact]
    public void An_ipv6_address_is_bracketed_in_endpoints()
    {
        var file = ConnectionFile.Parse(Valid.Replace("127.0.0.1", "::1", StringComparison.Ordinal), "f.json");
        Assert.True(file.IsIPv6);
        Assert.Equal("tcp://[::1]:5002", file.Endpoint(file.IOPubPort));
    }

    [Fact]
    public void A_file_that_does_not_exist_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");
        var error = Assert.Throws<ConnectionFileException>(() => ConnectionFile.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
    }

    [Theory]
    [InlineData("{ not json", "is not valid JSON")]
    [InlineData("[]", "does not hold a JSON object")]
    public void Invalid_json_is_reported_with_the_file(string json, string expected)
    {
        var error = Assert.Throws<ConnectionFileException>(() => ConnectionFile.Parse(json, "broken.json"));
        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"shell_port\": 5001,", "", "has no \"shell_port\"")]
    [InlineData("\"hb_port\": 5005", "\"hb_port\": 70000", "\"hb_port\" in \"f.json\" is 70000; a port is an integer from 1 to 65535")]
    [InlineData("\"hb_port\": 5005", "\"hb_port\": \"5005\"", "\"hb_port\" in \"f.json\" is \"5005\"")]
    [InlineData("\"hb_port\": 5005", "\"hb_port\": 5001", "the same port")]
    [InlineData("\"transport\": \"tcp\"", "\"transport\": \"ipc\"", "\"transport\" in \"f.json\" is \"ipc\"; this kernel supports \"tcp\" only")]
    [InlineData("\"signature_scheme\": \"hmac-sha256\"", "\"signature_scheme\": \"hmac-md5\"", "\"signature_scheme\" in \"f.json\" is \"hmac-md5\"")]
    [InlineData("\"ip\": \"127.0.0.1\"", "\"ip\": \"my laptop\"", "\"ip\" in \"f.json\" is \"my laptop\"")]
    public void A_bad_field_is_named_with_its_value_and_what_is_allowed(string original, string replacement, string expected)
    {
        var error = Assert.Throws<ConnectionFileException>(() => ConnectionFile.Parse(Valid.Replace(original, replacement, StringComparison.Ordinal), "f.json"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_key_is_never_echoed()
    {
        var error = Assert.Throws<ConnectionFileException>(() =>
            ConnectionFile.Parse(Valid.Replace("\"a0436f6c-1916-498b-8eb9-e81ab9368e84\"", "982451653", StringComparison.Ordinal), "f.json"));
        Assert.Contains("\"key\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("982451653", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transport_ip_and_scheme_default_as_jupyter_client_does()
    {
        var file = ConnectionFile.Parse("""{"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "key": ""}""", "f.json");
        Assert.Equal(("tcp", "127.0.0.1", ConnectionFile.HmacSha256), (file.Transport, file.IP, file.SignatureScheme));
    }
}
