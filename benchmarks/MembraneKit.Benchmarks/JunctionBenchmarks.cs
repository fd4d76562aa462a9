using BenchmarkDotNet.Attributes;

namespace MembraneKit.Benchmarks;

/// <summary>
/// Liquid-junction potentials as a notebook re-runs them (issue 12): the stationary Nernst–Planck solver for a 10-ion
/// patch-clamp junction (target ≤ 10 ms) and Henderson's equation for the same junction (target ≤ 1 µs).
/// </summary>
[MemoryDiagnoser]
public class JunctionBenchmarks
{
    // A K-gluconate pipette against ACSF: ten ions, three of them divalent, several absent on one side.
    private readonly LiquidJunction _tenIons = LiquidJunction.At(Temperature.Standard)
        .With(Ion.Potassium, 130, 3).With(Ion.Gluconate, 110, 0).With(Ion.Hepes, 5, 0).With(Ion.Chloride, 24, 133.8)
        .With(Ion.Magnesium, 2, 1.5).With(Ion.Sodium, 9, 152.2).With(Ion.Sulfate, 0, 1.5).With(Ion.DihydrogenPhosphate, 0, 1.2)
        .With(Ion.Calcium, 0, 2.4).With(Ion.Bicarbonate, 0, 25)
        .BalancedBy(Ion.Sodium);

    [Benchmark]
    public LiquidJunctionPotential NernstPlanckTenIons() => _tenIons.NernstPlanck();

    [Benchmark]
    public LiquidJunctionPotential HendersonTenIons() => _tenIons.Henderson();
}
