namespace MembraneKit.Interactive.Tests;

public class MembraneDisplayTests : FormatterTestBase
{
    [Fact]
    public void Html_has_a_row_per_ion_with_units_in_the_headers()
    {
        var doc = Dom.Parse(Html(Samples.Cell));

        var rows = doc.QuerySelectorAll("table.mk-table tbody tr");
        Assert.Equal(["K⁺", "Na⁺", "Cl⁻"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        var headers = doc.QuerySelectorAll("table.mk-table thead th").Select(h => h.TextContent).ToArray();
        Assert.Contains("inside (mM)", headers);
        Assert.Contains("outside (mM)", headers);
        Assert.Contains("E_ion (mV)", headers);
    }

    [Fact]
    public void Html_shows_each_equilibrium_potential_to_a_tenth_of_a_millivolt()
    {
        // E = (RT/zF) ln(out/in) at 310.15 K: −95.0, +60.6, −64.1 mV (computed by hand from the exact constants).
        var doc = Dom.Parse(Html(Samples.Cell));
        var eColumn = doc.QuerySelectorAll("table.mk-table tbody tr").Select(r => r.QuerySelectorAll("td")[4].TextContent).ToArray();
        Assert.Equal(["−95.0", "60.6", "−64.1"], eColumn);
    }

    [Fact]
    public void Html_carries_the_nernst_equation_in_mathml_with_numbers_substituted()
    {
        var doc = Dom.Parse(Html(Samples.Cell));
        var maths = doc.QuerySelectorAll("math");
        Assert.True(maths.Length >= 2);
        Assert.All(maths, m => Assert.False(string.IsNullOrWhiteSpace(m.GetAttribute("aria-label"))));
        var substituted = maths[1].TextContent;
        Assert.Contains("310.15", substituted);
        Assert.Contains("−95.0", substituted);
        // LaTeX only in the fallback for sanitized HTML, which the display's own stylesheet hides.
        Assert.All(doc.QuerySelectorAll(".mk-tex"), t => Assert.StartsWith("\\(", t.TextContent, StringComparison.Ordinal));
        Assert.Contains(".mk .mk-tex{display:none}", doc.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        foreach (var tex in doc.QuerySelectorAll(".mk-tex").ToArray())
        {
            tex.Remove();
        }

        Assert.DoesNotContain("\\frac", doc.Body!.InnerHtml);
    }

    [Fact]
    public void Html_names_the_constant_set()
    {
        Assert.Contains(PhysicalConstants.Source, Dom.Parse(Html(Samples.Cell)).QuerySelector(".mk-constants")!.TextContent);
    }

    [Fact]
    public void Html_includes_the_membrane_diagram()
    {
        var svg = Dom.Parse(Html(Samples.Cell)).QuerySelector("svg.mk-diagram");
        Assert.NotNull(svg);
        Assert.NotNull(svg.QuerySelector("title"));
    }

    [Fact]
    public void Plain_text_is_one_readable_line_with_units()
    {
        var text = Text(Samples.Cell);
        Assert.DoesNotContain('\n', text);
        Assert.Contains("K⁺ 140 mM in / 4 mM out, E_K = -95.0 mV", text);
        Assert.Contains("37.0 °C", text);
    }

    [Fact]
    public void An_empty_membrane_displays_how_to_fill_it()
    {
        var html = Html(Membrane.At(37.Celsius()));
        Assert.Contains(".With(Ion.Potassium", Dom.Parse(html).Body!.TextContent);
    }

    [Fact]
    public void The_list_of_equilibrium_potentials_displays_as_one_table()
    {
        var doc = Dom.Parse(Html(Samples.Cell.EquilibriumPotentials()));
        Assert.Single(doc.QuerySelectorAll("table.mk-table"));
        Assert.Equal(["−95.0", "60.6", "−64.1"], doc.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent));
        Assert.Equal("E_K = -95.0 mV; E_Na = 60.6 mV; E_Cl = -64.1 mV", Text(Samples.Cell.EquilibriumPotentials()));
    }

    [Fact]
    public void Html_matches_the_snapshot() => Snapshot.Match(Html(Samples.Cell), "Membrane");
}
