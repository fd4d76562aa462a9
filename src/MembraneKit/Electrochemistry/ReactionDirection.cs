namespace MembraneKit;

/// <summary>Which way a redox couple runs on balance at an electrode potential.</summary>
public enum ReactionDirection
{
    /// <summary>No net reaction: the anodic and cathodic partial currents cancel (E = E_eq).</summary>
    Equilibrium,

    /// <summary>Net oxidation, Red → Ox + n e⁻: the net current is anodic (positive).</summary>
    Oxidation,

    /// <summary>Net reduction, Ox + n e⁻ → Red: the net current is cathodic (negative).</summary>
    Reduction,
}
