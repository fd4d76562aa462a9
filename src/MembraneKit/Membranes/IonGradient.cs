namespace MembraneKit;

/// <summary>
/// One ion's place in a membrane: its concentrations inside and outside, and optionally how readily the
/// membrane lets it through (a permeability for the GHK equation, a conductance for the chord equation).
/// </summary>
/// <param name="Ion">The ionic species.</param>
/// <param name="Inside">Concentration on the cytoplasmic side.</param>
/// <param name="Outside">Concentration on the extracellular side.</param>
/// <param name="Permeability">Permeability of the membrane to this ion, if given.</param>
/// <param name="Conductance">Conductance of the membrane to this ion, if given.</param>
public sealed record IonGradient(Ion Ion, Concentration Inside, Concentration Outside, Permeability? Permeability = null, Conductance? Conductance = null)
{
    /// <summary>The ion's Nernst (equilibrium) potential across this gradient at <paramref name="temperature"/>.</summary>
    /// <param name="temperature">The temperature of both solutions.</param>
    public EquilibriumPotential Nernst(Temperature temperature) => MembraneKit.Nernst.Of(Ion, Inside, Outside, temperature);
}
