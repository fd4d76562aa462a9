namespace MembraneKit.Interactive;

/// <summary>Displays of the teaching types: a prediction whose answer waits behind a fold, and the count of the
/// ions that charge a membrane.</summary>
internal static class TeachingDisplays
{
    /// <summary>The question, then the answer and its reason inside a &lt;details&gt; fold that the student opens
    /// (front ends that drop the fold show the answer directly; the text/plain bundle reads in order).</summary>
    internal static string Html(Prediction p)
    {
        var fold = new MarkupWriter()
            .Open("details", ("class", "mk-answer"))
            .Element("summary", "Made your prediction? Show the answer")
            .Element("p", "Answer: " + p.Answer, ("class", "mk-verdict"))
            .Element("p", "Why: " + p.Reason)
            .Close()
            .ToMarkup();
        return new Card("predict", "Predict", p.Question)
            .Verdict(p.Question)
            .Figure(fold)
            .ToHtml();
    }

    internal static string Html(ChargeSeparation c) =>
        new Card("charge", $"The charge behind {Num.Quantity(c.Potential)}", c.ToString())
            .Facts(
                ("membrane capacitance C", Num.Quantity(c.Capacitance)),
                ("charge per area C·|V|", Num.Sig(c.ChargeCoulombsPerSquareMeter * 1e2, 3) + " µC/cm²"),
                ($"{c.Ion.Symbol} per µm² of membrane", Num.Sig(c.IonsPerSquareMicrometer, 3)),
                ($"{c.Ion.Symbol} moved, whole cell (radius {Num.Compact(c.CellRadiusMicrometers)} µm)", Num.Sig(c.IonsMoved, 3)),
                ($"{c.Ion.Symbol} inside at {Num.Quantity(c.Inside)}", Num.Sig(c.IonsInside, 3)),
                ("fraction moved", Num.Sig(c.FractionMoved, 2)))
            .Verdict($"Charging the membrane to {Num.Quantity(c.Potential)} moves about {Num.Sig(c.FractionMoved * 1e6, 2)} in a million of the cell's {c.Ion.Symbol}: the concentrations do not change measurably.")
            .Note("n = C·|V| / (|z|·e) per area; ions inside = c·N_A·(4/3)πr³; the charge sits in a thin layer on each face of the membrane.")
            .UsesConstants()
            .ToHtml();
}
