using System.Globalization;

namespace MembraneKit.Kernel.Benchmarks;

/// <summary>Prints a figure the benchmarks record beside BenchmarkDotNet's own: median and spread.</summary>
internal static class Figures
{
    public static void Print(string what, IReadOnlyList<double> values, string unit, string target)
    {
        if (values.Count == 0)
        {
            Console.WriteLine($"// {what}: no values ({target})");
            return;
        }

        var sorted = values.Order().ToArray();
        double At(double q) => sorted[(int)Math.Round(q * (sorted.Length - 1))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {what}: n = {sorted.Length}, median {At(0.5):0.0} {unit}, P10 {At(0.1):0.0}, P90 {At(0.9):0.0}, min {sorted[0]:0.0}, max {sorted[^1]:0.0} ({target})"));
    }
}
