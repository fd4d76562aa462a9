using FsCheck;
using FsCheck.Fluent;

namespace MembraneKit.Tests.Numerics;

/// <summary>Generators that reach the edges of every accepted domain, ends included.</summary>
internal static class DomainGenerators
{
    internal const double MinimumMillimolar = 1e-21, MaximumMillimolar = 20_000;

    /// <summary>Valences ±1 … ±4.</summary>
    internal static readonly Gen<int> Valences = Gen.Elements(-4, -3, -2, -1, 1, 2, 3, 4);

    /// <summary>Concentrations from 10⁻²¹ mM to 20 000 mM, log-uniform, with the two ends themselves now and then.</summary>
    internal static readonly Gen<double> Millimolar = Gen.Frequency(
        (8, Gen.Choose(0, 1_000_000).Select(i => Math.Exp(Math.Log(MinimumMillimolar) + i / 1e6 * (Math.Log(MaximumMillimolar) - Math.Log(MinimumMillimolar))))),
        (1, Gen.Elements(MinimumMillimolar, MaximumMillimolar, 1e-4, 140.0)));

    /// <summary>Temperatures 0–100 °C in kelvin.</summary>
    internal static readonly Gen<double> Kelvin = Gen.Choose(0, 100_000).Select(i => 273.15 + i / 1000.0);

    /// <summary>Membrane potentials across the whole ±10 V accepted, denser near 0.</summary>
    internal static readonly Gen<double> Millivolts = Gen.Frequency(
        (3, Gen.Choose(-10_000_000, 10_000_000).Select(i => i / 1000.0)),
        (2, Gen.Choose(-200_000, 200_000).Select(i => i / 1000.0)),
        (1, Gen.Elements(-10_000.0, 10_000.0, 0.0, -9500.0, 6400.0)));

    /// <summary>A common scale of permeabilities from 10⁻³⁰⁰ to 10³⁰⁰.</summary>
    internal static readonly Gen<double> Scales = Gen.Choose(-300, 300).Select(e => Math.Pow(10, e));

    /// <summary>(valence, c_in, c_out) for one ion.</summary>
    internal static readonly Gen<(int Charge, double Inside, double Outside)> Ions =
        from z in Valences
        from cin in Millimolar
        from cout in Millimolar
        select (z, cin, cout);
}
