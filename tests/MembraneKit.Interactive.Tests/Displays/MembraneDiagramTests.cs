namespace MembraneKit.Interactive.Tests;

public class MembraneDiagramTests : FormatterTestBase
{
    private static AngleSharp.Dom.IElement DiagramSvg(MembraneDiagram diagram) =>
        Dom.Parse(diagram.ToSvg()).QuerySelector("svg")!;

    [Fact]
    public void At_minus_70_mV_potassium_leaves_and_sodium_enters()
    {
        // E_K = −95 mV < V_m: K⁺ is pushed out; E_Na = +61 mV > V_m: Na⁺ is pulled in.
        // E_Cl = −64 mV > V_m: for an anion z(V − E) = −(−70 + 64) > 0, so Cl⁻ leaves.
        var arrows = DiagramSvg(Samples.Cell.Diagram(Samples.Rest)).QuerySelectorAll(".mk-arrow");

        Assert.Equal(3, arrows.Length);
        var direction = arrows.ToDictionary(a => a.GetAttribute("data-ion")!, a => a.GetAttribute("data-direction"));
        Assert.Equal("out", direction["K⁺"]);
        Assert.Equal("in", direction["Na⁺"]);
        Assert.Equal("out", direction["Cl⁻"]);
    }

    [Fact]
    public void An_outward_arrow_points_up_towards_the_outside()
    {
        var arrows = DiagramSvg(Samples.Cell.Diagram(Samples.Rest)).QuerySelectorAll(".mk-arrow");
        foreach (var arrow in arrows)
        {
            var line = arrow.QuerySelector("line")!;
            var (y1, y2) = (double.Parse(line.GetAttribute("y1")!, System.Globalization.CultureInfo.InvariantCulture), double.Parse(line.GetAttribute("y2")!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(arrow.GetAttribute("data-direction") == "out", y2 < y1);
        }
    }

    [Fact]
    public void At_the_potassium_equilibrium_potential_potassium_has_no_net_driving_force()
    {
        var atEk = Samples.Cell.Diagram(Samples.Cell.Nernst(Ion.Potassium).Potential);
        var potassium = DiagramSvg(atEk).QuerySelectorAll(".mk-arrow").Single(a => a.GetAttribute("data-ion") == "K⁺");
        Assert.Equal("none", potassium.GetAttribute("data-direction"));
    }

    [Fact]
    public void The_diagram_has_a_text_alternative_naming_every_ion_and_direction()
    {
        var svg = DiagramSvg(Samples.Cell.Diagram(Samples.Rest));
        Assert.Equal("img", svg.GetAttribute("role"));
        var desc = svg.QuerySelector("desc")!.TextContent;
        Assert.Contains("moves K⁺ out of the cell", desc);
        Assert.Contains("moves Na⁺ into the cell", desc);
        Assert.Contains("V_m = −70.0 mV", desc);
        Assert.Contains("E_K = −95.0 mV", desc);
    }

    [Fact]
    public void Every_ion_shows_its_concentrations_on_the_right_side()
    {
        var groups = DiagramSvg(Samples.Cell.Diagram(Samples.Rest)).QuerySelectorAll("g.mk-ion");
        var potassium = groups.Single(g => g.GetAttribute("data-ion") == "K⁺").TextContent;
        Assert.Contains("[K⁺]ₒ = 4 mM", potassium);
        Assert.Contains("[K⁺]ᵢ = 140 mM", potassium);
    }

    [Fact]
    public void The_potential_scale_marks_every_equilibrium_potential_and_the_membrane_potential()
    {
        var scale = DiagramSvg(Samples.Cell.Diagram(Samples.Rest)).QuerySelector("g.mk-scale")!.TextContent;
        Assert.Contains("E_K −95.0", scale);
        Assert.Contains("E_Na 60.6", scale);
        Assert.Contains("V_m −70.0", scale);
    }

    [Fact]
    public void Html_of_a_diagram_has_a_table_of_driving_forces() =>
        Assert.Equal(3, Dom.Parse(Html(Samples.Cell.Diagram(Samples.Rest))).QuerySelectorAll("tbody tr").Length);

    [Fact]
    public void Svg_matches_the_snapshot() => Snapshot.Match(Samples.Cell.Diagram(Samples.Rest).ToSvg(), "MembraneDiagram", "svg");
}
