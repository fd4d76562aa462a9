namespace MembraneKit.Interactive;

public static partial class Charts
{
    /// <summary>Butler–Volmer current–potential curve of an electrode reaction over ±300 mV around E_eq: the anodic
    /// and cathodic partial currents (dashed) and the net current, which crosses zero at E_eq (marked).</summary>
    /// <param name="reaction">The electrode reaction.</param>
    /// <param name="points">Number of samples.</param>
    public static ProgressiveChart ButlerVolmer(ElectrodeReaction reaction, int points = DefaultPoints)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        return ButlerVolmer(reaction.Sweep(points));
    }

    /// <summary>The current–potential curve of a sweep: partial currents dashed, net current solid, E_eq marked.</summary>
    /// <param name="sweep">A sweep from <see cref="ElectrodeReaction.Sweep(int)"/>.</param>
    public static ProgressiveChart ButlerVolmer(ElectrodeCurrentSweep sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var mv = sweep.PotentialsVolts.Select(v => v * 1000).ToArray();
        static double[] MilliampsPerCm2(IReadOnlyList<double> amperesPerSquareMetre) => [.. amperesPerSquareMetre.Select(a => a / 10)];
        var eq = sweep.Reaction.EquilibriumPotential;
        return new ProgressiveChart($"Butler–Volmer: {sweep.Reaction.Couple.Label}", "electrode potential E vs SHE (mV)", "current density i (mA/cm²)",
            [new ChartSeries("anodic i_a (oxidation)", mv, MilliampsPerCm2(sweep.AnodicAmperesPerSquareMetre), SeriesStyle.Dashed),
             new ChartSeries("cathodic i_c (reduction)", mv, MilliampsPerCm2(sweep.CathodicAmperesPerSquareMetre), SeriesStyle.Dashed),
             new ChartSeries("net i", mv, MilliampsPerCm2(sweep.NetAmperesPerSquareMetre))])
            .WithMarkers(new ChartMarker($"E_eq = {Num.Quantity(eq)}: i = 0", eq.Millivolts, 0))
            .WithDescription($"Butler–Volmer current density of {sweep.Reaction.Couple.Label} against potential: anodic and cathodic partial currents and their sum, which is zero at E_eq = {Num.Quantity(eq)}.");
    }

    /// <summary>An Evans diagram: for each couple the anodic (solid) and cathodic (dashed) branches as log₁₀|i|
    /// against potential; where the total anodic and cathodic currents meet lies the mixed potential (marked).</summary>
    /// <param name="diagram">From <see cref="MixedPotentialResult.EvansDiagram(int)"/>.</param>
    public static ProgressiveChart Evans(EvansDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var mv = diagram.PotentialsVolts.Select(v => v * 1000).ToArray();
        var series = new List<ChartSeries>();
        foreach (var branch in diagram.Branches)
        {
            series.Add(new ChartSeries($"{branch.Reaction.Couple.Label} anodic", [.. branch.Log10AnodicAmperesPerSquareMetre], mv));
            series.Add(new ChartSeries($"{branch.Reaction.Couple.Label} cathodic", [.. branch.Log10CathodicAmperesPerSquareMetre], mv, SeriesStyle.Dashed));
        }

        var mix = diagram.MixedPotential;
        return new ProgressiveChart("Evans diagram", "log₁₀ |i| (i in A/m²)", "electrode potential E vs SHE (mV)", series)
            .WithMarkers(new ChartMarker($"E_mix = {Num.Quantity(mix)}", diagram.Log10MixedCurrentAmperesPerSquareMetre, mix.Millivolts))
            .WithReferenceLines(ReferenceLine.Horizontal(mix.Millivolts, "E_mix"))
            .WithDescription($"Evans diagram of {string.Join(" and ", diagram.Branches.Select(b => b.Reaction.Couple.Label))}: potential against log₁₀ of the partial current densities; the anodic and cathodic totals meet at E_mix = {Num.Quantity(mix)}.");
    }
}
