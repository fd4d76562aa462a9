using BenchmarkDotNet.Attributes;

namespace MembraneKit.Notebooks.Benchmarks;

/// <summary>
/// A whole notebook against the sum of its cells' own compute: ten cells that each do real work
/// (about 20 ms of arithmetic), run warm in-process. The gap between the two is the engine's overhead
/// per notebook (session start, compiles, outputs); the cleanup prints both.
/// </summary>
public class NotebookBenchmarks
{
    private readonly List<(double Whole, double Compute)> _runs = [];
    private Notebook _notebook = null!;

    [GlobalSetup]
    public void Build()
    {
        _notebook = Notebook.CreateEmpty();
        _notebook.AddCell(NotebookCell.CreateCode("double Work(int n) { var s = 0.0; for (var i = 1; i <= n; i++) s += Math.Sqrt(i) / i; return s; }", kernelName: "csharp"));
        for (var cell = 0; cell < 10; cell++)
        {
            _notebook.AddCell(NotebookCell.CreateCode($"var r{cell} = Work(4_000_000);\nr{cell}", kernelName: "csharp"));
        }

        NotebookRunner.RunAsync(_notebook).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "11-cell notebook, 10 compute cells")]
    public async Task<NotebookRunResult> RunNotebook()
    {
        var result = await NotebookRunner.RunAsync(_notebook);
        _runs.Add((result.Duration.TotalMilliseconds, result.ComputeDuration.TotalMilliseconds));
        return result;
    }

    [GlobalCleanup]
    public void Report()
    {
        if (_runs.Count == 0)
        {
            return;
        }

        var whole = _runs.Select(r => r.Whole).Order().ElementAt(_runs.Count / 2);
        var compute = _runs.Select(r => r.Compute).Order().ElementAt(_runs.Count / 2);
        Console.WriteLine($"// Whole notebook (median) {whole:0.0} ms; sum of cells' own compute {compute:0.0} ms; engine overhead {whole - compute:0.0} ms ({(whole - compute) / 11:0.0} ms per cell)");
    }
}
