namespace MembraneKit;

/// <summary>How a liquid-junction potential was computed.</summary>
public enum JunctionPotentialMethod
{
    /// <summary>Henderson's equation: any set of ions, concentrations assumed to mix linearly across the junction.</summary>
    Henderson,

    /// <summary>Planck's solution for a single 1:1 electrolyte at two concentrations (exact under the Nernst–Planck model).</summary>
    Planck,
}
