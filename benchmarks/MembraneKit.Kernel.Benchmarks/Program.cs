using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/MembraneKit.Kernel.Benchmarks -- --filter '*'
// Set MEMBRANEKIT_BENCH_TOOL to an installed membranekit to measure it instead of packing this checkout.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type, named so the switcher can find this assembly.</summary>
public partial class Program;
