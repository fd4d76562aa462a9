namespace MembraneKit;

/// <summary>
/// The mixed potential of an electrode carrying several redox couples, each couple's currents there, and
/// which couples are oxidised and which reduced. Made by <see cref="MixedPotential.Solve(ElectrodeReaction[])"/>.
/// </summary>
/// <remarks>IUPAC sign convention: anodic (oxidation) positive. At E_mix Σ net = 0: the couples whose
/// E_eq lies above E_mix are reduced, those below oxidised, and the electrons one set gives the other set
/// takes, so <see cref="MixedCurrent"/> measures the rate of the overall chemical reaction (for example
/// 2 Fe³⁺ + Sn²⁺ → 2 Fe²⁺ + Sn⁴⁺) while no current flows in the external circuit.</remarks>
public sealed record MixedPotentialResult
{
    internal MixedPotentialResult(IReadOnlyList<ElectrodeReaction> reactions, Voltage potential, IReadOnlyList<ElectrodeCurrent> currents)
    {
        Reactions = new EquatableList<ElectrodeReaction>(reactions);
        Potential = potential;
        Currents = new EquatableList<ElectrodeCurrent>(currents);
    }

    /// <summary>The reactions on the electrode, as given.</summary>
    public IReadOnlyList<ElectrodeReaction> Reactions { get; }

    /// <summary>The mixed potential E_mix versus SHE, where the total current is zero.</summary>
    public Voltage Potential { get; }

    /// <summary>Each reaction's anodic, cathodic and net currents at E_mix, in the order of <see cref="Reactions"/>.</summary>
    public IReadOnlyList<ElectrodeCurrent> Currents { get; }

    /// <summary>The temperature shared by the couples.</summary>
    public Temperature Temperature => Reactions[0].Temperature;

    /// <summary>The sum of the net currents at E_mix: zero to rounding.</summary>
    public CurrentDensity TotalCurrent => CurrentDensity.FromAmperesPerSquareMetreUnchecked(Currents.Sum(c => c.Net.AmperesPerSquareMetre));

    /// <summary>The mixed (corrosion-style) current: the summed net current of the oxidised couples, equal in
    /// size to that of the reduced couples. Never negative.</summary>
    public CurrentDensity MixedCurrent => CurrentDensity.FromAmperesPerSquareMetreUnchecked(
        Currents.Where(c => c.Net.AmperesPerSquareMetre > 0).Sum(c => c.Net.AmperesPerSquareMetre));

    /// <summary>The couples oxidised on balance at E_mix (their E_eq lies below it).</summary>
    public IReadOnlyList<ElectrodeCurrent> Oxidised => [.. Currents.Where(c => c.Direction == ReactionDirection.Oxidation)];

    /// <summary>The couples reduced on balance at E_mix (their E_eq lies above it).</summary>
    public IReadOnlyList<ElectrodeCurrent> Reduced => [.. Currents.Where(c => c.Direction == ReactionDirection.Reduction)];

    /// <summary>A sentence for a display: "E_mix = 461.2 mV vs SHE: Fe³⁺ is reduced and Sn²⁺ is oxidised, each at 12.3 µA/cm²; total current 0."</summary>
    public string Summary
    {
        get
        {
            var reduced = string.Join(" and ", Reduced.Select(c => c.SpeciesConsumed));
            var oxidised = string.Join(" and ", Oxidised.Select(c => c.SpeciesConsumed));
            return Reduced.Count == 0 || Oxidised.Count == 0
                ? FormattableString.Invariant($"E_mix = {Potential} vs SHE: every couple is at equilibrium; no net reaction.")
                : FormattableString.Invariant($"E_mix = {Potential} vs SHE: {reduced} reduced and {oxidised} oxidised by equal and opposite currents, {MixedCurrent}; total current 0.");
        }
    }

    /// <summary>The Evans diagram over the default range: 250 mV beyond the lowest and highest E_eq.</summary>
    /// <param name="points">Number of potentials, 2 or more.</param>
    /// <exception cref="InvalidInputException">Fewer than 2 points.</exception>
    public EvansDiagram EvansDiagram(int points = 201)
    {
        var margin = Voltage.FromMillivolts(250);
        return EvansDiagram(Reactions.Min(r => r.EquilibriumPotential) - margin, Reactions.Max(r => r.EquilibriumPotential) + margin, points);
    }

    /// <summary>The Evans diagram over a chosen potential range.</summary>
    /// <param name="from">Lowest potential versus SHE.</param>
    /// <param name="to">Highest potential, above <paramref name="from"/>.</param>
    /// <param name="points">Number of potentials, 2 or more.</param>
    /// <exception cref="InvalidInputException">An empty range, fewer than 2 points, or currents that overflow.</exception>
    public EvansDiagram EvansDiagram(Voltage from, Voltage to, int points = 201) => MembraneKit.EvansDiagram.Of(this, from, to, points);

    /// <summary>The <see cref="Summary"/>.</summary>
    public override string ToString() => Summary;
}
