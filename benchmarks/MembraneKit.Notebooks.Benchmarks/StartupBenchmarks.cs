using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace MembraneKit.Notebooks.Benchmarks;

/// <summary>
/// Process start to a one-cell notebook done, for the installed tool: the CLI is packed (ReadyToRun
/// for this platform) into a private feed, installed into a private tool path, and started afresh
/// for every measurement, and it starts a worker process for the notebook (each notebook runs in its
/// own). Target: ≤ 1.2 s; peak memory ≤ 150 MiB (the tool prints the largest peak working set of its
/// processes, read back here and reported at the end).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15, invocationCount: 1)]
public partial class StartupBenchmarks
{
    private readonly List<double> _peaks = [];
    private string _tool = "";
    private string _notebook = "";
    private string _work = "";

    [GlobalSetup]
    public void Install()
    {
        _work = Path.Combine(Path.GetTempPath(), "membranekit-bench", Guid.NewGuid().ToString("N"));
        var feed = Path.Combine(_work, "feed");
        var tools = Path.Combine(_work, "tools");
        var version = $"0.0.0-bench{DateTime.UtcNow:yyyyMMddHHmmss}";
        Repository.Run("dotnet", Repository.Root, "pack", "src/MembraneKit.Cli", "-c", "Release", "-o", feed, $"-p:Version={version}", "--nologo");
        Repository.Run("dotnet", Repository.Root, "tool", "install", "MembraneKit.Cli", "--version", version, "--tool-path", tools, "--add-source", feed);
        _tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "membranekit.exe" : "membranekit");
        _notebook = Repository.OneCellNotebook(_work);
    }

    [Benchmark(Description = "membranekit run one-cell.ipynb (process start to exit)")]
    public void OneCellNotebook()
    {
        var output = Repository.Run(_tool, _work, "run", _notebook, "--out", Path.Combine(_work, "out"));
        var match = PeakMemory().Match(output);
        if (match.Success)
        {
            _peaks.Add(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    [GlobalCleanup]
    public void Report()
    {
        if (_peaks.Count > 0)
        {
            var sorted = _peaks.Order().ToArray();
            Console.WriteLine($"// Peak working set of the tool over {sorted.Length} runs: median {sorted[sorted.Length / 2]:0} MiB, max {sorted[^1]:0} MiB (target ≤ 150 MiB)");
        }

        Directory.Delete(_work, recursive: true);
    }

    [GeneratedRegex(@"peak memory (\d+) MiB")]
    private static partial Regex PeakMemory();
}
