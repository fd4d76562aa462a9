using BenchmarkDotNet.Attributes;

namespace MembraneKit.Benchmarks;

/// <summary>
/// What a notebook slider re-runs: the Fe/Sn mixed potential (Brent root), its 201-point Evans diagram, a
/// 201-point Butler–Volmer sweep, and a three-ion Henderson junction. Target: each well under a millisecond,
/// so re-running a cell feels instant.
/// </summary>
[MemoryDiagnoser]
public class ElectrochemistryBenchmarks
{
    private readonly ElectrodeReaction _iron = RedoxCouple.FerricFerrous.OnElectrode(CurrentDensity.FromMilliamperesPerSquareCentimetre(1));
    private readonly ElectrodeReaction _tin = RedoxCouple.StannicStannous.OnElectrode(CurrentDensity.FromMicroamperesPerSquareCentimetre(10));
    private readonly LiquidJunction _junction = LiquidJunction.At(Temperature.Standard)
        .With(Ion.Hydrogen, left: 100, right: 0)
        .With(Ion.Potassium, left: 0, right: 3000)
        .With(Ion.Chloride, left: 100, right: 3000);

    private MixedPotentialResult _mixed = null!;

    [GlobalSetup]
    public void Setup() => _mixed = MixedPotential.Solve(_iron, _tin);

    [Benchmark]
    public MixedPotentialResult SolveMixedPotential() => MixedPotential.Solve(_iron, _tin);

    [Benchmark]
    public EvansDiagram EvansDiagram201Points() => _mixed.EvansDiagram();

    [Benchmark]
    public ElectrodeCurrentSweep ButlerVolmerSweep201Points() => _iron.Sweep(Voltage.FromVolts(0.5), Voltage.FromVolts(1.0));

    [Benchmark]
    public LiquidJunctionPotential HendersonThreeIons() => _junction.Henderson();
}
