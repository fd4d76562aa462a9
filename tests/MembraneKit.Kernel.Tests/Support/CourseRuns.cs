using System.Text.Json.Nodes;
using MembraneKit.Testing;

namespace MembraneKit.Kernel.Tests;

/// <summary>
/// The course notebooks of <c>notebooks/</c>, executed twice from the same local feed: by nbclient on this
/// kernel (Python/course.py, no kernel name given) and by <c>membranekit run</c>, so the tests can hold each
/// executed copy against the other. Nothing is done until a test asks: the feed is packed (once, under
/// <see cref="LocalFeed"/>'s lock) and both runs made on the first request, and every later request gets the
/// same result.
/// </summary>
public sealed class CourseRuns : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "membranekit-course-runs", Guid.NewGuid().ToString("N"));
    private Task<string>? _feed;
    private Task<Executed>? _executed;

    /// <summary>The repository: the folder above the tests holding MembraneKit.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The course notebooks' folder; their NuGet.config names the local feed.</summary>
    public static string NotebooksFolder => Path.Combine(Root, "notebooks");

    /// <summary>The course notebooks' names (no extension), in course order.</summary>
    public static string[] Names() =>
        [.. Directory.GetFiles(NotebooksFolder, "*.ipynb").Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    /// <summary>Packs the kit into <c>artifacts/packages</c> with <c>membranekit setup</c> unless it is there already.</summary>
    public Task<string> FeedAsync()
    {
        lock (_gate)
        {
            return _feed ??= LocalFeed.EnsurePackedAsync(Root, async _ =>
            {
                var setup = await ProcessRun.RunAsync(KernelInstallation.Command, ["setup", "--repo", Root], TimeSpan.FromMinutes(20));
                return (setup.ExitCode, setup.Describe());
            }, TimeSpan.FromMinutes(25));
        }
    }

    /// <summary>Every course notebook run by nbclient on <paramref name="kernel"/> and by <c>membranekit run</c>.</summary>
    public Task<Executed> ExecuteAsync(KernelInstallation kernel)
    {
        lock (_gate)
        {
            return _executed ??= RunBothAsync(kernel);
        }
    }

    private async Task<Executed> RunBothAsync(KernelInstallation kernel)
    {
        await FeedAsync();
        var byNbclient = Path.Combine(_folder, "nbclient");
        var byRun = Path.Combine(_folder, "run");
        var notebooks = Directory.GetFiles(NotebooksFolder, "*.ipynb").Order(StringComparer.Ordinal).ToArray();

        // The two runs use separate processes and folders: run them side by side.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var nbclient = kernel.RunPythonAsync(TimeSpan.FromMinutes(8), "course.py", [byNbclient, .. notebooks]);
        var run = ProcessRun.RunAsync(KernelInstallation.Command, ["run", NotebooksFolder, "--out", byRun, "--timeout", "120"], TimeSpan.FromMinutes(8), workingDirectory: NotebooksFolder);
        await Task.WhenAll(nbclient, run);
        var nbclientResult = await nbclient;
        var runResult = await run;
        Assert.True(runResult.ExitCode == 0, $"membranekit run failed on the course notebooks.\n{runResult.Describe()}");

        // course.py's last line is its summary, even when a notebook failed (it then exits with 1).
        var summaryLine = nbclientResult.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "";
        Assert.True(summaryLine.StartsWith('['), $"course.py printed no summary.\n{nbclientResult.Describe()}");
        var summary = JsonNode.Parse(summaryLine)!.AsArray()
            .Select(entry => entry!.AsObject())
            .ToDictionary(entry => Path.GetFileNameWithoutExtension((string)entry["notebook"]!), entry => entry);
        return new Executed(byNbclient, byRun, summary, nbclientResult, runResult, clock.Elapsed);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // In the temp directory anyway.
        }

        return Task.CompletedTask;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MembraneKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"MembraneKit.sln not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Where each run wrote its executed copies, what course.py reported per notebook, and how long both took.</summary>
    public sealed record Executed(
        string ByNbclient, string ByRun, IReadOnlyDictionary<string, JsonObject> Summary, ProcessRun.Result Nbclient, ProcessRun.Result Run, TimeSpan Elapsed)
    {
        public JsonObject NbclientCopy(string name) => Load(Path.Combine(ByNbclient, name + ".ipynb"));

        public JsonObject RunCopy(string name) => Load(Path.Combine(ByRun, name + ".ipynb"));

        private static JsonObject Load(string path)
        {
            Assert.True(File.Exists(path), $"No executed copy at {path}");
            return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        }
    }
}
