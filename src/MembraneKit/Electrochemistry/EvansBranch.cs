namespace MembraneKit;

/// <summary>
/// One couple's two lines in an Evans diagram: log₁₀ |i_a| and log₁₀ |i_c| (current densities over
/// 1 A m⁻²) at the diagram's potentials.
/// </summary>
public sealed record EvansBranch
{
    internal EvansBranch(ElectrodeReaction reaction, double[] log10Anodic, double[] log10Cathodic)
    {
        Reaction = reaction;
        Log10AnodicAmperesPerSquareMetre = new EquatableList<double>(log10Anodic);
        Log10CathodicAmperesPerSquareMetre = new EquatableList<double>(log10Cathodic);
    }

    /// <summary>The reaction whose branches these are.</summary>
    public ElectrodeReaction Reaction { get; }

    /// <summary>log₁₀(i_a / A m⁻²): rises with potential (oxidation of the reduced form).</summary>
    public IReadOnlyList<double> Log10AnodicAmperesPerSquareMetre { get; }

    /// <summary>log₁₀(|i_c| / A m⁻²): falls with potential (reduction of the oxidised form).</summary>
    public IReadOnlyList<double> Log10CathodicAmperesPerSquareMetre { get; }

    /// <summary>Where the two branches meet: the couple's E_eq and log₁₀(i₀ / A m⁻²).</summary>
    public (Voltage Potential, double Log10ExchangeCurrentAmperesPerSquareMetre) ExchangePoint =>
        (Reaction.EquilibriumPotential, Math.Log10(Reaction.ExchangeCurrentDensity.AmperesPerSquareMetre));

    /// <summary>Formats as "Fe³⁺/Fe²⁺: anodic and cathodic branches, 201 points".</summary>
    public override string ToString() => $"{Reaction.Couple.Label}: anodic and cathodic branches, {Log10AnodicAmperesPerSquareMetre.Count} points";
}
