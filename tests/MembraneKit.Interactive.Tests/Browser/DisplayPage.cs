using System.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Interactive.Tests;

/// <summary>A page assembled from the text/html outputs of every display and several charts, the way a
/// notebook front end or an exported notebook puts outputs one after another.</summary>
internal static class DisplayPage
{
    /// <summary>A chart formatted after the page, so it does not carry plotly.js: what a re-run cell outputs.</summary>
    internal static string LateChart { get; private set; } = "";

    internal static string Write()
    {
        Formatter.ResetToDefault();
        MembraneKitFormatters.Register();
        var cell = Samples.Cell;

        // Charts in the order a notebook would run them; the first carries plotly.js.
        var carrier = Html(Charts.ElectrochemicalGradient(cell, Ion.Potassium));
        var sweep = Html(Charts.NernstSweep(cell, Ion.Potassium, 1, 20));
        var own = Html(Charts.Line("A student's own Plotly.NET chart", "t (ms)", "V (mV)", [0, 1, 2, 3], [-70, -55, 20, -75], "spike").ToGenericChart());
        var dense = Html(Charts.Function("1,000 points", "x (mV)", "y (pA)", x => Math.Sin(x / 10) * 50, -100, 100, 1000, "sine"));
        var dashed = Html(Charts.Lines("Two styles", "x", "y", new ChartSeries("solid", [0, 1, 2], [0, 1, 4]), new ChartSeries("dashed", [0, 1, 2], [0, 2, 3], SeriesStyle.Dashed)));

        var outputs = new List<(string Label, string Html)>
        {
            // A chart that needs plotly.js placed before the output that carries it.
            ("Nernst sweep (before the carrier)", sweep),
            ("Chart carrying plotly.js", carrier),
        };
        outputs.AddRange(AllSamples.All.Select(s => (s.Name, Html(s.Value))));
        outputs.Add(("A student's own Plotly.NET chart", own));
        outputs.Add(("1,000 points", dense));
        outputs.Add(("Two line styles", dashed));
        outputs.Add(("Relative noise", Html(Charts.RelativeNoise(ChannelNoise.RelativeNoiseVersusCount(TwoStateKinetics.Create(100, 300), [10, 100, 1000], 1e-4, 1000, 3)))));
        outputs.Add(("Hyperkalemia", Html(Charts.Hyperkalemia(AllSamples.PermeableCell))));
        outputs.Add(("Permeability ratio", Html(Charts.PermeabilityRatioSweep(AllSamples.PermeableCell, Ion.Sodium, Ion.Potassium))));
        outputs.Add(("Hostile names", Html(Charts.Line("<script>alert(1)</script>", "x", "y", [1, 2], [1, 2], "<b>bold</b>"))));

        var page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>MembraneKit displays</title></head><body>\n");
        foreach (var (label, html) in outputs)
        {
            page.Append("<section class=\"output\"><h2>").Append(System.Net.WebUtility.HtmlEncode(label)).Append("</h2>\n").Append(html).Append("\n</section>\n");
        }

        page.Append("</body></html>\n");
        LateChart = Html(Charts.Function("Re-run cell", "x (mV)", "y (pA)", x => x * x / 100, -50, 50, 101, "late"));
        var path = Repository.Artifacts("browser", "displays.html");
        File.WriteAllText(path, page.ToString());
        Formatter.ResetToDefault();
        return path;
    }

    private static string Html(object value) => value.ToDisplayString("text/html");
}
