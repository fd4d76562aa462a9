namespace MembraneKit.Interactive;

/// <summary>Draws a <see cref="MembraneDiagram"/> as SVG: compartments, one column per ion (and one for the
/// pump), and on the right a potential scale with each E_ion and V_m.</summary>
internal static class MembraneDiagramSvg
{
    private const double Column = 150;
    private const double Left = 12;
    private const double ScaleWidth = 190;
    private const double OutsideTop = 28;
    private const double MembraneTop = 118;
    private const double MembraneBottom = 150;
    private const double InsideBottom = 262;
    private const double Height = 300;
    private const string OutColor = "#b45309";
    private const string InColor = "#1d4ed8";
    private const string VmColor = "#b91c1c";

    internal static Markup Draw(MembraneDiagram diagram)
    {
        var pump = diagram.Pump;
        var columns = diagram.Ions.Count + (pump is null ? 0 : 1);
        var width = Left * 2 + Math.Max(columns, 2) * Column + ScaleWidth;
        var id = DisplayIds.Next("diagram", diagram.Description);
        var svg = new SvgCanvas(id, width, Height, diagram.Title, diagram.Description, "mk-diagram");
        var compartmentsRight = Left + Math.Max(columns, 2) * Column;

        // Compartments and the bilayer.
        svg.Rect(Left, OutsideTop, compartmentsRight - Left, MembraneTop - OutsideTop, "#dbeafe")
            .Rect(Left, MembraneBottom, compartmentsRight - Left, InsideBottom - MembraneBottom, "#ffedd5")
            .Rect(Left, MembraneTop, compartmentsRight - Left, MembraneBottom - MembraneTop, "#fde68a", "#a16207")
            .Line(Left, (MembraneTop + MembraneBottom) / 2, compartmentsRight, (MembraneTop + MembraneBottom) / 2, "#a16207", 0.6, "3 3")
            .Text(Left + 4, OutsideTop - 8, "Outside (extracellular)", weight: "600")
            .Text(Left + 4, InsideBottom + 16, "Inside (cytoplasm)", weight: "600");
        if (diagram.MembranePotential is { } vm)
        {
            svg.Text(compartmentsRight - 4, InsideBottom + 16, $"V_m = {Num.Quantity(vm)} (inside − outside)", "end", "600", fill: VmColor);
        }

        for (var i = 0; i < diagram.Ions.Count; i++)
        {
            DrawIon(svg, diagram.Ions[i], Left + i * Column + Column / 2, diagram.MembranePotential);
        }

        if (pump is not null)
        {
            DrawPump(svg, pump, Left + diagram.Ions.Count * Column + Column / 2);
        }

        DrawScale(svg, diagram, compartmentsRight + 20);
        return svg.ToMarkup();
    }

    private static void DrawIon(SvgCanvas svg, MembraneDiagram.IonView ion, double x, Voltage? vm)
    {
        svg.Group(("class", "mk-ion"), ("data-ion", ion.Symbol))
            .Text(x, OutsideTop + 22, ion.Symbol, "middle", "700", 16)
            .Text(x, OutsideTop + 42, $"[{ion.Symbol}]ₒ = {Num.Quantity(ion.Gradient.Outside)}", "middle")
            .Text(x, MembraneBottom + 74, $"[{ion.Symbol}]ᵢ = {Num.Quantity(ion.Gradient.Inside)}", "middle")
            .Text(x, MembraneBottom + 92, $"{ion.EName} = {Num.Quantity(ion.Equilibrium.Potential)}", "middle", "600");
        var direction = ion.Direction;
        if (direction is "out" or "in")
        {
            var color = direction == "out" ? OutColor : InColor;
            var (from, to) = direction == "out" ? (MembraneBottom + 40, MembraneTop - 28) : (MembraneTop - 28, MembraneBottom + 40);
            svg.Arrow(x, from, x, to, color, 3,
                ("class", "mk-arrow"), ("data-ion", ion.Symbol), ("data-direction", direction));
            var driving = (vm!.Value - ion.Equilibrium.Potential).Millivolts;
            svg.Text(x + 10, (MembraneTop + MembraneBottom) / 2 + 4, direction == "out" ? "out" : "in", fill: color, weight: "600")
                .Text(x, MembraneBottom + 110, $"V_m − {ion.EName} = {Num.Signed(driving, 1)} mV", "middle", size: 11);
        }
        else if (direction == "none")
        {
            svg.Group(("class", "mk-arrow"), ("data-ion", ion.Symbol), ("data-direction", "none"))
                .Text(x, (MembraneTop + MembraneBottom) / 2 + 5, "⇅ at equilibrium", "middle", "600")
                .EndGroup();
        }

        svg.EndGroup();
    }

    private static void DrawPump(SvgCanvas svg, PumpView pump, double x)
    {
        var y = (MembraneTop + MembraneBottom) / 2;
        svg.Group(("class", "mk-pump"), ("data-sodium-out", pump.SodiumOut.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("data-potassium-in", pump.PotassiumIn.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Circle(x, y, 20, "#a7f3d0", "#047857")
            .Text(x, y + 4, "ATPase", "middle", size: 10)
            .Arrow(x - 30, MembraneBottom + 40, x - 30, MembraneTop - 28, OutColor, 2.5, ("class", "mk-pump-arrow"), ("data-direction", "out"))
            .Arrow(x + 30, MembraneTop - 28, x + 30, MembraneBottom + 40, InColor, 2.5, ("class", "mk-pump-arrow"), ("data-direction", "in"))
            .Text(x - 30, OutsideTop + 42, $"{pump.SodiumOut} Na⁺", "middle", "700", fill: OutColor)
            .Text(x + 30, MembraneBottom + 74, $"{pump.PotassiumIn} K⁺", "middle", "700", fill: InColor)
            .Text(x, OutsideTop + 22, pump.Label, "middle", "700")
            .Text(x, MembraneBottom + 92, "ATP → ADP + Pᵢ", "middle")
            .EndGroup();
    }

    private static void DrawScale(SvgCanvas svg, MembraneDiagram diagram, double x0)
    {
        var values = diagram.Ions.Select(i => i.Equilibrium.Potential.Millivolts).ToList();
        if (diagram.MembranePotential is { } v)
        {
            values.Add(v.Millivolts);
        }

        var (lo, hi) = (Math.Floor((values.Min() - 10) / 10) * 10, Math.Ceiling((values.Max() + 10) / 10) * 10);
        double Y(double mv) => InsideBottom - (mv - lo) / (hi - lo) * (InsideBottom - OutsideTop);
        var axisX = x0 + 70;
        svg.Group(("class", "mk-scale"))
            .Text(axisX, OutsideTop - 8, "potential (mV)", "middle", "600")
            .Line(axisX, Y(lo), axisX, Y(hi), "#374151", 1.2);
        foreach (var tick in new[] { lo, 0.0, hi }.Where(t => t >= lo && t <= hi).Distinct())
        {
            svg.Line(axisX - 3, Y(tick), axisX + 3, Y(tick), "#374151").Text(axisX + 6, Y(tick) + 4, Num.Fixed(tick, 0), size: 10, fill: "#6b7280");
        }

        // Labels are spread at least 13 px apart so that close potentials (E_Cl near V_m) stay readable;
        // each tick stays at its true height and a thin leader joins it to its label.
        var labels = diagram.Ions.Select(i => (Ion: i, Y: Y(i.Equilibrium.Potential.Millivolts))).OrderBy(l => l.Y).ToList();
        var labelY = new double[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            labelY[i] = i == 0 ? labels[i].Y : Math.Max(labels[i].Y, labelY[i - 1] + 13);
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var (ion, y) = labels[i];
            svg.Line(axisX - 10, y, axisX, y, "#374151", 2)
                .Line(axisX - 12, labelY[i], axisX - 10, y, "#9CA3AF", 0.8)
                .Text(axisX - 14, labelY[i] + 4, $"{ion.EName} {Num.Fixed(ion.Equilibrium.Potential.Millivolts, 1)}", "end", size: 11);
        }

        if (diagram.MembranePotential is { } vm)
        {
            var y = Y(vm.Millivolts);
            svg.Line(axisX - 12, y, axisX + 40, y, VmColor, 2.5, cssClass: "mk-vm")
                .Text(axisX + 42, y + 4, $"V_m {Num.Fixed(vm.Millivolts, 1)}", weight: "700", size: 11, fill: VmColor);
        }

        svg.EndGroup();
    }
}
