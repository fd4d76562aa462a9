namespace MembraneKit;

/// <summary>One zero of the total steady-state current Σ g_i(V)(V − E_i), with its stability and the
/// current each pathway carries there (non-zero, summing to zero).</summary>
/// <param name="Potential">The potential where the total current is zero.</param>
/// <param name="SlopeConductanceSiemens">dI/dV at the root, in siemens (the slope conductance; may be negative).</param>
/// <param name="Stability">Stable when dI/dV &gt; 0, unstable when dI/dV &lt; 0.</param>
/// <param name="PathwayCurrents">Each pathway's current at the root, in the order of the pathways.</param>
public sealed record RestingPotentialRoot(Voltage Potential, double SlopeConductanceSiemens, RootStability Stability, IReadOnlyList<Current> PathwayCurrents)
{
    /// <summary>Is the root stable?</summary>
    public bool IsStable => Stability == RootStability.Stable;

    /// <summary>Formats as "-85.2 mV (stable, dI/dV = 1.2 nS)".</summary>
    public override string ToString() =>
        $"{Potential} ({Stability.ToString().ToLowerInvariant()}, dI/dV = {(SlopeConductanceSiemens < 0 ? "-" : "")}{Conductance.FromSiemens(Math.Abs(SlopeConductanceSiemens))})";
}
