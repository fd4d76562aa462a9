using System.Globalization;
using static MembraneKit.Interactive.MathMl;

namespace MembraneKit.Interactive;

/// <summary>Displays of resting-potential results: GHK and chord potentials, ionic currents, I–V curves,
/// ratio sweeps, mixed channels and self-consistent roots.</summary>
internal static class RestingDisplays
{
    internal static string Html(GoldmanPotential g)
    {
        var t = g.Temperature;
        var table = new Table().Column("Ion").Column("permeability").Column("inside", "mM").Column("outside", "mM").Column("E_ion", "mV");
        foreach (var ion in g.PermeantIons)
        {
            table.Row(ion.Ion.Symbol, ion.Permeability is { } p ? Num.Quantity(p) : "—", Num.Compact(ion.Inside.Millimolar), Num.Compact(ion.Outside.Millimolar), Num.Fixed(ion.Nernst(t).Potential.Millivolts, 1));
        }

        var card = new Card("resting", $"GHK resting potential: V = {Num.Quantity(g.Potential)}", g.ToString() + string.Join(";", g.PermeantIons))
            .Table(table)
            .Equation(g.IsClosedForm ? "Goldman–Hodgkin–Katz voltage equation (monovalent ions)" : "Goldman–Hodgkin–Katz: zero total GHK current (solved numerically: a divalent ion is present)",
                GhkEquation(g))
            .Verdict(Between(g.Potential, g.EquilibriumPotentials))
            .Figure(MembraneDiagramSvg.Draw(MembraneDiagram.Of(g.Membrane, g.Potential)));
        return card.UsesConstants().ToHtml();
    }

    private static Markup GhkEquation(GoldmanPotential g)
    {
        static Markup Term(IonGradient ion, string side) => Row(Sub(I("P"), T(ion.Ion.Formula)), Conc(ion.Ion.Symbol, side));
        Markup Sum(Func<IonGradient, string> side)
        {
            var items = new List<Markup>();
            foreach (var ion in g.PermeantIons)
            {
                if (items.Count > 0)
                {
                    items.Add(O("+"));
                }

                items.Add(Term(ion, side(ion)));
            }

            return Row([.. items]);
        }

        // Cations: outside on top; anions: inside on top.
        var top = Sum(i => i.Ion.Charge > 0 ? "o" : "i");
        var bottom = Sum(i => i.Ion.Charge > 0 ? "i" : "o");
        return Block("V equals R T over F times ln of the permeability-weighted outside cations and inside anions over the inside cations and outside anions",
            I("V"), O("="), Frac(Row(I("R"), I("T")), I("F")), Upright("ln"), Paren(Frac(top, bottom)),
            O("="), Quantity(Num.Fixed(g.Potential.Millivolts, 1), "mV"));
    }

    internal static string Html(ChordPotential c)
    {
        var table = new Table().Column("Ion").Column("conductance").Column("E_ion", "mV").Column("weight g_i/Σg");
        foreach (var w in c.Weights)
        {
            table.Row(w.Ion.Symbol, Num.Quantity(w.Conductance), Num.Fixed(w.EquilibriumPotential.Potential.Millivolts, 1), Num.Sig(w.Weight, 3));
        }

        var numbers = new List<Markup>();
        foreach (var w in c.Weights)
        {
            if (numbers.Count > 0)
            {
                numbers.Add(O("+"));
            }

            numbers.Add(Row(N(Num.Sig(w.Weight, 3)), O("·"), Paren(N(Num.Fixed(w.EquilibriumPotential.Potential.Millivolts, 1)))));
        }

        return new Card("resting", $"Chord-conductance potential: V = {Num.Quantity(c.Potential)}", c.ToString() + string.Join(";", c.Weights))
            .Table(table)
            .Equation("chord-conductance equation", Block("V equals the sum of g i E i over the sum of g i",
                I("V"), O("="), Frac(Row(O("∑"), Sub(I("g"), I("i")), Sub(I("E"), I("i"))), Row(O("∑"), Sub(I("g"), I("i")))),
                O("="), Row([.. numbers]), O("="), Quantity(Num.Fixed(c.Potential.Millivolts, 1), "mV")))
            .Verdict(Between(c.Potential, [.. c.Weights.Select(w => w.EquilibriumPotential)]))
            .Figure(MembraneDiagramSvg.Draw(MembraneDiagram.Of(c.Membrane, c.Potential)))
            .UsesConstants()
            .ToHtml();
    }

    internal static string Html(ChordWeight w) =>
        new Card("resting", $"{w.Ion.Symbol} in the chord equation: weight {Num.Sig(w.Weight, 3)}", w.ToString())
            .Facts(("conductance", Num.Quantity(w.Conductance)), ("E_ion", Num.Quantity(w.EquilibriumPotential.Potential)), ("weight g_i/Σg", Num.Sig(w.Weight, 3)))
            .ToHtml();

    internal static string Html(IonCurrent c) =>
        new Card("current", $"I_{c.Ion.Formula} = {CurrentText.Of(c.Value, c.Unit)} at {Num.Quantity(c.MembranePotential)}", c.ToString())
            .Facts(
                ("law", c.Law == CurrentLaw.Ohmic ? "ohmic, I = g(V − E)" : "GHK current equation"),
                ($"E_{c.Ion.Formula}", Num.Quantity(c.EquilibriumPotential.Potential)),
                ("driving force V − E", Num.Quantity(c.DrivingForce)),
                ("current", CurrentText.Of(c.Value, c.Unit)),
                ("direction", Direction(c.Direction)))
            .Verdict(c.Movement)
            .ToHtml();

    internal static string Html(MembraneCurrents m)
    {
        var table = new Table().Column("Ion").Column("E_ion", "mV").Column("V − E_ion", "mV").Column("current").Column("direction").Column("the ions");
        foreach (var c in m.Ions)
        {
            table.Row(c.Ion.Symbol, Num.Fixed(c.EquilibriumPotential.Potential.Millivolts, 1), Num.Signed(c.DrivingForce.Millivolts, 1),
                CurrentText.Of(c.Value, c.Unit), Direction(c.Direction), c.Movement);
        }

        table.Row("total", "", "", m.IsNetZero ? "≈ 0" : CurrentText.Of(m.Total, m.Unit), m.IsNetZero ? "net zero" : Direction(m.Total > 0 ? CurrentDirection.Outward : CurrentDirection.Inward), "");
        return new Card("current", $"Membrane currents at V = {Num.Quantity(m.MembranePotential)}", m.ToString())
            .Table(table)
            .Equation(m.Law == CurrentLaw.Ohmic ? "ohmic currents" : "GHK currents", m.Law == CurrentLaw.Ohmic
                ? Block("I total equals the sum of g i times V minus E i", Sub(I("I"), T("total")), O("="), O("∑"), Sub(I("g"), I("i")), Paren(I("V"), O("−"), Sub(I("E"), I("i"))))
                : Block("I equals P z squared F squared V over R T times c in minus c out e to the minus z F V over R T over 1 minus e to the minus z F V over R T",
                    I("I"), O("="), Frac(Row(I("P"), Sup(I("z"), N("2")), Sup(I("F"), N("2")), I("V")), Row(I("R"), I("T"))),
                    Frac(Row(Sub(I("c"), T("in")), O("−"), Sub(I("c"), T("out")), Sup(I("e"), Row(O("−"), I("z"), I("F"), I("V"), O("/"), I("R"), I("T")))),
                        Row(N("1"), O("−"), Sup(I("e"), Row(O("−"), I("z"), I("F"), I("V"), O("/"), I("R"), I("T")))))))
            .Verdict(Verdict(m))
            .Figure(MembraneDiagramSvg.Draw(MembraneDiagram.Of(m.Membrane, m.MembranePotential)))
            .UsesConstants()
            .ToHtml();
    }

    /// <summary>"net current 0 → non-equilibrium steady state: K⁺ leaks out, Na⁺ leaks in".</summary>
    internal static string Verdict(MembraneCurrents m)
    {
        var flows = string.Join(", ", m.Ions.Where(i => i.IsPermeant && i.Direction != CurrentDirection.None).Select(Leak));
        if (m.IsEquilibrium)
        {
            return "Every permeant ion is at its Nernst potential: a true equilibrium, no ion moves.";
        }

        return m.IsNetZero
            ? $"Net current 0 → non-equilibrium steady state: {flows}. The gradients run down unless a pump restores them."
            : $"Net current {CurrentText.Of(m.Total, m.Unit)} ({(m.Total > 0 ? "outward" : "inward")}): V is not a resting potential, the membrane {(m.Total > 0 ? "hyperpolarises" : "depolarises")}; {flows}.";
    }

    private static string Leak(IonCurrent c)
    {
        var cation = c.Ion.Charge > 0;
        var outward = c.Direction == CurrentDirection.Outward;
        return $"{c.Ion.Symbol} leaks {(cation == outward ? "out" : "in")}";
    }

    internal static string Html(IVCurve curve) =>
        new Card("iv", $"I–V curve: {curve.Description}", curve.Description + curve.Count + string.Join(",", curve.ReversalPotentials))
            .Chart(Charts.IVCurve(curve))
            .Verdict(curve.ReversalPotentials.Count switch
            {
                0 => "The current does not change sign in this range: no reversal potential here.",
                1 => curve.Ions.Count == 1 && curve.Membrane is { } m && m.Contains(curve.Ions[0])
                    ? $"One ion carries the current, so it reverses at its Nernst potential: E_rev = {Num.Quantity(curve.ReversalPotentials[0])} = E_{curve.Ions[0].Formula}."
                    : $"The current reverses at E_rev = {Num.Quantity(curve.ReversalPotentials[0])}: outward above, inward below.",
                _ => $"The current changes sign {curve.ReversalPotentials.Count} times: {string.Join(", ", curve.ReversalPotentials.Select(v => Num.Quantity(v)))}.",
            })
            .ToHtml();

    internal static string Text(IVCurve curve) =>
        $"I–V curve ({curve.Description}), {curve.Count} points from {curve.Voltages[0]} to {curve.Voltages[^1]}; reversal at {(curve.ReversalPotentials.Count == 0 ? "none" : string.Join(", ", curve.ReversalPotentials))}";

    internal static string Html(PotentialSweep s) =>
        new Card("sweep", $"Zero-current potential against {s.RatioName}", s.ToString())
            .Chart(Charts.PermeabilityRatioSweep(s))
            .Verdict($"As {s.RatioName} grows from {Num.Sig(s.Ratios[0], 3)} to {Num.Sig(s.Ratios[^1], 3)}, the potential moves from {Num.Quantity(s.Potentials[0])} towards E_{s.Varied.Formula} = {Num.Quantity(s.VariedEquilibriumPotential.Potential)} (E_{s.Reference.Formula} = {Num.Quantity(s.ReferenceEquilibriumPotential.Potential)}): it lies nearer the more permeant ion.")
            .ToHtml();

    internal static string Html(ConcentrationSweep s)
    {
        var (first, last) = (s.RestingPotentials[0], s.RestingPotentials[^1]);
        var direction = last > first ? "depolarises" : last < first ? "hyperpolarises" : "leaves V_rest unchanged";
        return new Card("sweep", s.Ion == Ion.Potassium ? "Hyperkalemia: V_rest and E_K against [K⁺]ₒ" : $"V_rest and E_{s.Ion.Formula} against [{s.Ion.Symbol}]ₒ", s.ToString())
            .Chart(Charts.ConcentrationSweep(s))
            .Verdict($"Raising [{s.Ion.Symbol}]ₒ from {Num.Quantity(s.OutsideConcentrations[0])} to {Num.Quantity(s.OutsideConcentrations[^1])} {direction} the cell: V_rest {Num.Quantity(first)} → {Num.Quantity(last)}, while E_{s.Ion.Formula} moves {Num.Quantity(s.EquilibriumPotentials[0])} → {Num.Quantity(s.EquilibriumPotentials[^1])}.")
            .UsesConstants()
            .ToHtml();
    }

    internal static string Html(MixedChannel c)
    {
        var table = new Table().Column("Ion").Column("relative permeability");
        foreach (var ion in c.Ions)
        {
            table.Row(ion.Symbol, Num.Sig(c.RelativePermeability(ion), 3));
        }

        return new Card("channel", c.Name, c.ToString()).Table(table)
            .Note("Its reversal potential in given solutions: channel.ReversalPotential(solutions).")
            .ToHtml();
    }

    internal static string Html(VoltageDependentConductance g) =>
        new Card("channel", "Conductance g(V)", g.Description)
            .Facts(("g(V)", g.Description), ("g at −90 mV", Num.Quantity(g.At((-90).Millivolts()))), ("g at −60 mV", Num.Quantity(g.At((-60).Millivolts()))), ("g at −30 mV", Num.Quantity(g.At((-30).Millivolts()))))
            .ToHtml();

    internal static string Html(ConductancePathway p) =>
        new Card("channel", $"Pathway {p.Name}", p.ToString())
            .Facts(("reversal potential", Num.Quantity(p.ReversalPotential)), ("conductance", p.Conductance.Description))
            .ToHtml();

    internal static string Html(RestingPotentialRoot r) =>
        new Card("resting", $"Resting potential {Num.Quantity(r.Potential)} ({r.Stability.ToString().ToLowerInvariant()})", r.ToString())
            .Facts(("potential", Num.Quantity(r.Potential)), ("slope conductance dI/dV", Num.Quantity(Conductance.FromSiemens(Math.Abs(r.SlopeConductanceSiemens))) + (r.SlopeConductanceSiemens < 0 ? " (negative)" : "")),
                ("stability", r.Stability.ToString()))
            .Verdict(Stability(r))
            .ToHtml();

    internal static string Html(SelfConsistentRoots roots)
    {
        var table = new Table().Column("root").Column("V", "mV").Column("dI/dV", "nS").Column("stability");
        var n = 0;
        foreach (var r in roots.Roots)
        {
            table.Row((++n).ToString(CultureInfo.InvariantCulture), Num.Fixed(r.Potential.Millivolts, 1), Num.Sig(r.SlopeConductanceSiemens * 1e9, 3), r.Stability.ToString());
        }

        var card = new Card("resting", $"Self-consistent resting potentials in [{Num.Quantity(roots.Lower)}, {Num.Quantity(roots.Upper)}]", roots.ToString());
        if (roots.Roots.Count > 0)
        {
            card.Table(table);
        }

        return card.Equation("condition", Block("the sum of g i of V times V minus E i is zero",
                O("∑"), Sub(I("g"), I("i")), Paren(I("V")), Paren(I("V"), O("−"), Sub(I("E"), I("i"))), O("="), N("0")))
            .Chart(Charts.SelfConsistent(roots))
            .Verdict(roots.IsEmpty ? "No resting potential in this window." : roots.IsBistable
                ? "Bistable: the membrane can rest at either stable potential; the unstable root between them is the threshold."
                : roots.Stable.Count == 1 ? $"One stable resting potential: {Num.Quantity(roots.Stable[0].Potential)}." : "No stable resting potential in this window.")
            .ToHtml();
    }

    private static string Stability(RestingPotentialRoot r) => r.Stability switch
    {
        RootStability.Stable => "Stable: a small depolarisation makes the net current outward, which brings V back.",
        RootStability.Unstable => "Unstable: a small depolarisation makes the net current inward, which drives V further away — a threshold.",
        _ => "Marginal: dI/dV is about zero here.",
    };

    private static string Direction(CurrentDirection d) => d switch
    {
        CurrentDirection.Outward => "outward",
        CurrentDirection.Inward => "inward",
        _ => "none",
    };

    /// <summary>Where a zero-current potential sits among the equilibrium potentials.</summary>
    private static string Between(Voltage v, IReadOnlyList<EquilibriumPotential> es)
    {
        if (es.Count < 2)
        {
            return es.Count == 1 ? $"One permeant ion: V equals its Nernst potential {Num.Quantity(es[0].Potential)}." : "";
        }

        var nearest = es.MinBy(e => Math.Abs((e.Potential - v).Volts))!;
        var lo = es.MinBy(e => e.Potential.Volts)!;
        var hi = es.MaxBy(e => e.Potential.Volts)!;
        return $"V = {Num.Quantity(v)} lies between E_{lo.Ion.Formula} = {Num.Quantity(lo.Potential)} and E_{hi.Ion.Formula} = {Num.Quantity(hi.Potential)}, nearest E_{nearest.Ion.Formula}: no single ion is at equilibrium, so each keeps leaking (a steady state, not an equilibrium).";
    }
}
