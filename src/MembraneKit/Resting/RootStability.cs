namespace MembraneKit;

/// <summary>Whether a resting potential survives a small perturbation.</summary>
public enum RootStability
{
    /// <summary>dI/dV &gt; 0: a small depolarisation makes the net current outward, which repolarises — the membrane returns.</summary>
    Stable,

    /// <summary>dI/dV &lt; 0: a small depolarisation makes the net current inward, which depolarises further — the membrane runs away.</summary>
    Unstable,

    /// <summary>dI/dV ≈ 0 (a tangent root): neither, to the precision computed.</summary>
    Marginal,
}
