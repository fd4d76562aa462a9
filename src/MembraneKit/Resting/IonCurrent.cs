using System.Globalization;

namespace MembraneKit;

/// <summary>
/// One ion's current through a membrane at a given potential, with its driving force V − E_ion and the law
/// that produced it (ohmic from a conductance, or GHK from a permeability).
/// </summary>
/// <param name="Ion">The ionic species.</param>
/// <param name="Law">Ohmic or GHK.</param>
/// <param name="MembranePotential">V, inside relative to outside.</param>
/// <param name="EquilibriumPotential">The ion's Nernst potential E_ion.</param>
/// <param name="Value">The current in <paramref name="Unit"/>; positive = outward (positive charge leaving the cell).</param>
/// <param name="Unit">Amperes, A m⁻² or relative units (see <see cref="CurrentUnit"/>).</param>
/// <remarks>
/// Ohmic: I = g (V − E_ion). GHK: I = P z² F² V/(RT) · (c_in − c_out e^(−zFV/RT)) / (1 − e^(−zFV/RT)).
/// Either way the current is zero exactly at E_ion and its sign is the sign of the driving force: a
/// non-zero current is the proof that the ion is not at equilibrium.
/// </remarks>
public sealed record IonCurrent(Ion Ion, CurrentLaw Law, Voltage MembranePotential, EquilibriumPotential EquilibriumPotential, double Value, CurrentUnit Unit)
{
    /// <summary>The permeability used (GHK), if any.</summary>
    public Permeability? Permeability { get; init; }

    /// <summary>The conductance used (ohmic), if any.</summary>
    public Conductance? Conductance { get; init; }

    /// <summary>Does the membrane pass this ion (a permeability or conductance above 0)?</summary>
    public bool IsPermeant => Permeability is { Value: > 0 } || Conductance is { Siemens: > 0 };

    /// <summary>The driving force V − E_ion: positive pushes positive charge out.</summary>
    public Voltage DrivingForce => MembranePotential - EquilibriumPotential.Potential;

    /// <summary>Outward (positive), inward (negative) or none.</summary>
    public CurrentDirection Direction => Value > 0 ? CurrentDirection.Outward : Value < 0 ? CurrentDirection.Inward : CurrentDirection.None;

    /// <summary>What the ions themselves do, in words: "K⁺ leaves the cell", "Cl⁻ enters the cell", "no net flux".</summary>
    public string Movement => Direction == CurrentDirection.None
        ? "no net flux"
        : $"{Ion.Symbol} {((Value > 0) == (Ion.Charge > 0) ? "leaves" : "enters")} the cell";

    /// <summary>The current as a <see cref="Current"/> when <see cref="Unit"/> is amperes; otherwise null
    /// (use <see cref="ForArea"/> to turn a density into a current).</summary>
    public Current? AsCurrent => Unit == CurrentUnit.Amperes ? Current.FromAmperes(Value) : null;

    /// <summary>The current through a patch of membrane: a density in A m⁻² times the area.</summary>
    /// <param name="area">The membrane area.</param>
    /// <exception cref="InvalidOperationException">The value is not a density in A m⁻².</exception>
    public IonCurrent ForArea(Area area) => Unit == CurrentUnit.AmperesPerSquareMeter
        ? this with { Value = Value * area.SquareMeters, Unit = CurrentUnit.Amperes }
        : throw new InvalidOperationException($"only a current density (A/m²) can be scaled by an area; this current is in {Describe(Unit)}");

    /// <summary>Formats as "I_K = 12.3 pA, outward (V − E_K = 25.0 mV)".</summary>
    public override string ToString() =>
        $"I_{Ion.Formula} = {Format(Value, Unit)}, {Direction.ToString().ToLowerInvariant()} (V − E_{Ion.Formula} = {DrivingForce})";

    /// <summary>A value with its unit: amperes with a prefix, densities and relative units in G4.</summary>
    internal static string Format(double value, CurrentUnit unit) => unit switch
    {
        CurrentUnit.Amperes => Current.FromAmperes(value).ToString(),
        CurrentUnit.AmperesPerSquareMeter => $"{value.ToString("G4", CultureInfo.InvariantCulture)} A/m²",
        _ => $"{value.ToString("G4", CultureInfo.InvariantCulture)} (relative units)",
    };

    /// <summary>The unit in words.</summary>
    internal static string Describe(CurrentUnit unit) => unit switch
    {
        CurrentUnit.Amperes => "A",
        CurrentUnit.AmperesPerSquareMeter => "A/m²",
        _ => "relative units",
    };
}
