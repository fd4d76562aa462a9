using System.Text;
using System.Text.RegularExpressions;
using Plotly.NET;

namespace MembraneKit.Interactive.Tests;

public partial class ProgressiveChartTests : FormatterTestBase
{
    private static ProgressiveChart Sample(int points = 101) =>
        Charts.Function("Test curve", "x (mV)", "y (pA)", x => x * x / 100 - 20, -100, 100, points, "parabola");

    [Fact]
    public void Html_holds_the_static_picture_before_any_script()
    {
        var html = Html(Sample());
        var svgAt = html.IndexOf("<img class=\"mk-picture\" src=\"data:image/svg+xml;base64,", StringComparison.Ordinal);
        var scriptAt = html.IndexOf("<script", StringComparison.Ordinal);
        Assert.True(svgAt >= 0 && svgAt < scriptAt, "the static SVG must come first");
    }

    [Fact]
    public void The_static_svg_has_axes_titles_ticks_legend_and_a_text_alternative()
    {
        var svg = Dom.Parse(Html(Sample())).QuerySelector(".mk-chart-static svg")!;
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToArray();
        Assert.Contains("x (mV)", texts);
        Assert.Contains("y (pA)", texts);
        Assert.Contains("parabola", texts);
        Assert.Contains("Test curve", texts);
        Assert.True(texts.Count(t => double.TryParse(t.Replace('−', '-'), System.Globalization.CultureInfo.InvariantCulture, out _)) >= 6, "tick labels");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Test curve", svg.QuerySelector("title")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("desc")!.TextContent));
    }

    [Fact]
    public void Only_the_first_chart_carries_plotly_js_and_never_from_a_cdn()
    {
        var first = Html(Sample());
        var second = Html(Sample().WithTitle("Another chart"));

        Assert.Single(Dom.Parse(first).QuerySelectorAll("script.mk-plotly-js"));
        Assert.Contains("plotly.js v2.28.0", first);
        Assert.Empty(Dom.Parse(second).QuerySelectorAll("script.mk-plotly-js"));
        Assert.DoesNotMatch(SrcAttribute(), first + second);
        var ourScripts = Dom.Parse(first + second).QuerySelectorAll("script:not(.mk-plotly-js)").Select(s => s.TextContent);
        Assert.All(ourScripts, s => Assert.DoesNotContain("http", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Rerunning_the_carrier_cell_carries_plotly_js_again_even_with_new_numbers()
    {
        _ = Html(Sample());
        _ = Html(Sample().WithTitle("Another chart"));
        var rerun = Html(Charts.Function("Test curve", "x (mV)", "y (pA)", x => x / 2, -100, 100, 50, "parabola"));
        Assert.Single(Dom.Parse(rerun).QuerySelectorAll("script.mk-plotly-js"));
    }

    [Fact]
    public void Registering_again_makes_the_next_chart_carry_plotly_js()
    {
        _ = Html(Sample());
        MembraneKitFormatters.Register();
        Assert.Single(Dom.Parse(Html(Sample().WithTitle("Next notebook"))).QuerySelectorAll("script.mk-plotly-js"));
    }

    [Fact]
    public void A_chart_after_the_first_adds_at_most_50_KB_for_1000_points()
    {
        _ = Html(Sample());
        var later = Html(Sample(1000).WithTitle("Thousand points"));
        var kilobytes = Encoding.UTF8.GetByteCount(later) / 1024.0;
        Assert.True(kilobytes <= 50, $"a 1000-point chart added {kilobytes:F1} KB");
    }

    [Fact]
    public void A_students_own_plotly_chart_gets_the_progressive_display()
    {
        var chart = Charts.Line("Own chart", "t (s)", "V (mV)", [0, 1, 2], [-70, -60, -65], "trace").ToGenericChart();
        var doc = Dom.Parse(Html(chart));
        Assert.NotNull(doc.QuerySelector(".mk-chart-static svg"));
        Assert.Contains("Own chart", doc.QuerySelector(".mk-chart-static svg title")!.TextContent);
        Assert.NotEmpty(doc.QuerySelectorAll("script"));
    }

    [Fact]
    public void A_chart_handed_to_plotly_net_keeps_every_property_of_the_kits_own_figure()
    {
        var chart = Sample(11)
            .WithMarkers(new ChartMarker("vertex", 0, -20), new ChartMarker("right", 50, 5))
            .WithReferenceLines(ReferenceLine.Vertical(-50, "left"), ReferenceLine.Horizontal(0, "zero"))
            .WithLogAxes(x: false, y: false);
        var ours = PlotlyFigure.Json(chart);
        var throughPlotly = PlotlyFigure.Json(chart.ToGenericChart());
        (throughPlotly["layout"] as System.Text.Json.Nodes.JsonObject)!.Remove("template");
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(ours, throughPlotly), $"ours:\n{ours}\nthrough Plotly.NET:\n{throughPlotly}");
    }

    [Fact]
    public void A_generic_chart_built_with_plotly_net_alone_displays_too()
    {
        var chart = GenericChart.combine([Charts.Line("A", "x", "y", [1, 2], [3, 4], "a").ToGenericChart()]);
        Assert.Contains("mk-chart-static", Html(chart));
        Assert.Contains("A", Text(chart));
    }

    [Fact]
    public void A_plotly_trace_the_static_picture_cannot_draw_is_named_in_its_description()
    {
        var pie = new Trace("pie");
        pie.SetProperty("values", new[] { 1.0, 2.0 });
        pie.SetProperty("name", "shares");
        var chart = GenericChart.combine([Charts.Line("Mixed", "x", "y", [1, 2], [3, 4], "line").ToGenericChart(), GenericChart.ofTraceObject(true, pie)]);
        var desc = Dom.Parse(Html(chart)).QuerySelector(".mk-chart-static svg desc")!.TextContent;
        Assert.Contains("leaves out shares (pie)", desc);
    }

    [Fact]
    public void Element_ids_are_unique_within_a_page()
    {
        var page = Html(Sample()) + Html(Sample()) + Html(Samples.Cell.Diagram(Samples.Rest)) + Html(Samples.Cell.Diagram(Samples.Rest));
        var ids = Dom.Parse(page).QuerySelectorAll("[id]").Select(e => e.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Plain_text_says_what_the_chart_shows()
    {
        Assert.Equal("Test curve: y (pA) against x (mV); parabola.", Text(Sample()));
    }

    [Fact]
    public void A_series_with_unequal_lengths_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Charts.Lines("t", "x", "y", new ChartSeries("s", [1, 2], [1])));
        Assert.Contains("2 x values but 1 y values", e.Message);
    }

    [Fact]
    public void Static_svg_matches_the_snapshot()
    {
        var chart = Charts.ElectrochemicalGradient(Samples.Cell, Ion.Potassium, -120, 80, 21);
        Snapshot.Match(chart.ToSvg(), "ElectrochemicalGradientChart", "svg");
    }

    [GeneratedRegex(@"<script[^>]+src=", RegexOptions.IgnoreCase)]
    private static partial Regex SrcAttribute();
}
