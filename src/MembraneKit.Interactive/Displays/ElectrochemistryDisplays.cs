using static MembraneKit.Interactive.MathMl;

namespace MembraneKit.Interactive;

/// <summary>Displays of redox couples, Butler–Volmer kinetics and mixed potentials. Current densities are shown
/// in mA/cm², anodic (oxidation) positive, potentials versus SHE.</summary>
internal static class ElectrochemistryDisplays
{
    internal static string Html(RedoxCouple c) =>
        new Card("redox", $"Redox couple {c.Label}: E_eq = {Num.Quantity(c.EquilibriumPotential)} vs SHE", c.ToString())
            .Facts(
                ("reaction", $"{c.OxidisedSpecies} + {c.Electrons} e⁻ ⇌ {c.ReducedSpecies}"),
                ("standard potential E°", Num.Quantity(c.StandardPotential)),
                ("[Ox]", Num.Quantity(c.Oxidised)),
                ("[Red]", Num.Quantity(c.Reduced)),
                ("Nernst slope (RT/nF) ln 10", Num.Quantity(c.NernstSlopePerDecade) + " per decade"),
                ("equilibrium potential E_eq", Num.Quantity(c.EquilibriumPotential)),
                ("temperature", Num.Quantity(c.Temperature)))
            .Equation("Nernst equation for a couple", Block("E eq equals E zero plus R T over n F ln of Ox over Red",
                Sub(I("E"), T("eq")), O("="), Sup(I("E"), O("°")), O("+"), Frac(Row(I("R"), I("T")), Row(I("n"), I("F"))), Upright("ln"),
                Paren(Frac(Row(O("["), T("Ox"), O("]")), Row(O("["), T("Red"), O("]")))),
                O("="), Quantity(Num.Fixed(c.StandardPotential.Millivolts, 1), "mV"), O("+"), Quantity(Num.Sig(c.NernstSlopePerDecade.Millivolts, 4), "mV"),
                O("×"), Upright("log"), Paren(N(Num.Compact(c.Oxidised.Millimolar)), O("/"), N(Num.Compact(c.Reduced.Millimolar))),
                O("="), Quantity(Num.Fixed(c.EquilibriumPotential.Millivolts, 1), "mV")))
            .Note(c.Source is null ? "Potentials versus the standard hydrogen electrode; concentrations stand in for activities." : "Source: " + c.Source)
            .UsesConstants()
            .ToHtml();

    internal static Markup ButlerVolmer() => Block("i equals i zero times exp of 1 minus alpha n f eta minus exp of minus alpha n f eta",
        I("i"), O("="), Sub(I("i"), N("0")), Row(O("["), Upright("exp"), Paren(Paren(N("1"), O("−"), I("α")), I("n"), I("f"), I("η")), O("−"), Upright("exp"), Paren(O("−"), I("α"), I("n"), I("f"), I("η")), O("]")),
        O(","), T("  "), I("f"), O("="), Frac(I("F"), Row(I("R"), I("T"))), O(","), T("  "), I("η"), O("="), I("E"), O("−"), Sub(I("E"), T("eq")));

    internal static string Html(ElectrodeReaction r) =>
        new Card("electrode", $"{r.Couple.Label} on the electrode (Butler–Volmer)", r.ToString())
            .Facts(
                ("equilibrium potential E_eq", Num.Quantity(r.EquilibriumPotential)),
                ("exchange current density i₀", Density(r.ExchangeCurrentDensity)),
                ("transfer coefficient α", Num.Sig(r.TransferCoefficient, 3)),
                ("anodic Tafel slope", Num.Quantity(r.AnodicTafelSlope) + " per decade"),
                ("cathodic Tafel slope", Num.Quantity(r.CathodicTafelSlope) + " per decade"))
            .Equation("Butler–Volmer equation (anodic positive)", ButlerVolmer())
            .Chart(Charts.ButlerVolmer(r))
            .Note(AlphaConvention)
            .UsesConstants()
            .ToHtml();

    internal static string Html(ElectrodeCurrent c) =>
        new Card("electrode", $"{c.Reaction.Couple.Label} at E = {Num.Quantity(c.Potential)}: i = {Density(c.Net)}", c.ToString())
            .Facts(
                ("overpotential η = E − E_eq", Num.Quantity(c.Overpotential)),
                ("anodic partial current i_a", Density(c.Anodic)),
                ("cathodic partial current i_c", Density(c.Cathodic)),
                ("net current i = i_a + i_c", Density(c.Net)))
            .Equation("Butler–Volmer equation (anodic positive)", ButlerVolmer())
            .Verdict(c.Direction switch
            {
                ReactionDirection.Oxidation => $"Net oxidation ({c.Reaction.Couple.ReducedSpecies} → {c.Reaction.Couple.OxidisedSpecies}): {c.SpeciesConsumed} is consumed.",
                ReactionDirection.Reduction => $"Net reduction ({c.Reaction.Couple.OxidisedSpecies} → {c.Reaction.Couple.ReducedSpecies}): {c.SpeciesConsumed} is consumed.",
                _ => "Equilibrium: the partial currents cancel; the reaction runs both ways at the exchange rate.",
            })
            .UsesConstants()
            .ToHtml();

    internal static string Html(ElectrodeCurrentSweep s) =>
        new Card("electrode", $"Current–potential curve of {s.Reaction.Couple.Label}", s.ToString())
            .Chart(Charts.ButlerVolmer(s))
            .ToHtml();

    internal static string Html(MixedPotentialResult m)
    {
        var table = new Table().Column("couple").Column("E_eq", "mV").Column("net current at E_mix", "mA/cm²").Column("reaction");
        foreach (var c in m.Currents)
        {
            table.Row(c.Reaction.Couple.Label, Num.Fixed(c.Reaction.EquilibriumPotential.Millivolts, 1), Num.Sig(c.Net.MilliamperesPerSquareCentimetre, 3),
                c.Direction switch { ReactionDirection.Oxidation => "oxidation (anodic)", ReactionDirection.Reduction => "reduction (cathodic)", _ => "at equilibrium" });
        }

        return new Card("mixed", $"Mixed potential E_mix = {Num.Quantity(m.Potential)} vs SHE", m.Summary)
            .Table(table)
            .Equation("condition", Block("the sum of the net currents is zero at E mix",
                Row(new MarkupWriter().Open("munder").Append(O("∑")).Append(I("k")).Close().ToMarkup()), Sub(I("i"), I("k")), Paren(Sub(I("E"), T("mix"))), O("="), N("0")))
            .Verdict(m.Summary)
            .Verdict(MoleRates(m))
            .Chart(Charts.Evans(m.EvansDiagram()))
            .Note(MassTransportCaveat)
            .Note(AlphaConvention)
            .UsesConstants()
            .ToHtml();
    }

    internal static string Html(EvansDiagram d) =>
        new Card("mixed", $"Evans diagram: E_mix = {Num.Quantity(d.MixedPotential)}", d.ToString())
            .Chart(Charts.Evans(d))
            .Verdict(d.Mixed.Summary)
            .ToHtml();

    internal static string Html(EvansBranch b) =>
        new Card("mixed", $"Evans branch of {b.Reaction.Couple.Label}", b.ToString())
            .Facts(("exchange point E", Num.Quantity(b.ExchangePoint.Potential)), ("exchange point log₁₀ i₀ (A/m²)", Num.Sig(b.ExchangePoint.Log10ExchangeCurrentAmperesPerSquareMetre, 3)),
                ("points", b.Log10AnodicAmperesPerSquareMetre.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToHtml();

    /// <summary>Which branch α belongs to, and the one-step assumption, said wherever Butler–Volmer currents are shown.</summary>
    internal const string AlphaConvention =
        "Convention: α is the cathodic transfer coefficient, 1 − α the anodic one; each couple transfers its n electrons in one step (a model assumption).";

    /// <summary>What a mixed-potential calculation from Butler–Volmer kinetics leaves out.</summary>
    internal const string MassTransportCaveat =
        "Kinetics only: diffusion of the species to the electrode is left out. A real solution cannot supply more than its " +
        "diffusion-limited current, about nFDc/δ (≈ 1 mA/cm² for 10 mM with D ≈ 10⁻⁹ m²/s and δ ≈ 0.1 mm); larger currents here are not reached in practice.";

    /// <summary>The text display of a mixed potential: the summary, the rates in moles and the caveats.</summary>
    internal static string Text(MixedPotentialResult m) =>
        m.Summary + "\n" + MoleRates(m) + "\n" + MassTransportCaveat;

    /// <summary>Equal currents are not equal moles: each couple turns over i/(nF) moles per area and second.</summary>
    internal static string MoleRates(MixedPotentialResult m) =>
        "In moles: " + string.Join("; ", m.Currents.Where(c => c.Direction != ReactionDirection.Equilibrium).Select(c =>
            $"{c.SpeciesConsumed} consumed at {Num.Sig(Math.Abs(c.Net.AmperesPerSquareMetre) / (c.Reaction.Couple.Electrons * PhysicalConstants.Faraday) * 1e2, 3)} µmol cm⁻² s⁻¹ (n = {c.Reaction.Couple.Electrons})")) +
        " — equal currents, but n electrons per ion.";

    /// <summary>A current density in mA/cm² with a true minus sign.</summary>
    internal static string Density(CurrentDensity density) => Num.Sig(density.MilliamperesPerSquareCentimetre, 3) + " mA/cm²";
}
