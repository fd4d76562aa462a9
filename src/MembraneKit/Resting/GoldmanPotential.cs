namespace MembraneKit;

/// <summary>
/// The result of the GHK voltage equation: the potential at which the permeant ions' currents sum to zero,
/// with the membrane that produced it. Converts implicitly to <see cref="Voltage"/>.
/// </summary>
/// <param name="Membrane">The membrane (concentrations, permeabilities, temperature).</param>
/// <param name="Potential">The zero-current potential, inside relative to outside.</param>
/// <param name="PermeantIons">The ions with a permeability above 0, in the membrane's order.</param>
/// <param name="IsClosedForm">True when every permeant ion is monovalent and the closed form was used;
/// false when the zero of the summed GHK currents was found numerically (divalent ions present).</param>
/// <remarks>At this potential the net current is zero but each ion's current is not (unless only one ion is
/// permeant): a non-equilibrium steady state, kept up in a living cell by the Na⁺/K⁺ pump.</remarks>
public sealed record GoldmanPotential(Membrane Membrane, Voltage Potential, IReadOnlyList<IonGradient> PermeantIons, bool IsClosedForm)
{
    /// <summary>The temperature of the membrane.</summary>
    public Temperature Temperature => Membrane.Temperature;

    /// <summary>The Nernst potential of each permeant ion, for comparison with <see cref="Potential"/>.</summary>
    public IReadOnlyList<EquilibriumPotential> EquilibriumPotentials => [.. PermeantIons.Select(g => g.Nernst(Temperature))];

    /// <summary>The potential itself.</summary>
    /// <param name="value">The GHK result.</param>
    public static implicit operator Voltage(GoldmanPotential value) => Guard.NotNull(value).Potential;

    /// <summary>Formats as "V_GHK = -65.0 mV".</summary>
    public override string ToString() => $"V_GHK = {Potential}";
}
