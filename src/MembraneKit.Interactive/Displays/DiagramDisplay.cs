namespace MembraneKit.Interactive;

/// <summary>Display of a <see cref="MembraneDiagram"/>: the SVG with the ion table under it.</summary>
internal static class DiagramDisplay
{
    internal static string Html(MembraneDiagram diagram)
    {
        var card = new Card("membrane", diagram.Title, diagram.Description).Figure(MembraneDiagramSvg.Draw(diagram));
        if (diagram.MembranePotential is { } vm)
        {
            var table = new Table().Column("Ion").Column($"E_ion", "mV").Column("V_m − E_ion", "mV").Column("Δμ̃", "kJ/mol").Column("net driving force moves the ion");
            foreach (var ion in diagram.Ions)
            {
                table.Row(ion.Symbol, Num.Fixed(ion.Equilibrium.Potential.Millivolts, 1), Num.Signed((vm - ion.Equilibrium.Potential).Millivolts, 1),
                    Num.Sig(ion.Driving!.Difference.KilojoulesPerMole, 3), ion.Direction switch { "out" => "out of the cell", "in" => "into the cell", _ => "nowhere (equilibrium)" });
            }

            card.Table(table).UsesConstants();
        }

        return card.ToHtml();
    }

    internal static string Text(MembraneDiagram diagram) => diagram.ToString();
}
