using BenchmarkDotNet.Attributes;

namespace MembraneKit.Kernel.Benchmarks;

/// <summary>
/// The warm round trip of <c>1+1</c> through the installed tool's kernel: one kernel for the whole run,
/// warmed with a few cells; each measurement sends an <c>execute_request</c> and waits for its
/// <c>execute_reply</c> and then for the <c>status: idle</c> on IOPub. BenchmarkDotNet measures request to
/// idle; the time to the reply is recorded alongside and printed at the end. Target: ≤ 10 ms median.
/// Also prints the kernel's resident set after the warm-up cells and after every measured cell ran
/// (target ≤ 150 MiB).
/// </summary>
[KernelJob(warmupCount: 20, iterationCount: 200)]
public class WarmRoundTripBenchmarks
{
    private readonly List<double> _replyMs = [];
    private InstalledTool? _tool;
    private KernelUnderTest? _kernel;
    private double _afterStartMiB;
    private double _afterWarmUpMiB;

    [GlobalSetup]
    public void StartKernel()
    {
        _tool = InstalledTool.Install();
        _kernel = KernelUnderTest.Start(_tool.Path);
        _kernel.KernelInfo();
        _kernel.WaitForIOPub();
        Thread.Sleep(500);
        _afterStartMiB = _kernel.ResidentMiB();
        foreach (var cell in WarmUpCells)
        {
            _kernel.Execute(cell);
        }

        _afterWarmUpMiB = _kernel.ResidentMiB();
    }

    [Benchmark(Description = "execute_request 1+1 → status idle (warm kernel)")]
    public TimeSpan OnePlusOne()
    {
        var (reply, idle) = _kernel!.Execute("1+1");
        _replyMs.Add(reply.TotalMilliseconds);
        return idle;
    }

    [GlobalCleanup]
    public void Report()
    {
        var afterAll = _kernel!.ResidentMiB();
        // The first measurements are BenchmarkDotNet's warm-up; the reply times of the measured ones are the last.
        Figures.Print("execute_request 1+1 → execute_reply (warm kernel)", _replyMs.TakeLast(200).ToList(), "ms", "target ≤ 10 ms median");
        Figures.Print("Resident set, idle 0.5 s after start", [_afterStartMiB], "MiB", "target ≤ 150 MiB");
        Figures.Print($"Resident set after the {WarmUpCells.Length} warm-up cells", [_afterWarmUpMiB], "MiB", "target ≤ 150 MiB");
        Figures.Print($"Resident set after the warm-up and {_replyMs.Count} cells of 1+1", [afterAll], "MiB", "target ≤ 150 MiB");
        _kernel.Dispose();
        _tool?.Dispose();
    }

    /// <summary>What a student's first cells do: declare, compute, print, display, use LINQ.</summary>
    private static readonly string[] WarmUpCells =
    [
        "var x = 1;",
        "x + 1",
        "Console.WriteLine(\"hello\");",
        "display(new { a = 1, b = \"two\" });",
        "Enumerable.Range(0, 10).Select(i => i * i).Sum()",
        "1+1",
        "1+1",
        "1+1",
    ];
}
