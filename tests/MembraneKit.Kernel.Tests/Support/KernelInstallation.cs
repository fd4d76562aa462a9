namespace MembraneKit.Kernel.Tests;

/// <summary>
/// This build's kernel, installed the way a user installs it — <c>membranekit kernel install --prefix DIR</c>,
/// run as its own process — into a temporary folder that Jupyter is pointed to with <c>JUPYTER_PATH</c>.
/// Shared by every test that drives the kernel through Debian's Jupyter stack.
/// </summary>
public sealed class KernelInstallation : IAsyncLifetime
{
    private const string Python = "/usr/bin/python3";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "membranekit-kernel-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The installed kernelspec's folder.</summary>
    public string SpecDirectory => Path.Combine(Root, "prefix", "share", "jupyter", "kernels", KernelSpecInstaller.DefaultName);

    /// <summary>The command (<c>MembraneKit.Cli</c>) beside the tests.</summary>
    public static string Command => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "MembraneKit.Cli.exe" : "MembraneKit.Cli");

    /// <summary>What Jupyter needs to find this kernelspec first and keep its files in the temporary folder.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["JUPYTER_PATH"] = Path.Combine(Root, "prefix", "share", "jupyter"),
        ["JUPYTER_RUNTIME_DIR"] = Path.Combine(Root, "runtime"),
        ["JUPYTER_DATA_DIR"] = Path.Combine(Root, "data"),
        ["JUPYTER_CONFIG_DIR"] = Path.Combine(Root, "config"),
        ["JUPYTER_PLATFORM_DIRS"] = "0",
        ["PYTHONPATH"] = Path.Combine(AppContext.BaseDirectory, "Python"),
        ["PYTHONDONTWRITEBYTECODE"] = "1",
        ["MEMBRANEKIT_KERNEL_COMMAND"] = Command,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        var install = await ProcessRun.RunAsync(Command, ["kernel", "install", "--prefix", Path.Combine(Root, "prefix")], TimeSpan.FromMinutes(1));
        Assert.True(install.ExitCode == 0, $"membranekit kernel install failed.\n{install.Describe()}");
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A kernel still writing its runtime files: the folder is in the temp directory anyway.
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs a Python script from the tests' Python folder with Debian's Python and this environment.</summary>
    public Task<ProcessRun.Result> RunPythonAsync(TimeSpan limit, string script, params string[] arguments) =>
        ProcessRun.RunAsync(Python, [Path.Combine(AppContext.BaseDirectory, "Python", script), .. arguments], limit, Environment);

    /// <summary>Runs <c>python3 -m module</c> with Debian's Python and this environment.</summary>
    public Task<ProcessRun.Result> RunModuleAsync(TimeSpan limit, string module, IEnumerable<string> arguments, string? workingDirectory = null) =>
        ProcessRun.RunAsync(Python, ["-m", module, .. arguments], limit, Environment, workingDirectory);
}

/// <summary>The tests that share one installed kernelspec (and, for those that run the course notebooks, one run of them).</summary>
[CollectionDefinition(Name)]
public sealed class KernelInstallationCollection : ICollectionFixture<KernelInstallation>, ICollectionFixture<CourseRuns>
{
    public const string Name = "Installed kernel";
}
