using System.Text.Json.Nodes;
using Plotly.NET;
using Dyn = DynamicObj.DynamicObj;

namespace MembraneKit.Interactive;

/// <summary>Builds the interactive Plotly.NET chart of a <see cref="ProgressiveChart"/> (through Plotly.NET's
/// dynamic objects, which need no F# optional arguments) and reads a chart's figure JSON.</summary>
internal static class PlotlyFigure
{
    internal static GenericChart Build(ProgressiveChart chart)
    {
        var traces = new List<Trace>();
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var s = chart.Series[i];
            var trace = new Trace2D("scatter");
            trace.SetProperty("name", s.Name);
            trace.SetProperty("x", Rounded(s.X));
            trace.SetProperty("y", Rounded(s.Y));
            trace.SetProperty("mode", s.Style == SeriesStyle.Markers ? "markers" : "lines");
            var color = Palette.Color(i);
            if (s.Style == SeriesStyle.Markers)
            {
                trace.SetProperty("marker", Obj(("color", color), ("size", 6)));
            }
            else
            {
                trace.SetProperty("line", Obj(("color", color), ("width", 2), ("dash", s.Style switch { SeriesStyle.Dashed => "dash", SeriesStyle.Dotted => "dot", _ => "solid" })));
            }

            traces.Add(trace);
        }

        if (chart.Markers.Count > 0)
        {
            var markers = new Trace2D("scatter");
            markers.SetProperty("name", "marked points");
            markers.SetProperty("x", Rounded(chart.Markers.Select(m => m.X).ToArray()));
            markers.SetProperty("y", Rounded(chart.Markers.Select(m => m.Y).ToArray()));
            markers.SetProperty("text", chart.Markers.Select(m => m.Label).ToArray());
            markers.SetProperty("mode", "markers+text");
            // Alternate above and below so that labels of close points do not overprint.
            markers.SetProperty("textposition", chart.Markers.Select((_, i) => i % 2 == 0 ? "top right" : "bottom right").ToArray());
            markers.SetProperty("showlegend", false);
            markers.SetProperty("marker", Obj(("color", Palette.Marker), ("size", 9), ("symbol", "diamond")));
            traces.Add(markers);
        }

        var layout = new Layout();
        layout.SetProperty("title", Obj(("text", chart.Title)));
        layout.SetProperty("width", ProgressiveChart.Width);
        layout.SetProperty("height", ProgressiveChart.Height);
        layout.SetProperty("xaxis", Axis(chart.XAxisTitle, chart.LogX));
        layout.SetProperty("yaxis", Axis(chart.YAxisTitle, chart.LogY));
        layout.SetProperty("legend", Obj(("x", 1.02), ("y", 1), ("xanchor", "left"), ("yanchor", "top")));
        layout.SetProperty("margin", Obj(("l", 70), ("r", 20), ("t", 50), ("b", 60)));
        if (chart.ReferenceLines.Count > 0)
        {
            layout.SetProperty("shapes", chart.ReferenceLines.Select(Shape).ToArray());
            layout.SetProperty("annotations", chart.ReferenceLines.Select(Annotation).ToArray());
        }

        var generic = GenericChart.ofTraceObjects(true, traces);
        generic = GenericChart.setLayout(layout, generic);
        var config = new Config();
        config.SetProperty("displaylogo", false);
        config.SetProperty("responsive", true);
        return GenericChart.setConfig(config, generic);
    }

    /// <summary>The figure (data, layout) with the chart's config added, as a JSON object.</summary>
    internal static JsonObject FigureJson(GenericChart chart)
    {
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart)) as JsonObject ?? new JsonObject();
        var config = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getConfig(chart)));
        figure["config"] = config;
        figure.Remove("frames");
        return figure;
    }

    // JSON has no NaN: a point that is not finite becomes null, which Plotly draws as a gap.
    private static double?[] Rounded(IReadOnlyList<double> values) => [.. values.Select(v => double.IsFinite(v) ? Num.Round(v, 6) : (double?)null)];

    private static Dyn Axis(string title, bool log)
    {
        var axis = Obj(("title", Obj(("text", title))), ("zeroline", true), ("zerolinecolor", "#9CA3AF"), ("gridcolor", "#E5E7EB"), ("showline", true), ("linecolor", "#374151"), ("ticks", "outside"));
        if (log)
        {
            axis.SetProperty("type", "log");
        }

        return axis;
    }

    private static Dyn Shape(ReferenceLine line) => line.IsVertical
        ? Obj(("type", "line"), ("xref", "x"), ("yref", "paper"), ("x0", line.Value), ("x1", line.Value), ("y0", 0), ("y1", 1), ("line", Obj(("color", Palette.Guide), ("dash", "dash"), ("width", 1.5))))
        : Obj(("type", "line"), ("xref", "paper"), ("yref", "y"), ("x0", 0), ("x1", 1), ("y0", line.Value), ("y1", line.Value), ("line", Obj(("color", Palette.Guide), ("dash", "dash"), ("width", 1.5))));

    private static Dyn Annotation(ReferenceLine line) => line.IsVertical
        ? Obj(("text", line.Label), ("xref", "x"), ("yref", "paper"), ("x", line.Value), ("y", 1), ("yanchor", "bottom"), ("showarrow", false), ("font", Obj(("color", Palette.Guide))))
        : Obj(("text", line.Label), ("xref", "paper"), ("yref", "y"), ("x", 1), ("y", line.Value), ("xanchor", "right"), ("yanchor", "bottom"), ("showarrow", false), ("font", Obj(("color", Palette.Guide))));

    private static Dyn Obj(params (string Name, object Value)[] properties)
    {
        var obj = new Dyn();
        foreach (var (name, value) in properties)
        {
            obj.SetProperty(name, value);
        }

        return obj;
    }
}
