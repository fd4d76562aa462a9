using BenchmarkDotNet.Attributes;

namespace MembraneKit.Notebooks.Benchmarks;

/// <summary>
/// The first completion after a new cell ran: the workspace adds that cell's project, then completes.
/// This is what a user meets when typing in the next cell; compare it with the warm statement-start
/// figure of <see cref="CompletionBenchmarks"/> (same text), the difference being the new cell's project.
/// </summary>
public class CompletionAfterCellBenchmarks
{
    private NotebookSession _session = null!;
    private int _cell;

    [GlobalSetup]
    public void StartSession()
    {
        _session = new NotebookSession();
        foreach (var cell in CompletionBenchmarks.Cells)
        {
            CompletionBenchmarks.Run(_session.ExecuteAsync(cell));
        }

        CompletionBenchmarks.Run(_session.CompleteAsync("answer.", 7));
    }

    [IterationSetup]
    public void RunACell() => CompletionBenchmarks.Run(_session.ExecuteAsync($"var value{_cell++} = {_cell};"));

    [GlobalCleanup]
    public void Stop() => _session.Dispose();

    [Benchmark(Description = "complete val| right after a new cell")]
    [InvocationCount(1)]
    public Task<CodeCompletion> AfterANewCell() => _session.CompleteAsync("val", 3);
}
