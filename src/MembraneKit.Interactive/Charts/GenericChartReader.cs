using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Interactive;

/// <summary>
/// Reads what a static drawing can show from a Plotly figure made by hand with Plotly.NET: its title, axis
/// titles and every 2-D trace with numeric x and y (scatter, line, bar as points). Traces it cannot draw are
/// named in the description, so the static picture never claims to be complete when it is not.
/// </summary>
internal static class GenericChartReader
{
    internal static ProgressiveChart Read(JsonObject figure)
    {
        var layout = figure["layout"] as JsonObject;
        var title = TitleText(layout?["title"]);
        var series = new List<ChartSeries>();
        var skipped = new List<string>();
        var index = 0;
        foreach (var trace in (figure["data"] as JsonArray ?? []).OfType<JsonObject>())
        {
            index++;
            var type = (trace["type"] as JsonValue)?.ToString() ?? "scatter";
            var name = (trace["name"] as JsonValue)?.ToString() ?? $"trace {index}";
            var y = Numbers(trace["y"]);
            var x = Numbers(trace["x"]) ?? (y is null ? null : [.. Enumerable.Range(0, y.Count).Select(i => (double)i)]);
            if (type is not ("scatter" or "scattergl" or "bar") || x is null || y is null || x.Count != y.Count)
            {
                skipped.Add($"{name} ({type})");
                continue;
            }

            var mode = (trace["mode"] as JsonValue)?.ToString() ?? "lines";
            var dash = ((trace["line"] as JsonObject)?["dash"] as JsonValue)?.ToString();
            var style = type == "bar" || !mode.Contains("lines", StringComparison.Ordinal) ? SeriesStyle.Markers
                : dash is "dash" or "longdash" or "dashdot" ? SeriesStyle.Dashed
                : dash == "dot" ? SeriesStyle.Dotted
                : SeriesStyle.Solid;
            series.Add(new ChartSeries(name, x, y, style));
        }

        if (series.Count == 0)
        {
            series.Add(new ChartSeries("", [], []));
        }

        var chart = new ProgressiveChart(title, TitleText(layout?["xaxis"]?["title"]), TitleText(layout?["yaxis"]?["title"]), series)
        {
            LogX = IsLog(layout?["xaxis"]),
            LogY = IsLog(layout?["yaxis"]),
        };
        if (skipped.Count > 0)
        {
            chart = chart.WithDescription(chart.Description + $" The static picture leaves out {string.Join(", ", skipped)}; the interactive chart shows them.");
        }

        return chart;
    }

    private static string TitleText(JsonNode? node) => node switch
    {
        JsonValue value => value.ToString(),
        JsonObject obj => (obj["text"] as JsonValue)?.ToString() ?? "",
        _ => "",
    };

    private static bool IsLog(JsonNode? axis) => (axis?["type"] as JsonValue)?.ToString() == "log";

    private static List<double>? Numbers(JsonNode? node)
    {
        if (node is not JsonArray array)
        {
            return null;
        }

        var values = new List<double>(array.Count);
        foreach (var item in array)
        {
            if (item is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
            {
                values.Add(v.GetValue<double>());
            }
            else if (item is null)
            {
                values.Add(double.NaN);
            }
            else
            {
                return null;
            }
        }

        return values;
    }
}
