using BenchmarkDotNet.Attributes;

namespace MembraneKit.Notebooks.Benchmarks;

/// <summary>
/// Warm per-cell overhead: a trivial cell in a session that has already run cells, so the figure is
/// the engine's own cost (parse, compile, run on a cell thread, outputs). Each iteration starts a
/// fresh session and runs 20 cells, so the submission chain stays the length of a real notebook.
/// Target: ≤ 8 ms median.
/// </summary>
[MemoryDiagnoser]
public class CellOverheadBenchmarks
{
    private NotebookSession? _session;

    [IterationSetup]
    public void StartSession()
    {
        _session?.Dispose();
        _session = new NotebookSession();
        _session.ExecuteAsync("var warm = 1;").GetAwaiter().GetResult();
        _session.ExecuteAsync("warm + 1").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Stop() => _session?.Dispose();

    [Benchmark(Description = "statement cell: var a = 1;")]
    [InvocationCount(20)]
    public Task<CellResult> StatementCell() => _session!.ExecuteAsync("var a = 1;");

    [Benchmark(Description = "expression cell: 1 + 1 (formatted result)")]
    [InvocationCount(20)]
    public Task<CellResult> ExpressionCell() => _session!.ExecuteAsync("1 + 1");

    [Benchmark(Description = "loop cell: for … sum (interruption checks)")]
    [InvocationCount(20)]
    public Task<CellResult> LoopCell() => _session!.ExecuteAsync("var s = 0L; for (var i = 0; i < 1000; i++) { s += i; }");
}
