namespace MembraneKit.Kernel.Tests.KernelSpecs;

/// <summary>Install locations resolved as jupyter_client resolves them: checked against Debian's jupyter_client itself.</summary>
public sealed class JupyterPathsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "membranekit-paths-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static async Task<string> JupyterClientFindsAsync(Dictionary<string, string> environment)
    {
        var run = await ProcessRun.RunAsync(
            "/usr/bin/python3",
            ["-c", "from jupyter_client.kernelspec import KernelSpecManager; print(KernelSpecManager().find_kernel_specs().get('.net-csharp', 'none'))"],
            TimeSpan.FromMinutes(1),
            environment);
        Assert.True(run.ExitCode == 0, run.Describe());
        return run.Output.Trim();
    }

    private static async Task InstallAsync(Dictionary<string, string> environment, params string[] location)
    {
        var run = await ProcessRun.RunAsync(KernelInstallation.Command, ["kernel", "install", .. location], TimeSpan.FromMinutes(1), environment);
        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Fact]
    public async Task A_user_install_is_where_jupyter_client_looks_with_xdg_data_home()
    {
        var environment = new Dictionary<string, string> { ["HOME"] = Path.Combine(_root, "home"), ["XDG_DATA_HOME"] = Path.Combine(_root, "xdg"), ["JUPYTER_DATA_DIR"] = "", ["JUPYTER_PATH"] = "" };
        await InstallAsync(environment, "--user");
        Assert.Equal(Path.Combine(_root, "xdg", "jupyter", "kernels", ".net-csharp"), await JupyterClientFindsAsync(environment));
    }

    [Fact]
    public async Task A_user_install_honours_jupyter_data_dir()
    {
        var environment = new Dictionary<string, string> { ["HOME"] = Path.Combine(_root, "home"), ["JUPYTER_DATA_DIR"] = Path.Combine(_root, "data"), ["JUPYTER_PATH"] = "" };
        await InstallAsync(environment);
        Assert.Equal(Path.Combine(_root, "data", "kernels", ".net-csharp"), await JupyterClientFindsAsync(environment));
    }

    [Fact]
    public async Task A_prefix_install_is_found_through_jupyter_path()
    {
        var environment = new Dictionary<string, string> { ["HOME"] = Path.Combine(_root, "home"), ["JUPYTER_PATH"] = Path.Combine(_root, "prefix", "share", "jupyter") };
        await InstallAsync(environment, "--prefix", Path.Combine(_root, "prefix"));
        Assert.Equal(Path.Combine(_root, "prefix", "share", "jupyter", "kernels", ".net-csharp"), await JupyterClientFindsAsync(environment));
    }

    [Fact]
    public async Task The_python_prefix_is_that_of_debians_python()
    {
        var run = await ProcessRun.RunAsync("/usr/bin/python3", ["-c", "import sys; print(sys.prefix)"], TimeSpan.FromMinutes(1));
        Assert.Equal(run.Output.Trim(), JupyterPaths.PythonPrefix());
    }

    [Fact]
    public async Task The_search_path_lists_folders_in_the_order_jupyter_client_searches_them()
    {
        var run = await ProcessRun.RunAsync("/usr/bin/python3", ["-c", "from jupyter_client.kernelspec import KernelSpecManager; print('\\n'.join(KernelSpecManager().kernel_dirs))"], TimeSpan.FromMinutes(1));
        var expected = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(expected, JupyterPaths.KernelSearchPath().Take(expected.Length));
    }

    [Fact]
    public async Task Kernel_list_shows_jupyters_search_order_and_which_kernelspecs_are_ours()
    {
        var first = Path.Combine(_root, "first");
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(_root, "home"),
            ["JUPYTER_DATA_DIR"] = Path.Combine(_root, "data"),
            ["JUPYTER_PATH"] = Path.Combine(first, "share", "jupyter"),
        };
        var theirs = Directory.CreateDirectory(Path.Combine(first, "share", "jupyter", "kernels", ".net-csharp")).FullName;
        File.WriteAllText(Path.Combine(theirs, "kernel.json"), """{"argv": ["dotnet", "interactive", "jupyter", "{connection_file}"], "display_name": ".NET (C#)"}""");
        await InstallAsync(environment, "--user");

        var run = await ProcessRun.RunAsync(KernelInstallation.Command, ["kernel", "list"], TimeSpan.FromMinutes(1), environment);

        Assert.True(run.ExitCode == 0, run.Describe());
        var lines = run.Output.Split('\n');
        var theirsLine = Array.FindIndex(lines, line => line.Contains(theirs, StringComparison.Ordinal));
        var oursLine = Array.FindIndex(lines, line => line.Contains(Path.Combine(_root, "data", "kernels", ".net-csharp"), StringComparison.Ordinal));
        Assert.True(theirsLine >= 0 && oursLine > theirsLine, run.Output);
        Assert.Contains("dotnet interactive jupyter", lines[theirsLine + 1], StringComparison.Ordinal);
        Assert.Contains("hidden by an earlier one", lines[oursLine], StringComparison.Ordinal);
        Assert.Contains("MembraneKit's kernel", lines[oursLine + 1], StringComparison.Ordinal);
    }
}
