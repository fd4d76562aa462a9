using System.Text.Json.Nodes;

namespace MembraneKit.Cli.Tests;

public sealed class KernelCommandTests
{
    private static string Kernels(string prefix) => Path.Combine(prefix, "share", "jupyter", "kernels");

    [Fact]
    public async Task Install_writes_a_kernelspec_that_starts_this_program_with_the_connection_file()
    {
        var prefix = CliRun.TempFolder();

        var (code, output, _) = await CliRun.RunAsync("kernel", "install", "--prefix", prefix, "--display-name", "C# for the course");

        Assert.Equal(0, code);
        var directory = Path.Combine(Kernels(prefix), ".net-csharp");
        Assert.Contains(directory, output, StringComparison.Ordinal);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "kernel.json")))!;
        var argv = spec["argv"]!.AsArray().Select(a => (string)a!).ToArray();
        Assert.Equal(Environment.ProcessPath, argv[0]);
        Assert.Equal(["kernel", "start", "--connection-file", "{connection_file}"], argv[^4..]);
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            Assert.Equal(typeof(CliApplication).Assembly.Location, argv[1]);
        }

        Assert.Equal("C# for the course", (string?)spec["display_name"]);
        Assert.Equal("message", (string?)spec["interrupt_mode"]);
    }

    [Fact]
    public async Task Install_leaves_a_kernelspec_that_is_not_ours_and_says_whose_it_is()
    {
        var prefix = CliRun.TempFolder();
        var directory = Directory.CreateDirectory(Path.Combine(Kernels(prefix), ".net-csharp")).FullName;
        var file = Path.Combine(directory, "kernel.json");
        const string Theirs = """{"argv": ["dotnet", "interactive", "jupyter", "{connection_file}"], "display_name": ".NET (C#)", "language": "C#"}""";
        File.WriteAllText(file, Theirs);

        var (code, _, error) = await CliRun.RunAsync("kernel", "install", "--prefix", prefix);

        Assert.Equal(1, code);
        Assert.Contains(directory, error, StringComparison.Ordinal);
        Assert.Contains("dotnet interactive jupyter", error, StringComparison.Ordinal);
        Assert.Equal(Theirs, File.ReadAllText(file));

        (code, _, _) = await CliRun.RunAsync("kernel", "install", "--prefix", prefix, "--force");
        Assert.Equal(0, code);
        Assert.NotNull(JsonNode.Parse(File.ReadAllText(file))!["metadata"]!["membranekit"]);
    }

    [Fact]
    public async Task Uninstall_removes_ours_and_refuses_another()
    {
        var prefix = CliRun.TempFolder();
        Assert.Equal(0, (await CliRun.RunAsync("kernel", "install", "--prefix", prefix, "--name", "course")).ExitCode);
        var foreign = Directory.CreateDirectory(Path.Combine(Kernels(prefix), "python3")).FullName;
        File.WriteAllText(Path.Combine(foreign, "kernel.json"), """{"argv": ["python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"], "display_name": "Python 3"}""");

        Assert.Equal(0, (await CliRun.RunAsync("kernel", "uninstall", "--prefix", prefix, "--name", "course")).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(Kernels(prefix), "course")));

        var (code, _, error) = await CliRun.RunAsync("kernel", "uninstall", "--prefix", prefix, "--name", "python3");
        Assert.Equal(1, code);
        Assert.Contains("ipykernel_launcher", error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(foreign));

        (code, _, error) = await CliRun.RunAsync("kernel", "uninstall", "--prefix", prefix, "--name", "course");
        Assert.Equal(1, code);
        Assert.Contains("no kernelspec \"course\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_install_locations_at_once_are_refused()
    {
        var (code, _, error) = await CliRun.RunAsync("kernel", "install", "--user", "--prefix", CliRun.TempFolder());
        Assert.Equal(2, code);
        Assert.Contains("at most one of --user, --sys-prefix and --prefix", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_jupyter_does_not_allow_is_refused()
    {
        var (code, _, error) = await CliRun.RunAsync("kernel", "install", "--prefix", CliRun.TempFolder(), "--name", "my kernel");
        Assert.Equal(2, code);
        Assert.Contains("\"my kernel\" is not allowed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_without_a_connection_file_exits_with_2()
    {
        var (code, _, error) = await CliRun.RunAsync("kernel", "start");
        Assert.Equal(2, code);
        Assert.Contains("--connection-file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_with_a_missing_connection_file_names_it_and_exits_with_2()
    {
        var path = Path.Combine(CliRun.TempFolder(), "kernel-123.json");
        var (code, _, error) = await CliRun.RunAsync("kernel", "start", "--connection-file", path);
        Assert.Equal(2, code);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"shell_port\": ", "is not valid JSON")]
    [InlineData("""{"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "key": "k", "signature_scheme": "hmac-md5"}""", "\"signature_scheme\"")]
    public async Task Start_with_an_invalid_connection_file_explains_and_exits_with_2(string json, string expected)
    {
        var path = Path.Combine(CliRun.TempFolder(), "kernel.json");
        File.WriteAllText(path, json);
        var (code, _, error) = await CliRun.RunAsync("kernel", "start", "--connection-file", path);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_refuses_a_negative_cell_timeout()
    {
        var (code, _, error) = await CliRun.RunAsync("kernel", "start", "--connection-file", "x.json", "--cell-timeout", "-1");
        Assert.Equal(2, code);
        Assert.Contains("--cell-timeout is -1", error, StringComparison.Ordinal);
    }
}
