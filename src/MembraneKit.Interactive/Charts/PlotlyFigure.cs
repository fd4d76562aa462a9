using System.Text.Json.Nodes;
using Plotly.NET;

namespace MembraneKit.Interactive;

/// <summary>
/// The Plotly figure (data, layout, config) of a <see cref="ProgressiveChart"/>, written as JSON by the kit itself,
/// and the bridges to and from Plotly.NET's <see cref="GenericChart"/>.
/// </summary>
/// <remarks>
/// Our charts never run Plotly.NET's F# code: Plotly.NET 6 and DynamicObj are compiled against FSharp.Core 10.1,
/// and a Polyglot Notebooks kernel that already has an older FSharp.Core loaded cannot load them. So the figure is
/// built here as plain JSON, which needs nothing but System.Text.Json; Plotly.NET is only called when a user asks
/// for a <see cref="GenericChart"/> (<see cref="ToGenericChart"/>) or displays one they made.
/// </remarks>
internal static class PlotlyFigure
{
    internal static JsonObject Json(ProgressiveChart chart)
    {
        var data = new JsonArray();
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var s = chart.Series[i];
            var color = Palette.Color(i);
            var trace = new JsonObject
            {
                ["type"] = "scatter",
                ["name"] = s.Name,
                ["x"] = Rounded(s.X),
                ["y"] = Rounded(s.Y),
                ["mode"] = s.Style == SeriesStyle.Markers ? "markers" : "lines",
            };
            if (s.Style == SeriesStyle.Markers)
            {
                trace["marker"] = new JsonObject { ["color"] = color, ["size"] = 6 };
            }
            else
            {
                var dash = s.Style switch { SeriesStyle.Dashed => "dash", SeriesStyle.Dotted => "dot", _ => "solid" };
                trace["line"] = new JsonObject { ["color"] = color, ["width"] = 2, ["dash"] = dash };
            }

            data.Add(trace);
        }

        if (chart.Markers.Count > 0)
        {
            data.Add(new JsonObject
            {
                ["type"] = "scatter",
                ["name"] = "marked points",
                ["x"] = Rounded([.. chart.Markers.Select(m => m.X)]),
                ["y"] = Rounded([.. chart.Markers.Select(m => m.Y)]),
                ["text"] = Strings(chart.Markers.Select(m => m.Label)),
                ["mode"] = "markers+text",
                // Alternate above and below so that labels of close points do not overprint.
                ["textposition"] = Strings(chart.Markers.Select((_, i) => i % 2 == 0 ? "top right" : "bottom right")),
                ["showlegend"] = false,
                ["marker"] = new JsonObject { ["color"] = Palette.Marker, ["size"] = 9, ["symbol"] = "diamond" },
            });
        }

        var layout = new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = chart.Title },
            ["width"] = ProgressiveChart.Width,
            ["height"] = ProgressiveChart.Height,
            ["xaxis"] = Axis(chart.XAxisTitle, chart.LogX),
            ["yaxis"] = Axis(chart.YAxisTitle, chart.LogY),
            ["legend"] = new JsonObject { ["x"] = 1.02, ["y"] = 1, ["xanchor"] = "left", ["yanchor"] = "top" },
            ["margin"] = new JsonObject { ["l"] = 70, ["r"] = 20, ["t"] = 50, ["b"] = 60 },
        };
        if (chart.ReferenceLines.Count > 0)
        {
            layout["shapes"] = new JsonArray([.. chart.ReferenceLines.Select(Shape)]);
            layout["annotations"] = new JsonArray([.. chart.ReferenceLines.Select(Annotation)]);
        }

        return new JsonObject
        {
            ["data"] = data,
            ["layout"] = layout,
            ["config"] = new JsonObject { ["displaylogo"] = false, ["responsive"] = true },
        };
    }

    /// <summary>The figure of a chart made with Plotly.NET (data, layout, config), as a JSON object. Runs Plotly.NET.</summary>
    internal static JsonObject Json(GenericChart chart)
    {
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart)) as JsonObject ?? [];
        figure["config"] = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getConfig(chart)));
        figure.Remove("frames");
        return figure;
    }

    /// <summary>A Plotly.NET chart with exactly this figure: every trace, layout and config property carried over.</summary>
    internal static GenericChart ToGenericChart(JsonObject figure)
    {
        var traces = new List<Trace>();
        foreach (var item in figure["data"] as JsonArray ?? [])
        {
            if (item is not JsonObject data)
            {
                continue;
            }

            var trace = new Trace((data["type"] as JsonValue)?.ToString() ?? "scatter");
            CopyProperties(data, trace);
            traces.Add(trace);
        }

        var layout = new Layout();
        CopyProperties(figure["layout"] as JsonObject ?? [], layout);
        var config = new Config();
        CopyProperties(figure["config"] as JsonObject ?? [], config);
        var chart = GenericChart.ofTraceObjects(true, traces);
        return GenericChart.setConfig(config, GenericChart.setLayout(layout, chart));
    }

    private static void CopyProperties(JsonObject source, DynamicObj.DynamicObj target)
    {
        foreach (var (name, value) in source)
        {
            if (name != "type" || target is not Trace)
            {
                target.SetProperty(name, ToDynamic(value));
            }
        }
    }

    private static object? ToDynamic(JsonNode? node) => node switch
    {
        JsonObject obj => Dynamic(obj),
        JsonArray array => array.Select(ToDynamic).ToArray(),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<int>(out var whole) => whole,
        JsonValue value => value.GetValue<double>(),
        _ => null,
    };

    private static DynamicObj.DynamicObj Dynamic(JsonObject obj)
    {
        var dynamic = new DynamicObj.DynamicObj();
        CopyProperties(obj, dynamic);
        return dynamic;
    }

    // JSON has no NaN: a point that is not finite becomes null, which Plotly draws as a gap.
    private static JsonArray Rounded(IReadOnlyList<double> values) =>
        new([.. values.Select(v => double.IsFinite(v) ? JsonValue.Create(Num.Round(v, 6)) : null)]);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static JsonObject Axis(string title, bool log)
    {
        var axis = new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = title },
            ["zeroline"] = true,
            ["zerolinecolor"] = "#9CA3AF",
            ["gridcolor"] = "#E5E7EB",
            ["showline"] = true,
            ["linecolor"] = "#374151",
            ["ticks"] = "outside",
        };
        if (log)
        {
            axis["type"] = "log";
        }

        return axis;
    }

    private static JsonObject Shape(ReferenceLine line) => line.IsVertical
        ? new() { ["type"] = "line", ["xref"] = "x", ["yref"] = "paper", ["x0"] = line.Value, ["x1"] = line.Value, ["y0"] = 0, ["y1"] = 1, ["line"] = GuideLine() }
        : new() { ["type"] = "line", ["xref"] = "paper", ["yref"] = "y", ["x0"] = 0, ["x1"] = 1, ["y0"] = line.Value, ["y1"] = line.Value, ["line"] = GuideLine() };

    private static JsonObject GuideLine() => new() { ["color"] = Palette.Guide, ["dash"] = "dash", ["width"] = 1.5 };

    private static JsonObject Annotation(ReferenceLine line) => line.IsVertical
        ? new() { ["text"] = line.Label, ["xref"] = "x", ["yref"] = "paper", ["x"] = line.Value, ["y"] = 1, ["yanchor"] = "bottom", ["showarrow"] = false, ["font"] = GuideFont() }
        : new() { ["text"] = line.Label, ["xref"] = "paper", ["yref"] = "y", ["x"] = 1, ["y"] = line.Value, ["xanchor"] = "right", ["yanchor"] = "bottom", ["showarrow"] = false, ["font"] = GuideFont() };

    private static JsonObject GuideFont() => new() { ["color"] = Palette.Guide };
}
