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
            .Note("Compute its potential with .Henderson() or .Planck(); the sign is right relative to left.")
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

        return card.Verdict(p.Summary).UsesConstants().ToHtml();
    }

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
