using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace MembraneKit.Notebooks.Benchmarks;

/// <summary>
/// Code assistance in a session that has run a few cells: warm completions and an inspection (the
/// workspace is built; only the edited cell changes). Target: under 50 ms median warm. The first
/// completion of the process (Roslyn's editor services composed and jitted, the workspace built) is
/// measured once in each benchmark process's setup and printed with the working set before and after,
/// after checking that running cells alone did not load those services.
/// </summary>
[MemoryDiagnoser]
public class CompletionBenchmarks
{
    private NotebookSession _session = null!;

    [GlobalSetup]
    public void StartSession()
    {
        _session = new NotebookSession();
        foreach (var cell in Cells)
        {
            Run(_session.ExecuteAsync(cell));
        }

        var featuresBefore = AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "Microsoft.CodeAnalysis.Features");
        var before = WorkingSetMiB();
        var clock = Stopwatch.StartNew();
        Run(_session.CompleteAsync("\"abc\".Len", 9));
        var cold = clock.Elapsed;
        clock.Restart();
        Run(_session.InspectAsync("Math.Sqrt", 9, 0));
        var firstInspection = clock.Elapsed;
        Console.WriteLine($"// Roslyn's editor features loaded before the first completion: {(featuresBefore ? "yes (they should not be)" : "no")}");
        Console.WriteLine($"// First completion of the process: {cold.TotalMilliseconds:0} ms (working set {before:0} → {WorkingSetMiB():0} MiB); first inspection (framework docs read): {firstInspection.TotalMilliseconds:0} ms");
    }

    [GlobalCleanup]
    public void Stop() => _session.Dispose();

    [Benchmark(Description = "complete \"abc\".Len| (members of a type, filtered)")]
    public Task<CodeCompletion> MemberOfAType() => _session.CompleteAsync("\"abc\".Len", 9);

    [Benchmark(Description = "complete numbers.| (every member of a List<double>)")]
    public Task<CodeCompletion> AllMembers() => _session.CompleteAsync("numbers.", 8);

    [Benchmark(Description = "complete val| (a statement start: every type, keyword and variable in scope)")]
    public Task<CodeCompletion> StatementStart() => _session.CompleteAsync("val", 3);

    [Benchmark(Description = "complete Tw| (a method of an earlier cell)")]
    public Task<CodeCompletion> EarlierCell() => _session.CompleteAsync("var y = Tw", 10);

    [Benchmark(Description = "inspect Math.Sqrt| (signature and summary)")]
    public Task<SymbolInspection?> Inspect() => _session.InspectAsync("Math.Sqrt", 9, 0);

    internal static readonly string[] Cells =
    [
        "var answer = 42;",
        "/// <summary>Doubles a number.</summary>\nint Twice(int x) => 2 * x;",
        "var numbers = new List<double> { 1, 2, 3 };\nnumbers.Sum()",
    ];

    internal static T Run<T>(Task<T> task) => task.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();

    private static double WorkingSetMiB()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / (1024.0 * 1024.0);
    }
}
