using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/MembraneKit.Notebooks.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type, named so the switcher can find this assembly.</summary>
public partial class Program;
