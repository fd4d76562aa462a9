using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace MembraneKit.Kernel.Tests.Jupyter;

/// <summary><c>membranekit kernel start</c> as its own process, when it cannot serve.</summary>
public sealed class KernelStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "membranekit-kernel-start", Guid.NewGuid().ToString("N"));

    public KernelStartTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task A_port_in_use_is_named_and_the_kernel_exits_with_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var path = Path.Combine(_folder, "kernel.json");
        File.WriteAllText(path, new JsonObject
        {
            ["shell_port"] = port,
            ["iopub_port"] = FreePort(),
            ["stdin_port"] = FreePort(),
            ["control_port"] = FreePort(),
            ["hb_port"] = FreePort(),
            ["ip"] = "127.0.0.1",
            ["key"] = "a-key",
            ["transport"] = "tcp",
            ["signature_scheme"] = "hmac-sha256",
        }.ToJsonString());

        var run = await ProcessRun.RunAsync(KernelInstallation.Command, ["kernel", "start", "--connection-file", path], TimeSpan.FromMinutes(1));

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains($"Could not bind the shell socket to tcp://127.0.0.1:{port}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("a-key", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_connection_file_exits_with_2()
    {
        var path = Path.Combine(_folder, "never-written.json");
        var run = await ProcessRun.RunAsync(KernelInstallation.Command, ["kernel", "start", "--connection-file", path], TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
    }
}
