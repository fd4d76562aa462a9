namespace MembraneKit;

/// <summary>
/// The data of an Evans diagram: for each couple on the electrode, log₁₀ of the magnitude of its anodic and
/// cathodic partial current densities against potential, with the mixed potential and mixed current marked
/// where the oxidation of one couple balances the reduction of the other.
/// </summary>
/// <remarks>Logarithms are of |i| / (1 A m⁻²) (add −1 for mA cm⁻²: 1 mA cm⁻² = 10 A m⁻²). In the Tafel
/// regime each branch is a straight line of slope 1 / Tafel slope decades per volt; the anodic branch of
/// the couple with the lower E_eq crosses the cathodic branch of the other close to (E_mix, log₁₀ i_mix).
/// Source: U. R. Evans, <i>The Corrosion and Oxidation of Metals</i> (Arnold, 1960); Bard &amp; Faulkner
/// (2001) §3.4.</remarks>
public sealed record EvansDiagram
{
    private EvansDiagram(MixedPotentialResult mixed, double[] potentials, IReadOnlyList<EvansBranch> branches)
    {
        Mixed = mixed;
        PotentialsVolts = new EquatableList<double>(potentials);
        Branches = new EquatableList<EvansBranch>(branches);
    }

    /// <summary>The mixed-potential result the diagram illustrates.</summary>
    public MixedPotentialResult Mixed { get; }

    /// <summary>Electrode potentials in V versus SHE, ascending (the horizontal axis).</summary>
    public IReadOnlyList<double> PotentialsVolts { get; }

    /// <summary>One anodic and one cathodic branch per reaction, in the order of the reactions.</summary>
    public IReadOnlyList<EvansBranch> Branches { get; }

    /// <summary>The mixed potential to mark.</summary>
    public Voltage MixedPotential => Mixed.Potential;

    /// <summary>log₁₀ of the mixed current density / (A m⁻²) to mark; −∞ when no net reaction runs.</summary>
    public double Log10MixedCurrentAmperesPerSquareMetre => Math.Log10(Mixed.MixedCurrent.AmperesPerSquareMetre);

    internal static EvansDiagram Of(MixedPotentialResult mixed, Voltage from, Voltage to, int points)
    {
        Guard.Ordered(from.Volts, to.Volts, "V", nameof(from), nameof(to));
        ElectrodeReaction.RequirePoints(points);
        var sweeps = mixed.Reactions.Select(r => r.Sweep(from, to, points)).ToList();
        var branches = sweeps.Select(s => new EvansBranch(s.Reaction,
            [.. s.AnodicAmperesPerSquareMetre.Select(Math.Log10)],
            [.. s.CathodicAmperesPerSquareMetre.Select(i => Math.Log10(-i))])).ToList();
        return new EvansDiagram(mixed, [.. sweeps[0].PotentialsVolts], branches);
    }

    /// <summary>Formats as "Evans diagram: 2 couples, 201 points; E_mix = 461.2 mV".</summary>
    public override string ToString() => FormattableString.Invariant($"Evans diagram: {Branches.Count} couples, {PotentialsVolts.Count} points; E_mix = {MixedPotential}");
}
