namespace MembraneKit;

/// <summary>
/// The Butler–Volmer currents of one reaction at one electrode potential, with what produced them.
/// </summary>
/// <remarks>IUPAC sign convention: anodic (oxidation) positive, cathodic (reduction) negative.
/// i_a = i₀ exp((1 − α) n F η / RT), i_c = −i₀ exp(−α n F η / RT), net = i_a + i_c, η = E − E_eq.</remarks>
/// <param name="Reaction">The reaction (couple, i₀, α).</param>
/// <param name="Potential">The electrode potential E versus SHE.</param>
/// <param name="Overpotential">η = E − E_eq.</param>
/// <param name="Anodic">The anodic partial current density i_a (never negative).</param>
/// <param name="Cathodic">The cathodic partial current density i_c (never positive).</param>
public sealed record ElectrodeCurrent(ElectrodeReaction Reaction, Voltage Potential, Voltage Overpotential, CurrentDensity Anodic, CurrentDensity Cathodic)
{
    /// <summary>The net current density i = i_a + i_c: positive when the couple is oxidised on balance.</summary>
    public CurrentDensity Net => Anodic + Cathodic;

    /// <summary>Which way the couple runs on balance at this potential.</summary>
    public ReactionDirection Direction => Net.AmperesPerSquareMetre switch
    {
        > 0 => ReactionDirection.Oxidation,
        < 0 => ReactionDirection.Reduction,
        _ => ReactionDirection.Equilibrium,
    };

    /// <summary>The species consumed on balance: the reduced form when oxidised, the oxidised form when
    /// reduced ("Fe³⁺ is reduced"), or null at equilibrium.</summary>
    public string? SpeciesConsumed => Direction switch
    {
        ReactionDirection.Oxidation => Reaction.Couple.ReducedSpecies,
        ReactionDirection.Reduction => Reaction.Couple.OxidisedSpecies,
        _ => null,
    };

    /// <summary>Formats as "Fe³⁺/Fe²⁺ at 461.0 mV (η = -310.0 mV): i_a = …, i_c = …, net = …".</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Reaction.Couple.Label} at {Potential} (η = {Overpotential}): i_a = {Anodic}, i_c = {Cathodic}, net = {Net}");
}
