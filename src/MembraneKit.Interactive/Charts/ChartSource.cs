using System.Text.Json.Nodes;
using Plotly.NET;

namespace MembraneKit.Interactive;

/// <summary>What the progressive HTML needs from a chart, whether ours or a student's own Plotly.NET chart:
/// the static drawing, the Plotly figure, a text alternative, and a key naming its structure (title, axes,
/// series names — not its numbers) that decides which output carries plotly.js.</summary>
internal sealed record ChartSource(string Kind, string Title, string Description, string StructuralKey, Func<string, Markup> StaticSvg, JsonObject Figure)
{
    /// <summary>One of our charts: its figure written by the kit (no Plotly.NET code runs), data rounded to 6
    /// significant digits and no template, which keeps a 1,000-point chart well under 50 KB.</summary>
    internal static ChartSource From(ProgressiveChart chart)
    {
        var figure = PlotlyFigure.Json(chart);
        return new ChartSource("chart", chart.Title, chart.Description, KeyOf(chart), id => OxyPlotSvg.Render(chart, id), figure);
    }

    /// <summary>A Plotly.NET chart made by hand: its figure as Plotly.NET writes it, and a static drawing of the
    /// scatter traces that can be read from it.</summary>
    internal static ChartSource From(GenericChart chart)
    {
        var figure = PlotlyFigure.Json(chart);
        var spec = GenericChartReader.Read(figure);
        return new ChartSource("chart", spec.Title, spec.Description, KeyOf(spec), id => OxyPlotSvg.Render(spec, id), figure);
    }

    private static string KeyOf(ProgressiveChart chart) =>
        string.Join("\u001f", new[] { chart.Title, chart.XAxisTitle, chart.YAxisTitle }.Concat(chart.Series.Select(s => s.Name)));
}
