namespace MembraneKit;

/// <summary>How a liquid-junction potential was computed.</summary>
public enum JunctionPotentialMethod
{
    /// <summary>Henderson's equation: any set of ions, concentrations assumed to mix linearly across the junction.</summary>
    Henderson,

    /// <summary>Planck's solution: exact for the steady state of the Nernst–Planck equations with a linear total concentration
    /// (constrained diffusion); a closed form for one 1:1 salt, a root of Planck's equation for a mixture of monovalent ions.</summary>
    Planck,

    /// <summary>The stationary Nernst–Planck equations solved numerically (the method of LJPcalc): any mixture, any valences,
    /// no assumption about the profiles.</summary>
    NernstPlanck,
}
