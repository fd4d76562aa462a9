using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MembraneKit.Kernel.Benchmarks;

/// <summary>
/// The job of a kernel benchmark: every measurement one invocation (one kernel start, or one cell), run in
/// BenchmarkDotNet's own process — the kernel measured is a process of its own anyway, and an in-process
/// job spares a rebuild of this project, which can outlast BenchmarkDotNet's build limit on a busy machine.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class KernelJobAttribute(int warmupCount, int iterationCount) : JobConfigBaseAttribute(Job.Default
    .WithStrategy(RunStrategy.Monitoring)
    .WithWarmupCount(warmupCount)
    .WithIterationCount(iterationCount)
    .WithInvocationCount(1)
    .WithUnrollFactor(1)
    .WithToolchain(InProcessEmitToolchain.Instance));
