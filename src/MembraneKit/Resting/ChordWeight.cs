namespace MembraneKit;

/// <summary>One ion's vote in the chord-conductance equation: its conductance, its Nernst potential and its
/// share g_i / Σ g of the total conductance.</summary>
/// <param name="Ion">The ionic species.</param>
/// <param name="Conductance">g_i.</param>
/// <param name="EquilibriumPotential">E_i.</param>
/// <param name="Weight">g_i / Σ g, from 0 to 1; the weights of a chord potential sum to 1.</param>
public sealed record ChordWeight(Ion Ion, Conductance Conductance, EquilibriumPotential EquilibriumPotential, double Weight)
{
    /// <summary>Formats as "K⁺: g = 10 nS, E = -95.0 mV, weight 0.85".</summary>
    public override string ToString() => $"{Ion.Symbol}: g = {Conductance}, E = {EquilibriumPotential.Potential}, weight {Guard.Format(Weight)}";
}
