namespace MembraneKit;

/// <summary>
/// The result of the chord-conductance equation V = Σ g_i E_i / Σ g_i, with each ion's weight, so a display
/// can show the equation with the numbers substituted. Converts implicitly to <see cref="Voltage"/>.
/// </summary>
/// <param name="Membrane">The membrane (concentrations, conductances, temperature).</param>
/// <param name="Potential">The conductance-weighted potential, inside relative to outside.</param>
/// <param name="Weights">Each voting ion's conductance, Nernst potential and share of the total conductance.</param>
/// <remarks>The potential always lies between the smallest and largest E_i of the ions that vote; at it the
/// ohmic currents sum to zero while each is non-zero (a non-equilibrium steady state).</remarks>
public sealed record ChordPotential(Membrane Membrane, Voltage Potential, IReadOnlyList<ChordWeight> Weights)
{
    /// <summary>The total conductance Σ g_i.</summary>
    public Conductance TotalConductance => Weights.Aggregate(Conductance.Zero, (sum, w) => sum + w.Conductance);

    /// <summary>The potential itself.</summary>
    /// <param name="value">The chord result.</param>
    public static implicit operator Voltage(ChordPotential value) => Guard.NotNull(value).Potential;

    /// <summary>Formats as "V = Σ g_i E_i / Σ g_i = -67.4 mV".</summary>
    public override string ToString() => $"V = Σ g_i E_i / Σ g_i = {Potential}";
}
