using System.Globalization;
using static MembraneKit.Interactive.MathMl;

namespace MembraneKit.Interactive;

/// <summary>Displays of channel gating, channel populations and noise, and selectivity filters.</summary>
internal static class ChannelDisplays
{
    internal static Markup BoltzmannEquation() => Block(
        "P o of V equals 1 over 1 plus exp of minus z F times V minus V half over R T",
        Sub(I("P"), I("o")), Paren(I("V")), O("="),
        Frac(N("1"), Row(N("1"), O("+"), Upright("exp"), Paren(Frac(Row(O("−"), I("z"), I("F"), Paren(I("V"), O("−"), Sub(I("V"), N("½")))), Row(I("R"), I("T")))))));

    internal static string Html(BoltzmannGating g) =>
        new Card("gating", $"Boltzmann gating: z = {Num.Sig(g.GatingCharge, 3)} e, V½ = {Num.Quantity(g.HalfActivation)}", g.ToString())
            .Facts(
                ("gating charge z", Num.Sig(g.GatingCharge, 3) + " e"),
                ("half-activation V½", Num.Quantity(g.HalfActivation)),
                ("slope factor RT/(zF)", g.SlopeFactor is { } s ? Num.Quantity(s) : "none (z = 0)"),
                ("steepest slope zF/(4RT)", Num.Sig(g.MaximumSlopePerMillivolt, 3) + " mV⁻¹"),
                ("temperature", Num.Quantity(g.Temperature)))
            .Equation("two-state Boltzmann distribution", BoltzmannEquation())
            .Chart(Charts.OpenProbability(g))
            .UsesConstants()
            .ToHtml();

    internal static string Html(OpenProbabilityVariation v) =>
        new Card("gating", $"P_o from {Num.Quantity(v.From)} to {Num.Quantity(v.To)}", v.ToString())
            .Facts(
                ($"P_o at {Num.Quantity(v.From)}", Num.Sig(v.OpenProbabilityAtFrom, 3)),
                ($"P_o at {Num.Quantity(v.To)}", Num.Sig(v.OpenProbabilityAtTo, 3)),
                ("spread", Num.Sig(v.Spread, 3)),
                ("mean slope", Num.Sig(v.MeanSlopePerMillivolt, 3) + " mV⁻¹"))
            .Equation("two-state Boltzmann distribution", BoltzmannEquation())
            .Verdict(v.Spread < 0.1
                ? $"Nearly flat: P_o changes by only {Num.Sig(v.Spread, 2)} over this range (z = {Num.Sig(v.Gating.GatingCharge, 3)} e) — the behaviour of a leak channel."
                : $"Voltage-dependent: P_o changes by {Num.Sig(v.Spread, 2)} over this range (z = {Num.Sig(v.Gating.GatingCharge, 3)} e).")
            .ToHtml();

    internal static string Html(OpenProbabilityPoint p) =>
        new Card("gating", $"P_o = {Num.Sig(p.OpenProbability, 3)} at {Num.Quantity(p.Voltage)}", p.ToString())
            .Facts(("membrane potential", Num.Quantity(p.Voltage)), ("open probability", Num.Sig(p.OpenProbability, 4)))
            .ToHtml();

    internal static string Text(OpenProbabilityPoint p) => $"P_o = {Num.Sig(p.OpenProbability, 4)} at {p.Voltage}";

    /// <summary>σ/mean to three figures, or why there is none (no channel open, so no mean).</summary>
    private static string Noise(double? relativeNoise) => relativeNoise is { } value ? Num.Sig(value, 3) : "undefined (no channel open)";

    internal static string Html(ChannelPopulation p) =>
        new Card("channels", $"{p.ChannelCount.ToString(CultureInfo.InvariantCulture)} channels, P_o = {Num.Sig(p.OpenProbability, 3)}", p.ToString())
            .Facts(
                ("channels N", p.ChannelCount.ToString(CultureInfo.InvariantCulture)),
                ("open probability p", Num.Sig(p.OpenProbability, 4)),
                ("single-channel conductance γ", Num.Quantity(p.SingleChannelConductance)),
                ("mean open count Np", Num.Sig(p.MeanOpenCount, 4)),
                ("standard deviation √(Np(1−p))", Num.Sig(p.OpenCountStandardDeviation, 3)),
                ("relative noise σ/mean", Noise(p.RelativeNoise)),
                ("macroscopic conductance Npγ", Num.Quantity(p.MacroscopicConductance)))
            .Equation("binomial open count", Block("sigma over mean equals square root of 1 minus p over N p",
                Frac(I("σ"), Row(O("⟨"), I("n"), O("⟩"))), O("="), Row(new MarkupWriter().Open("msqrt").Append(Frac(Row(N("1"), O("−"), I("p")), Row(I("N"), I("p")))).Close().ToMarkup()),
                O("="), N(Noise(p.RelativeNoise))))
            .Verdict(p.RelativeNoise is { } noise
                ? $"The open count fluctuates by {Num.Sig(noise * 100, 2)} % of its mean; quadrupling N halves that."
                : "No channel is ever open (p = 0): the open count is always 0, so it has no fluctuation relative to a mean.")
            .ToHtml();

    internal static string Html(ChannelCurrentStatistics s) =>
        new Card("channels", $"Channel current at {Num.Quantity(s.MembranePotential)}: {Num.Quantity(s.MeanCurrent)} ± {Num.Quantity(s.CurrentStandardDeviation)}", s.ToString())
            .Facts(
                ("driving force V − E_rev", Num.Quantity(s.DrivingForce)),
                ("single-channel current i = γ(V − E_rev)", Num.Quantity(s.SingleChannelCurrent)),
                ("mean current Np·i", Num.Quantity(s.MeanCurrent)),
                ("standard deviation", Num.Quantity(s.CurrentStandardDeviation)),
                ("relative noise", Noise(s.RelativeNoise)))
            .Verdict(Direction(s.MeanCurrent))
            .ToHtml();

    internal static string Html(TwoStateKinetics k) =>
        new Card("channels", "Two-state channel kinetics (closed ⇌ open)", k.ToString())
            .Facts(
                ("opening rate α", Num.Sig(k.OpeningRatePerSecond, 3) + " s⁻¹"),
                ("closing rate β", Num.Sig(k.ClosingRatePerSecond, 3) + " s⁻¹"),
                ("stationary P_o = α/(α+β)", Num.Sig(k.StationaryOpenProbability, 4)),
                ("relaxation time 1/(α+β)", Num.Sig(k.RelaxationTimeSeconds * 1000, 3) + " ms"))
            .ToHtml();

    internal static string Html(ChannelTrace t) =>
        new Card("channels", $"Simulated channel noise: {t.ChannelCount.ToString(CultureInfo.InvariantCulture)} channels", t.ToString())
            .Facts(
                ("mean open count", $"{Num.Sig(t.MeanOpenCount, 4)} (binomial prediction {Num.Sig(t.PredictedMeanOpenCount, 4)})"),
                ("standard deviation", $"{Num.Sig(t.OpenCountStandardDeviation, 3)} (prediction {Num.Sig(Math.Sqrt(t.PredictedOpenCountVariance), 3)})"),
                ("relative noise", $"{Noise(t.RelativeNoise)} (prediction {Noise(t.PredictedRelativeNoise)})"),
                ("duration", Num.Sig(t.DurationSeconds * 1000, 3) + " ms"),
                ("seed", t.Seed.ToString(CultureInfo.InvariantCulture)))
            .Chart(Charts.ChannelTrace(t))
            .ToHtml();

    internal static string Html(RelativeNoisePoint p) =>
        new Card("channels", $"Relative noise at N = {p.ChannelCount.ToString(CultureInfo.InvariantCulture)}", p.ToString())
            .Facts(("channels N", p.ChannelCount.ToString(CultureInfo.InvariantCulture)), ("mean open count", Num.Sig(p.MeanOpenCount, 4)),
                ("simulated σ/mean", Num.Sig(p.SimulatedRelativeNoise, 3)), ("binomial prediction", Num.Sig(p.PredictedRelativeNoise, 3)))
            .ToHtml();

    internal static string Html(SelectivityFilter f) =>
        new Card("selectivity", $"Selectivity filter {f.Name} ({f.Signature})", f.ToString())
            .Facts(
                ("favours", f.FavouredIon.Symbol),
                ("compared with", f.ComparedIon.Symbol),
                ("barrier difference ΔΔG", $"{Num.Quantity(f.BarrierDifference)} = {Num.Sig(f.BarrierDifferenceInThermalUnits, 3)} RT"),
                ($"P_{f.FavouredIon.Formula} / P_{f.ComparedIon.Formula}", Num.Sig(f.PermeabilityRatio, 3)),
                ("temperature", Num.Quantity(f.Temperature)),
                ("mechanism", f.Mechanism))
            .Equation("single-barrier reading", Block("permeability ratio equals exp of minus delta delta G over R T",
                Frac(Sub(I("P"), T(f.FavouredIon.Formula)), Sub(I("P"), T(f.ComparedIon.Formula))), O("="), Upright("exp"),
                Paren(Frac(Row(O("−"), O("ΔΔ"), I("G")), Row(I("R"), I("T")))), O("="), Upright("exp"), Paren(N(Num.Sig(-f.BarrierDifferenceInThermalUnits, 3))),
                O("="), N(Num.Sig(f.PermeabilityRatio, 3))))
            .Verdict(f.PermeabilityRatio >= 1
                ? $"{f.FavouredIon.Symbol} passes {Num.Sig(f.PermeabilityRatio, 3)} times as readily as {f.ComparedIon.Symbol}."
                : $"{f.ComparedIon.Symbol} passes {Num.Sig(1 / f.PermeabilityRatio, 3)} times as readily as {f.FavouredIon.Symbol}.")
            .Note(SelectivityCaveat)
            .Note((f.IsIllustrative ? "Illustrative teaching value. " : "") + "Source: " + f.Source)
            .UsesConstants()
            .ToHtml();

    /// <summary>The assumptions behind P_X/P_Y = exp(−ΔΔG/RT), said wherever the ratio is shown.</summary>
    internal const string SelectivityCaveat =
        "Assumes one rate-limiting barrier and the same attempt frequency for both ions. A permeability ratio (from reversal potentials), " +
        "a conductance ratio and a binding preference are different measures of selectivity and need not agree.";

    /// <summary>"outward" or "inward" in words, for a current with the kit's sign convention.</summary>
    internal static string Direction(Current current) => current.Amperes switch
    {
        > 0 => $"Outward current ({Num.Quantity(current)}): positive charge leaves the cell.",
        < 0 => $"Inward current ({Num.Quantity(current)}): positive charge enters the cell.",
        _ => "No net current.",
    };
}
