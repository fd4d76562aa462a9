namespace MembraneKit;

/// <summary>
/// One ohmic pathway through the membrane: a (possibly voltage-dependent) conductance driving current
/// towards its reversal potential, I(V) = g(V) (V − E). The terms of the self-consistent resting potential.
/// </summary>
/// <param name="Name">What the pathway is, for example "K⁺" or "Kir".</param>
/// <param name="ReversalPotential">E, the potential where its current is zero (an ion's Nernst potential for a selective pathway).</param>
/// <param name="Conductance">g(V).</param>
public sealed record ConductancePathway(string Name, Voltage ReversalPotential, VoltageDependentConductance Conductance)
{
    /// <summary>A pathway selective for one ion, reversing at its Nernst potential.</summary>
    /// <param name="equilibriumPotential">The ion's Nernst potential (for example <c>cell.Nernst(Ion.Potassium)</c>).</param>
    /// <param name="conductance">g(V).</param>
    public static ConductancePathway For(EquilibriumPotential equilibriumPotential, VoltageDependentConductance conductance) =>
        new(Guard.NotNull(equilibriumPotential).Ion.Symbol, equilibriumPotential.Potential, Guard.NotNull(conductance));

    /// <summary>The pathway's current at a potential, positive outward.</summary>
    /// <param name="membranePotential">V, inside relative to outside.</param>
    public Current CurrentAt(Voltage membranePotential) => Current.FromAmperes(CurrentAmperes(membranePotential.Volts));

    /// <summary>Formats as "K⁺: inward rectifier …, E = -90.0 mV".</summary>
    public override string ToString() => $"{Name}: {Conductance}, E = {ReversalPotential}";

    /// <summary>g(V)(V − E) in amperes, V in volts.</summary>
    internal double CurrentAmperes(double volts) => Conductance.SiemensAt(volts) * (volts - ReversalPotential.Volts);
}
