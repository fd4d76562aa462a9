namespace MembraneKit.Interactive;

public static partial class Charts
{
    /// <summary>An I–V curve with its zero crossing(s) marked — the reversal potential — and, when it was computed
    /// from a membrane, each carrying ion's Nernst potential as a dashed line.</summary>
    /// <param name="curve">The curve (<see cref="Membrane.IVCurve(Voltage, Voltage, int)"/> or <see cref="MembraneKit.IVCurve.FromPoints(IReadOnlyList{Voltage}, IReadOnlyList{Current})"/>).</param>
    public static ProgressiveChart IVCurve(IVCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var (factor, unit) = CurrentText.Scale(curve.Currents, curve.Unit);
        var mv = curve.Voltages.Select(v => v.Millivolts).ToArray();
        var chart = new ProgressiveChart($"I–V curve: {curve.Description}", "membrane potential V (mV)", $"current I ({unit}, outward +)",
            [new ChartSeries(curve.Ions.Count > 0 ? string.Join(" + ", curve.Ions.Select(i => i.Symbol)) : "I", mv, [.. curve.Currents.Select(c => c * factor)])])
            .WithMarkers([.. curve.ReversalPotentials.Select(v => new ChartMarker($"E_rev = {Num.Quantity(v)}", v.Millivolts, 0))])
            .WithReferenceLines(ReferenceLine.Horizontal(0, "I = 0"));
        if (curve.Membrane is { } membrane)
        {
            chart = chart.WithReferenceLines([.. curve.Ions.Where(membrane.Contains).Select(ion =>
                ReferenceLine.Vertical(membrane.Nernst(ion).Potential.Millivolts, $"E_{ion.Formula}"))]);
        }

        var reversal = curve.ReversalPotentials.Count switch
        {
            0 => "it does not cross zero in this range",
            1 => $"reversal at {Num.Quantity(curve.ReversalPotentials[0])}",
            _ => $"zero crossings at {string.Join(", ", curve.ReversalPotentials.Select(v => Num.Quantity(v)))}",
        };
        return chart.WithDescription($"I–V curve of {(curve.Ions.Count > 0 ? string.Join(", ", curve.Ions.Select(i => i.Symbol)) : curve.Description)} from {Num.Fixed(mv[0], 0)} to {Num.Fixed(mv[^1], 0)} mV, {reversal}.");
    }

    /// <summary>The membrane's total I–V curve over a range, zero crossing marked.</summary>
    /// <param name="membrane">A membrane with permeabilities or conductances.</param>
    /// <param name="fromMillivolts">First potential, mV.</param>
    /// <param name="toMillivolts">Last potential, mV.</param>
    /// <param name="points">Number of samples.</param>
    public static ProgressiveChart IVCurve(Membrane membrane, double fromMillivolts = -120, double toMillivolts = 60, int points = DefaultPoints)
    {
        ArgumentNullException.ThrowIfNull(membrane);
        return IVCurve(membrane.IVCurve(Voltage.FromMillivolts(fromMillivolts), Voltage.FromMillivolts(toMillivolts), points));
    }

    /// <summary>The zero-current (reversal) potential against a permeability or conductance ratio, with the two
    /// ions' Nernst potentials as the limits it moves between.</summary>
    /// <param name="sweep">From <see cref="Membrane.SweepPermeabilityRatio"/> or <see cref="Membrane.SweepConductanceRatio"/>.</param>
    public static ProgressiveChart PermeabilityRatioSweep(PotentialSweep sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var ratios = sweep.Ratios.ToArray();
        var positive = ratios.Where(r => r > 0).ToArray();
        var log = positive.Length == ratios.Length && positive.Length > 1 && positive.Max() / positive.Min() >= 100;
        var (eVaried, eReference) = (sweep.VariedEquilibriumPotential.Potential, sweep.ReferenceEquilibriumPotential.Potential);
        return new ProgressiveChart($"Reversal potential against {sweep.RatioName}", sweep.RatioName, "zero-current potential (mV)",
            [new ChartSeries("E_rev", ratios, [.. sweep.Potentials.Select(v => v.Millivolts)])])
        { LogX = log }
            .WithReferenceLines(
                ReferenceLine.Horizontal(eVaried.Millivolts, $"E_{sweep.Varied.Formula} = {Num.Quantity(eVaried)}"),
                ReferenceLine.Horizontal(eReference.Millivolts, $"E_{sweep.Reference.Formula} = {Num.Quantity(eReference)}"))
            .WithDescription($"Zero-current potential against {sweep.RatioName} from {Num.Sig(ratios.Min(), 3)} to {Num.Sig(ratios.Max(), 3)}: it moves from {Num.Quantity(sweep.Potentials[0])} towards E_{sweep.Varied.Formula} = {Num.Quantity(eVaried)} as {sweep.Varied.Symbol} becomes more permeant.");
    }

    /// <summary>E_rev against P_varied/P_reference over logarithmically spaced ratios.</summary>
    /// <param name="membrane">A membrane with permeabilities (the reference ion's above 0).</param>
    /// <param name="varied">The ion whose permeability varies (e.g. Na⁺).</param>
    /// <param name="reference">The reference ion (e.g. K⁺).</param>
    /// <param name="fromRatio">Smallest ratio, above 0.</param>
    /// <param name="toRatio">Largest ratio.</param>
    /// <param name="points">Number of ratios.</param>
    public static ProgressiveChart PermeabilityRatioSweep(Membrane membrane, Ion varied, Ion reference, double fromRatio = 0.001, double toRatio = 100, int points = DefaultPoints)
    {
        ArgumentNullException.ThrowIfNull(membrane);
        return PermeabilityRatioSweep(membrane.SweepPermeabilityRatio(varied, reference, LogSweep(fromRatio, toRatio, points)));
    }

    /// <summary>
    /// Hyperkalemia: the resting potential (GHK, or chord when the membrane has conductances only) and E_K as
    /// the outside K⁺ rises (log axis). E_K follows the Nernst slope; V_rest follows it at high [K⁺]ₒ and flattens
    /// at low [K⁺]ₒ, where Na⁺ permeability matters more. The membrane's present [K⁺]ₒ is marked.
    /// </summary>
    /// <param name="membrane">A membrane with K⁺ and permeabilities or conductances.</param>
    /// <param name="fromMillimolar">Lowest [K⁺]ₒ, mM.</param>
    /// <param name="toMillimolar">Highest [K⁺]ₒ, mM.</param>
    /// <param name="points">Number of samples.</param>
    public static ProgressiveChart Hyperkalemia(Membrane membrane, double fromMillimolar = 1, double toMillimolar = 20, int points = DefaultPoints)
    {
        ArgumentNullException.ThrowIfNull(membrane);
        return ConcentrationSweep(membrane.SweepOutsideConcentration(Ion.Potassium, LogSweep(fromMillimolar, toMillimolar, points)));
    }

    /// <summary>An ion's Nernst potential and the resting potential against its outside concentration (log axis),
    /// with the membrane's present concentration marked — for K⁺, the hyperkalemia chart.</summary>
    /// <param name="sweep">From <see cref="Membrane.SweepOutsideConcentration"/>.</param>
    public static ProgressiveChart ConcentrationSweep(ConcentrationSweep sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var ion = sweep.Ion;
        var outside = sweep.OutsideConcentrations.Select(c => c.Millimolar).ToArray();
        var positive = outside.Length > 1 && outside.Max() / outside.Min() >= 10;
        var now = sweep.Membrane.Gradient(ion).Outside;
        var rest = sweep.Membrane.RestingPotential();
        var title = ion == Ion.Potassium
            ? "Resting potential and E_K against [K⁺]ₒ (hyperkalemia)"
            : $"Resting potential and E_{ion.Formula} against [{ion.Symbol}]ₒ";
        return new ProgressiveChart(title, $"[{ion.Symbol}]ₒ (mM)", "potential (mV)",
            [new ChartSeries("V_rest", outside, [.. sweep.RestingPotentials.Select(v => v.Millivolts)]),
             new ChartSeries($"E_{ion.Formula}", outside, [.. sweep.EquilibriumPotentials.Select(v => v.Millivolts)], SeriesStyle.Dashed)])
        { LogX = positive }
            .WithMarkers(new ChartMarker($"now: {Num.Quantity(now)}, V_rest = {Num.Quantity(rest)}", now.Millimolar, rest.Millivolts))
            .WithDescription($"Resting potential and E_{ion.Formula} against outside {ion.Symbol} from {Num.Quantity(sweep.OutsideConcentrations[0])} to {Num.Quantity(sweep.OutsideConcentrations[^1])}: V_rest goes from {Num.Quantity(sweep.RestingPotentials[0])} to {Num.Quantity(sweep.RestingPotentials[^1])}, E_{ion.Formula} from {Num.Quantity(sweep.EquilibriumPotentials[0])} to {Num.Quantity(sweep.EquilibriumPotentials[^1])}.");
    }

    /// <summary>The total steady-state current against V for a set of (possibly voltage-dependent) pathways, with
    /// every self-consistent resting potential marked stable or unstable.</summary>
    /// <param name="roots">From <see cref="Membrane.FindRestingPotentials"/>.</param>
    /// <param name="points">Number of samples.</param>
    public static ProgressiveChart SelfConsistent(SelfConsistentRoots roots, int points = DefaultPoints)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var mv = Sweep(roots.Lower.Millivolts, roots.Upper.Millivolts, points);
        var amperes = mv.Select(v => roots.TotalCurrentAt(Voltage.FromMillivolts(v)).Amperes).ToArray();
        var (factor, unit) = CurrentText.Scale(amperes, CurrentUnit.Amperes);
        return new ProgressiveChart("Self-consistent resting potentials: Σ g_i(V)(V − E_i) = 0", "membrane potential V (mV)", $"total current I ({unit}, outward +)",
            [new ChartSeries("total I(V)", mv, [.. amperes.Select(a => a * factor)])])
            .WithMarkers([.. roots.Roots.Select(r => new ChartMarker($"{Num.Quantity(r.Potential)} ({r.Stability.ToString().ToLowerInvariant()})", r.Potential.Millivolts, 0))])
            .WithReferenceLines(ReferenceLine.Horizontal(0, "I = 0"))
            .WithDescription(roots.IsEmpty
                ? "Total current against V: no resting potential in this window."
                : $"Total current against V with {roots.Roots.Count} zero(s): {string.Join("; ", roots.Roots.Select(r => $"{Num.Quantity(r.Potential)} {r.Stability.ToString().ToLowerInvariant()}"))}.");
    }
}
