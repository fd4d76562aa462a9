namespace MembraneKit;

/// <summary>
/// A Butler–Volmer current–potential curve: anodic, cathodic and net current densities of one reaction
/// at evenly spaced electrode potentials, as parallel arrays ready for a chart.
/// </summary>
/// <remarks>Potentials in volts versus SHE; current densities in A m⁻², anodic (oxidation) positive
/// (IUPAC). The net curve crosses zero at the couple's E_eq, where the partial currents are ±i₀.</remarks>
public sealed record ElectrodeCurrentSweep
{
    internal ElectrodeCurrentSweep(ElectrodeReaction reaction, double[] potentialsVolts, double[] anodic, double[] cathodic, double[] net)
    {
        Reaction = reaction;
        PotentialsVolts = new EquatableList<double>(potentialsVolts);
        AnodicAmperesPerSquareMetre = new EquatableList<double>(anodic);
        CathodicAmperesPerSquareMetre = new EquatableList<double>(cathodic);
        NetAmperesPerSquareMetre = new EquatableList<double>(net);
    }

    /// <summary>The reaction swept.</summary>
    public ElectrodeReaction Reaction { get; }

    /// <summary>Electrode potentials in V versus SHE, ascending.</summary>
    public IReadOnlyList<double> PotentialsVolts { get; }

    /// <summary>Anodic partial current densities i_a in A m⁻² (positive).</summary>
    public IReadOnlyList<double> AnodicAmperesPerSquareMetre { get; }

    /// <summary>Cathodic partial current densities i_c in A m⁻² (negative).</summary>
    public IReadOnlyList<double> CathodicAmperesPerSquareMetre { get; }

    /// <summary>Net current densities i_a + i_c in A m⁻².</summary>
    public IReadOnlyList<double> NetAmperesPerSquareMetre { get; }

    /// <summary>The number of points.</summary>
    public int Count => PotentialsVolts.Count;

    /// <summary>Formats as "Fe³⁺/Fe²⁺ sweep: 201 points from 571.0 mV to 971.0 mV".</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Reaction.Couple.Label} sweep: {Count} points from {Voltage.FromVoltsUnchecked(PotentialsVolts[0])} to {Voltage.FromVoltsUnchecked(PotentialsVolts[^1])}");
}
