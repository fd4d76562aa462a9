namespace MembraneKit;

/// <summary>
/// A zero-current potential computed over a range of ratios of one ion's permeability or conductance to
/// another's — for example the reversal potential of a Na⁺/K⁺ channel against P_Na/P_K, or the chord
/// potential against g_Na/g_K.
/// </summary>
/// <param name="Membrane">The membrane the sweep started from.</param>
/// <param name="Varied">The ion whose permeability or conductance was varied.</param>
/// <param name="Reference">The ion the ratio is taken against.</param>
/// <param name="Law">GHK (permeability ratios) or ohmic (conductance ratios).</param>
/// <param name="Ratios">The ratios P_varied/P_reference or g_varied/g_reference.</param>
/// <param name="Potentials">The potential at each ratio, inside relative to outside.</param>
/// <remarks>As the ratio goes from 0 to ∞ the potential moves monotonically from the value without the varied
/// ion towards the varied ion's Nernst potential: the reversal potential lies nearer the more permeant ion.</remarks>
public sealed record PotentialSweep(Membrane Membrane, Ion Varied, Ion Reference, CurrentLaw Law, IReadOnlyList<double> Ratios, IReadOnlyList<Voltage> Potentials)
{
    /// <summary>The Nernst potential of the varied ion.</summary>
    public EquilibriumPotential VariedEquilibriumPotential => Membrane.Nernst(Varied);

    /// <summary>The Nernst potential of the reference ion.</summary>
    public EquilibriumPotential ReferenceEquilibriumPotential => Membrane.Nernst(Reference);

    /// <summary>The name of the swept ratio: "P_Na/P_K" or "g_Na/g_K".</summary>
    public string RatioName => Law == CurrentLaw.Ohmic ? $"g_{Varied.Formula}/g_{Reference.Formula}" : $"P_{Varied.Formula}/P_{Reference.Formula}";

    /// <summary>Formats as "V against P_Na/P_K: 5 points from -95.0 mV to 40.2 mV".</summary>
    public override string ToString() =>
        $"V against {RatioName}: {Ratios.Count} points from {Potentials[0]} to {Potentials[^1]}";
}
