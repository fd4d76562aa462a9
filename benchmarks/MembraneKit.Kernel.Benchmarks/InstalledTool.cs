using System.Diagnostics;

namespace MembraneKit.Kernel.Benchmarks;

/// <summary>
/// The <c>membranekit</c> command as a user has it: this checkout packed (ReadyToRun for this platform) into
/// a private feed and installed into a private tool path — or the one <c>MEMBRANEKIT_BENCH_TOOL</c> names.
/// </summary>
internal sealed class InstalledTool : IDisposable
{
    private readonly string? _work;

    private InstalledTool(string path, string? work)
    {
        Path = path;
        _work = work;
    }

    /// <summary>The command's executable.</summary>
    public string Path { get; }

    /// <summary>Packs and installs this checkout's command, or takes the one the environment names.</summary>
    public static InstalledTool Install()
    {
        if (Environment.GetEnvironmentVariable("MEMBRANEKIT_BENCH_TOOL") is { Length: > 0 } given)
        {
            return File.Exists(given)
                ? new InstalledTool(given, null)
                : throw new FileNotFoundException($"MEMBRANEKIT_BENCH_TOOL is {given}, which is not a file; give the path of an installed membranekit.", given);
        }

        var work = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "membranekit-kernel-bench", Guid.NewGuid().ToString("N"));
        var feed = System.IO.Path.Combine(work, "feed");
        var tools = System.IO.Path.Combine(work, "tools");
        var version = $"0.0.0-kbench{DateTime.UtcNow:yyyyMMddHHmmss}";
        var root = RepositoryRoot();
        Run("dotnet", root, TimeSpan.FromMinutes(15), "pack", "src/MembraneKit.Cli", "-c", "Release", "-o", feed, $"-p:Version={version}", "--nologo");
        Run("dotnet", root, TimeSpan.FromMinutes(5), "tool", "install", "MembraneKit.Cli", "--version", version, "--tool-path", tools, "--add-source", feed);
        return new InstalledTool(System.IO.Path.Combine(tools, OperatingSystem.IsWindows() ? "membranekit.exe" : "membranekit"), work);
    }

    public void Dispose()
    {
        if (_work is not null && Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Directory.Packages.props")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository, or set MEMBRANEKIT_BENCH_TOOL.");
    }

    private static void Run(string file, string folder, TimeSpan limit, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {limit.TotalMinutes} min.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
        }
    }
}
