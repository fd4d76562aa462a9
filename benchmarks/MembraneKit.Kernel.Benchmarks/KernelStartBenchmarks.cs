using BenchmarkDotNet.Attributes;

namespace MembraneKit.Kernel.Benchmarks;

/// <summary>
/// Kernel process start to <c>kernel_info_reply</c>, for the installed tool: a fresh process per
/// measurement, started the way a front end starts it, with the client's sockets connected first.
/// Target: ≤ 1.0 s. Also reports the idle kernel's resident set right after the reply (target ≤ 150 MiB) and
/// how long the kernel takes to exit after a <c>shutdown_request</c> (a front end waits for that too).
/// </summary>
[KernelJob(warmupCount: 2, iterationCount: 15)]
public class KernelStartBenchmarks
{
    private readonly List<double> _idleMiB = [];
    private readonly List<double> _shutdownMs = [];
    private InstalledTool? _tool;
    private KernelUnderTest? _kernel;

    [GlobalSetup]
    public void Install() => _tool = InstalledTool.Install();

    [Benchmark(Description = "membranekit kernel start: process start to kernel_info_reply")]
    public object StartToKernelInfo()
    {
        _kernel = KernelUnderTest.Start(_tool!.Path);
        return _kernel.KernelInfo();
    }

    [IterationCleanup]
    public void Stop()
    {
        if (_kernel is not null)
        {
            // A moment of idleness first, so the figure is the idle kernel's, not the start's peak.
            Thread.Sleep(500);
            _idleMiB.Add(_kernel.ResidentMiB());
            _shutdownMs.Add(_kernel.Shutdown().TotalMilliseconds);
            _kernel.Dispose();
            _kernel = null;
        }
    }

    [GlobalCleanup]
    public void Report()
    {
        Figures.Print("Resident set of an idle kernel 0.5 s after kernel_info_reply", _idleMiB, "MiB", "target ≤ 150 MiB");
        Figures.Print("shutdown_request → the idle kernel's process exits", _shutdownMs, "ms", "report");
        _tool?.Dispose();
    }
}
