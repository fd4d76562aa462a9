using FsCheck;
using FsCheck.Fluent;

namespace MembraneKit.Tests.Resting;

/// <summary>Cells, independent reference formulas and generators shared by the resting-potential tests.</summary>
internal static class RestingFixtures
{
    // Exact SI-2019 definitions written out here (R = k N_A, F = e N_A), so the reference formulas below do not
    // lean on the code under test.
    internal const double R = 1.380649e-23 * 6.02214076e23;
    internal const double F = 1.602176634e-19 * 6.02214076e23;

    internal static double ThermalVolts(double celsius) => R * (celsius + 273.15) / F;

    /// <summary>Hand-written Nernst potential in mV, the test's own reference.</summary>
    internal static double NernstMillivolts(int z, double inside, double outside, double celsius) =>
        1000 * ThermalVolts(celsius) / z * Math.Log(outside / inside);

    /// <summary>A typical mammalian cell at 37 °C whose Nernst potentials match document 000's figures
    /// (ids 2551334, 2618548): E_K ≈ −90 mV (140/5 mM), E_Na ≈ +65 mV (12/140 mM), E_Cl ≈ −64 mV (10/110 mM).</summary>
    internal static Membrane TypicalCell() => Membrane.At(37.Celsius())
        .With(Ion.Potassium, inside: 140, outside: 5)
        .With(Ion.Sodium, inside: 12, outside: 140)
        .With(Ion.Chloride, inside: 10, outside: 110);

    /// <summary>Document 003's neuron (id 2720534): E_K ≈ −90 mV (140/5 mM) and E_Na ≈ +60 mV (15/145 mM).</summary>
    internal static Membrane Neuron() => Membrane.At(37.Celsius())
        .With(Ion.Potassium, inside: 140, outside: 5)
        .With(Ion.Sodium, inside: 15, outside: 145);

    internal static Gen<double> Concentrations { get; } = Gen.Choose(1, 500_000).Select(i => i / 1000.0);

    internal static Gen<double> Permeabilities { get; } = Gen.Choose(1, 1_000_000).Select(i => i / 10_000.0);

    /// <summary>A K⁺/Na⁺/Cl⁻ membrane with random concentrations and relative permeabilities.</summary>
    internal static Gen<Membrane> MonovalentMembranes { get; } =
        from k in Gen.Two(Concentrations)
        from na in Gen.Two(Concentrations)
        from cl in Gen.Two(Concentrations)
        from p in Gen.Three(Permeabilities)
        select Membrane.At(25.Celsius())
            .With(Ion.Potassium, k.Item1, k.Item2).WithPermeability(Ion.Potassium, p.Item1)
            .With(Ion.Sodium, na.Item1, na.Item2).WithPermeability(Ion.Sodium, p.Item2)
            .With(Ion.Chloride, cl.Item1, cl.Item2).WithPermeability(Ion.Chloride, p.Item3);

    /// <summary>The same with Ca²⁺ added, so the numerical GHK path is taken.</summary>
    internal static Gen<Membrane> MembranesWithCalcium { get; } =
        from m in MonovalentMembranes
        from ca in Gen.Two(Concentrations)
        from p in Permeabilities
        select m.With(Ion.Calcium, ca.Item1, ca.Item2).WithPermeability(Ion.Calcium, p);

    /// <summary>Every ion's concentrations swapped between inside and outside.</summary>
    internal static Membrane Swapped(Membrane membrane) =>
        membrane.Ions.Aggregate(membrane, (m, g) => m.With(g.Ion, g.Outside, g.Inside));
}
