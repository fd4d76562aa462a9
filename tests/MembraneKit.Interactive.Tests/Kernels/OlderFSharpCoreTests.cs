using AngleSharp.Html.Parser;

namespace MembraneKit.Interactive.Tests;

/// <summary>
/// Polyglot Notebooks' kernel has FSharp.Core 10.0 loaded; Plotly.NET 6 and DynamicObj 8 are compiled against 10.1
/// and cannot load there. Every display of the kit — charts included — must render without them.
/// </summary>
public class OlderFSharpCoreTests
{
    private static readonly Lazy<(string[] Rendered, string Control, IReadOnlyList<string> Refused)> Run = new(() =>
    {
        var context = new OlderFSharpCoreLoadContext(AppContext.BaseDirectory);
        var probe = context.LoadFromAssemblyPath(typeof(DisplayProbe).Assembly.Location).GetType(typeof(DisplayProbe).FullName!)!;
        var rendered = (string[])probe.GetMethod(nameof(DisplayProbe.RenderEverySample))!.Invoke(null, null)!;
        var refusedByDisplays = context.Refused;
        var control = (string)probe.GetMethod(nameof(DisplayProbe.MakeGenericChart))!.Invoke(null, null)!;
        return (rendered, control, refusedByDisplays);
    });

    [Fact]
    public void The_load_context_really_refuses_FSharp_Core()
    {
        Assert.NotEqual("", Run.Value.Control);
    }

    [Fact]
    public void Every_display_renders_without_loading_FSharp_Core_10_1()
    {
        Assert.True(Run.Value.Refused.Count == 0, $"the displays tried to load: {string.Join(", ", Run.Value.Refused)}");
        Assert.Equal(AllSamples.All.Count, Run.Value.Rendered.Length);
    }

    [Fact]
    public void Every_chart_renders_its_static_picture_and_its_interactive_figure()
    {
        var charts = 0;
        var parser = new HtmlParser();
        foreach (var sample in Run.Value.Rendered)
        {
            var parts = sample.Split('\u001f');
            var document = parser.ParseDocument(parts[1]);
            foreach (var chart in document.QuerySelectorAll("figure.mk-chart"))
            {
                charts++;
                Assert.True(chart.QuerySelector(".mk-chart-static img.mk-picture") is not null, $"{parts[0]}: a chart without its static picture");
                var upgrade = chart.QuerySelectorAll("script").Last().TextContent;
                Assert.True(upgrade.Contains("\"data\":[{\"type\":\"scatter\"", StringComparison.Ordinal), $"{parts[0]}: no Plotly figure in the chart's script");
            }
        }

        Assert.True(charts >= 10, $"only {charts} charts were rendered; the samples should hold more");
    }
}
