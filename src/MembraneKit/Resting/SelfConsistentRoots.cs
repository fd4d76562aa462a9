namespace MembraneKit;

/// <summary>
/// Every resting potential of a membrane with voltage-dependent conductances in a voltage window: the zeros of
/// Σ g_i(V)(V − E_i), each classified stable or unstable, with the inputs that produced them. May be empty —
/// "no resting potential in this window" is an answer, not an error.
/// </summary>
/// <param name="Pathways">The conductance pathways.</param>
/// <param name="Lower">The lower end of the window searched.</param>
/// <param name="Upper">The upper end of the window searched.</param>
/// <param name="Resolution">The scan step: two roots closer together than this may be missed.</param>
/// <param name="Roots">The roots, increasing.</param>
/// <remarks>Three roots — stable, unstable, stable — mean bistability: the membrane can rest at either stable
/// potential, and the unstable one between them is the threshold for switching.</remarks>
public sealed record SelfConsistentRoots(IReadOnlyList<ConductancePathway> Pathways, Voltage Lower, Voltage Upper, Voltage Resolution, IReadOnlyList<RestingPotentialRoot> Roots)
{
    /// <summary>The stable roots only (the potentials a membrane can rest at).</summary>
    public IReadOnlyList<RestingPotentialRoot> Stable => [.. Roots.Where(r => r.IsStable)];

    /// <summary>No root in the window?</summary>
    public bool IsEmpty => Roots.Count == 0;

    /// <summary>Two or more stable roots?</summary>
    public bool IsBistable => Roots.Count(r => r.IsStable) >= 2;

    /// <summary>The total current at a potential, for plotting against the roots.</summary>
    /// <param name="membranePotential">V, inside relative to outside.</param>
    public Current TotalCurrentAt(Voltage membranePotential) =>
        Current.FromAmperes(Pathways.Sum(p => p.CurrentAmperes(membranePotential.Volts)));

    /// <summary>Formats as "3 roots in [-120.0 mV, 60.0 mV]: -89.9 mV (stable, …); …".</summary>
    public override string ToString() => Roots.Count == 0
        ? $"no resting potential in [{Lower}, {Upper}]"
        : $"{Roots.Count} root{(Roots.Count == 1 ? "" : "s")} in [{Lower}, {Upper}]: {string.Join("; ", Roots)}";
}
