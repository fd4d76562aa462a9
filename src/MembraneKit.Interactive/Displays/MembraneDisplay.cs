namespace MembraneKit.Interactive;

/// <summary>Display of a <see cref="Membrane"/>: a row per ion with concentrations, ratio, valence,
/// E_ion, permeability and conductance; the Nernst equation with the first ion's numbers; the diagram.</summary>
internal static class MembraneDisplay
{
    internal static string Html(Membrane membrane)
    {
        var card = new Card("membrane", $"Membrane at {Num.Quantity(membrane.Temperature)}", Text(membrane));
        if (membrane.Ions.Count == 0)
        {
            return card.Note("No ions yet: add them with .With(Ion.Potassium, inside: 140, outside: 4).").ToHtml();
        }

        card.Table(IonTable(membrane)).UsesConstants();
        var first = membrane.Nernst(membrane.Ions[0].Ion);
        card.Equation("Nernst equation (potential of the inside relative to the outside)", NernstEquation.General())
            .Equation($"for {first.Ion.Symbol}", NernstEquation.Substituted(first));
        if (RestingPotentialOf(membrane) is { } rest)
        {
            var law = membrane.Ions.Any(g => g.Permeability is { Value: > 0 }) ? "GHK, from the permeabilities" : "chord conductance, from the conductances";
            return card.Verdict($"Resting potential V_rest = {Num.Quantity(rest)} ({law}); the arrows show where each ion's net driving force moves it at V_rest.")
                .Figure(MembraneDiagramSvg.Draw(MembraneDiagram.Of(membrane, rest)))
                .ToHtml();
        }

        return card.Figure(MembraneDiagramSvg.Draw(MembraneDiagram.Of(membrane)))
            .Note("Driving-force arrows need a membrane potential: give permeabilities (.WithPermeability) or conductances, or draw membrane.Diagram((-70).Millivolts()).")
            .ToHtml();
    }

    /// <summary>The membrane's resting potential when it has permeabilities or conductances to compute one from, else null.</summary>
    internal static Voltage? RestingPotentialOf(Membrane membrane) =>
        membrane.Ions.Any(g => g.Permeability is { Value: > 0 } || g.Conductance is { Siemens: > 0 }) ? membrane.RestingPotential() : null;

    internal static string Text(Membrane membrane)
    {
        if (membrane.Ions.Count == 0)
        {
            return $"Membrane at {membrane.Temperature} with no ions";
        }

        var ions = membrane.Ions.Select(g => $"{g.Ion.Symbol} {Plain(g.Inside)} in / {Plain(g.Outside)} out, E_{g.Ion.Formula} = {g.Nernst(membrane.Temperature).Potential}");
        var rest = RestingPotentialOf(membrane) is { } v ? $"; V_rest = {v}" : "";
        return $"Membrane at {membrane.Temperature}: " + string.Join("; ", ions) + rest;
    }

    /// <summary>The per-ion table shared by membrane-like displays.</summary>
    internal static Table IonTable(Membrane membrane)
    {
        var hasPermeability = membrane.Ions.Any(g => g.Permeability is not null);
        var hasConductance = membrane.Ions.Any(g => g.Conductance is not null);
        var table = new Table().Column("Ion").Column("z").Column("inside", "mM").Column("outside", "mM").Column("out/in").Column("E_ion", "mV");
        if (hasPermeability)
        {
            table.Column("permeability");
        }

        if (hasConductance)
        {
            table.Column("conductance");
        }

        foreach (var g in membrane.Ions)
        {
            var cells = new List<string>
            {
                g.Ion.Symbol,
                Num.Signed(g.Ion.Charge, 0),
                Num.Compact(g.Inside.Millimolar),
                Num.Compact(g.Outside.Millimolar),
                Num.Sig(g.Outside / g.Inside, 3),
                Num.Fixed(g.Nernst(membrane.Temperature).Potential.Millivolts, 1),
            };
            if (hasPermeability)
            {
                cells.Add(g.Permeability is { } p ? Num.Quantity(p) : "—");
            }

            if (hasConductance)
            {
                cells.Add(g.Conductance is { } c ? Num.Quantity(c) : "—");
            }

            table.Row([.. cells]);
        }

        return table;
    }

    private static string Plain(Concentration c) => c.ToString();
}
