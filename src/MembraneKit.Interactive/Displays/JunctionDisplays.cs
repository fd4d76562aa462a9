using System.Globalization;
using static MembraneKit.Interactive.MathMl;

namespace MembraneKit.Interactive;

/// <summary>Displays of liquid junctions and their potentials (right relative to left).</summary>
internal static class JunctionDisplays
{
    internal static string Html(LiquidJunction j)
    {
        var table = new Table().Column("Ion").Column("left", "mM").Column("right", "mM").Column("mobility u", "10⁻⁸ m² V⁻¹ s⁻¹");
        foreach (var ion in j.Ions)
        {
            table.Row(ion.Ion.Symbol, Num.Compact(ion.LeftMillimolar), Num.Compact(ion.RightMillimolar), Num.Sig(ion.Mobility * 1e8, 4));
        }

        return new Card("junction", $"Liquid junction at {Num.Quantity(j.Temperature)}", j.ToString())
            .Table(table)
            .Note("Compute its potential with .Henderson(), .Planck() or .NernstPlanck(), or all three with .CompareMethods(); the sign is right relative to left.")
            .ToHtml();
    }

    internal static string Html(LiquidJunctionPotential p)
    {
        var table = new Table().Column("Ion").Column("left", "mM").Column("right", "mM").Column("u", "10⁻⁸ m² V⁻¹ s⁻¹").Column("t left").Column("t right").Column("share of E_j", "mV");
        foreach (var c in p.Contributions)
        {
            table.Row(c.Ion.Symbol, Num.Compact(c.LeftMillimolar), Num.Compact(c.RightMillimolar), Num.Sig(c.Mobility * 1e8, 4),
                Num.Fixed(c.TransferenceNumberLeft, 3), Num.Fixed(c.TransferenceNumberRight, 3), c.Contribution is { } v ? Num.Signed(v.Millivolts, 2) : "—");
        }

        var card = new Card("junction", $"Liquid-junction potential E_j = {Num.Signed(p.Potential.Millivolts, 1)} mV ({p.Method})", p.ToString())
            .Table(table);
        if (p.Method == JunctionPotentialMethod.Henderson)
        {
            var sumU = Row(O("∑"), Row(O("|"), Sub(I("z"), I("i")), O("|")), Sub(I("u"), I("i")));
            card.Equation("Henderson equation (E_j = φ_R − φ_L; Δc = c_R − c_L)", Block(
                "E j equals minus R T over F times the sum of sign z u delta c over the sum of absolute z u delta c times ln of the sum of absolute z u c on the right over the same sum on the left",
                Sub(I("E"), I("j")), O("="), O("−"), Frac(Row(I("R"), I("T")), I("F")),
                Frac(Row(O("∑"), Upright("sgn"), Paren(Sub(I("z"), I("i"))), Sub(I("u"), I("i")), O("Δ"), Sub(I("c"), I("i"))),
                    Row(sumU, O("Δ"), Sub(I("c"), I("i")))),
                Upright("ln"), Paren(Frac(Row(sumU, Sub(I("c"), T("i,R"))), Row(sumU, Sub(I("c"), T("i,L"))))),
                O("="), Quantity(Num.Signed(p.Potential.Millivolts, 2), "mV")));
        }

        if (p.Profile is { } profile)
        {
            card.Chart(Charts.JunctionConcentrations(profile)).Chart(Charts.JunctionPotential(profile))
                .Note(Converged(profile));
        }

        return card.Verdict(p.Summary).UsesConstants().ToHtml();
    }

    internal static string Html(JunctionProfile profile) =>
        new Card("junction", "Inside the junction (Nernst–Planck steady state)", profile.ToString())
            .Chart(Charts.JunctionConcentrations(profile)).Chart(Charts.JunctionPotential(profile))
            .Note(Converged(profile))
            .ToHtml();

    internal static string Html(JunctionPotentialComparison c)
    {
        var table = new Table().Column("method").Column("E_j", "mV").Column("minus Nernst–Planck", "mV").Column("assumes");
        table.Row("Henderson", Num.Signed(c.Henderson.Potential.Millivolts, 2), Num.Signed(c.HendersonDifference.Millivolts, 2), "every concentration linear across the junction");
        table.Row("Planck", c.Planck is { } planck ? Num.Signed(planck.Potential.Millivolts, 2) : "—", c.PlanckDifference is { } d ? Num.Signed(d.Millivolts, 3) : "—",
            c.Planck is null ? "monovalent ions only: does not apply here" : "monovalent ions; exact steady state");
        table.Row("Nernst–Planck", Num.Signed(c.NernstPlanck.Potential.Millivolts, 2), "0", "nothing: profiles solved (LJPcalc's method)");
        var card = new Card("junction", $"Three ways to a junction potential: {Num.Signed(c.NernstPlanck.Potential.Millivolts, 1)} mV (Nernst–Planck)", c.ToString())
            .Table(table)
            .Verdict(c.Reason);
        if (c.NernstPlanck.Profile is { } profile)
        {
            card.Chart(Charts.JunctionConcentrations(profile)).Chart(Charts.JunctionPotential(profile)).Note(Converged(profile));
        }

        return card.Note("E_j = φ(right) − φ(left). Mobilities are the 25 °C limiting values at any temperature; concentrations stand in for activities.")
            .UsesConstants().ToHtml();
    }

    internal static string Html(PatchClampCorrection c)
    {
        var table = new Table().Column("Ion").Column("pipette", "mM").Column("bath", "mM");
        foreach (var ion in c.JunctionPotential.Junction.Ions)
        {
            table.Row(ion.Ion.Symbol, Num.Compact(ion.LeftMillimolar), Num.Compact(ion.RightMillimolar));
        }

        return new Card("junction", $"Patch-clamp correction: V_LJP = {Num.Signed(c.Potential.Millivolts, 1)} mV", c.ToString())
            .Table(table)
            .Facts(("V_LJP = φ(bath) − φ(pipette)", Num.Signed(c.Potential.Millivolts, 2) + " mV"),
                ("V_membrane", "V_measured " + (c.Potential.Volts >= 0 ? "− " : "+ ") + Num.Fixed(Math.Abs(c.Potential.Millivolts), 2) + " mV"),
                ("a reading of −60 mV means", Num.Signed(c.Correct(-60).Millivolts, 1) + " mV"))
            .Verdict(c.Convention)
            .Note("The junction exists while the amplifier is zeroed with the pipette in the bath and vanishes once the patch is open, so the offset it set stays in every later reading. Junction potential by the stationary Nernst–Planck equations.")
            .UsesConstants().ToHtml();
    }

    private static string Converged(JunctionProfile profile) =>
        $"Solver: {Count(profile.Iterations)} Newton iterations, {Count(profile.Intervals)} mesh intervals, estimated error of E_j {Num.Sig(profile.EstimatedError.Millivolts * 1000, 2)} µV, " +
        $"right-side mismatch {Num.Sig(profile.BoundaryMismatch, 2)} of the largest concentration.";

    internal static string Html(JunctionIon i) =>
        new Card("junction", $"{i.Ion.Symbol} at a liquid junction", i.ToString())
            .Facts(("left", Num.Compact(i.LeftMillimolar) + " mM"), ("right", Num.Compact(i.RightMillimolar) + " mM"), ("mobility u", Num.Sig(i.Mobility, 4) + " m² V⁻¹ s⁻¹"))
            .ToHtml();

    internal static string Html(JunctionIonContribution c) =>
        new Card("junction", $"{c.Ion.Symbol}'s share of a junction potential", c.ToString())
            .Facts(("left", Num.Compact(c.LeftMillimolar) + " mM"), ("right", Num.Compact(c.RightMillimolar) + " mM"), ("mobility u", Num.Sig(c.Mobility, 4) + " m² V⁻¹ s⁻¹"),
                ("transference number left", Num.Fixed(c.TransferenceNumberLeft, 3)), ("transference number right", Num.Fixed(c.TransferenceNumberRight, 3)),
                ("contribution", c.Contribution is { } v ? Num.Signed(v.Millivolts, 2) + " mV" : "not split per ion by this method"))
            .ToHtml();

    internal static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
