using BenchmarkDotNet.Attributes;
using MembraneKit.Cli;

namespace MembraneKit.Notebooks.Benchmarks;

/// <summary>
/// A cell that writes many short lines to the console (<c>Console.WriteLine($"line {i}")</c>), run warm
/// in-process two ways: in a session alone (every line reported as an output event), and as
/// <c>membranekit run</c> of a one-cell notebook, which also cuts the stream for the executed copy,
/// writes the copy and writes the full stream beside it. Both include compiling the cell.
/// Target: 10⁵ lines ≤ 1 s for the whole run. Two sizes show the cost grows linearly with the text.
/// </summary>
[MemoryDiagnoser]
public class ConsoleOutputBenchmarks
{
    private string _work = "";
    private string _notebook = "";
    private NotebookSession? _session;

    [Params(10_000, 100_000)]
    public int Lines { get; set; }

    private string Code => $"for (var i = 0; i < {Lines}; i++) Console.WriteLine($\"line {{i}}\");";

    [GlobalSetup]
    public void Setup()
    {
        _work = Path.Combine(Path.GetTempPath(), "membranekit-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_work);
        _notebook = Path.Combine(_work, "lines.ipynb");
        var notebook = Notebook.CreateEmpty();
        notebook.AddCell(NotebookCell.CreateCode(Code, kernelName: "csharp"));
        notebook.Save(_notebook);
        _session = new NotebookSession();
        _session.ExecuteAsync("1 + 1").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _session?.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Benchmark(Description = "session: the cell alone, every line an output event")]
    public async Task<int> Session()
    {
        var events = 0;
        var result = await _session!.ExecuteAsync(Code, onOutput: _ => events++);
        return result.Succeeded ? events : throw new InvalidOperationException(result.Error?.Value);
    }

    [Benchmark(Description = "membranekit run: run, cut the stream, write the copy and the full stream")]
    public async Task<int> Run()
    {
        var code = await CliApplication.RunAsync(["run", _notebook, "--out", Path.Combine(_work, "out")], TextWriter.Null, TextWriter.Null);
        return code == 0 ? code : throw new InvalidOperationException($"membranekit run exited with {code}");
    }
}
