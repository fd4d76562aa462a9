using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace MembraneKit.Interactive;

/// <summary>
/// The progressive HTML of a chart: a figure holding the static SVG as an image (<see cref="Picture"/>; shown
/// everywhere, scripts or not, sanitized or not), an empty div for the interactive chart, a hidden note (hidden
/// both by an inline style and by the <c>hidden</c> attribute, so that it stays hidden whichever of the two a
/// sanitizer keeps), plotly.js when this chart carries it
/// (<see cref="PlotlyLibrary"/>), and a short script that waits for plotly.js and then swaps the drawing
/// for the interactive chart. Works in VS Code's and Jupyter's HTML renderers and in exported HTML; where
/// scripts do not run (untrusted notebooks, papermill) the static picture stays.
/// </summary>
internal static class ChartHtml
{
    private static readonly JsonSerializerOptions _json = new()
    {
        // Escapes < > & ' + so the figure cannot end the script element; keeps other Unicode readable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    internal static string Render(ChartSource source)
    {
        var figureJson = source.Figure.ToJsonString(_json);
        var id = DisplayIds.Next(source.Kind, source.StructuralKey + figureJson);
        var carry = PlotlyLibrary.ShouldCarry(source.StructuralKey);
        var w = new MarkupWriter().Style(Styles.Css + ChartCss)
            .Open("figure", ("class", "mk mk-chart"), ("id", id), ("aria-label", source.Description))
            .Element("div", Picture.Image(source.StaticSvg(id + "-svg")), ("class", "mk-chart-static"))
            .Empty("div", ("class", "mk-chart-plot"), ("style", "display:none"), ("hidden", "hidden"))
            .Element("figcaption", source.Description, ("class", "mk-note mk-chart-caption"))
            .Element("p", "The interactive version of this chart needs plotly.js, which an earlier output of this notebook carried and which is no longer there: restart the kernel and run all cells. The picture above is complete.", ("class", "mk-note mk-chart-wait"), ("style", "display:none"), ("hidden", "hidden"));
        if (carry)
        {
            w.Script(PlotlyLibrary.Script, ("class", "mk-plotly-js"), ("data-plotly-version", PlotlyLibrary.Version));
        }

        return w.Script(Upgrade(id, figureJson)).Close().ToMarkup().Value;
    }

    private const string ChartCss = ".mk-chart{margin:0}.mk-chart-caption{max-width:640px}";

    /// <summary>The script that swaps the static drawing for the interactive chart once window.Plotly exists.
    /// It polls (every 100 ms, for up to 2 minutes) instead of relying on script order, because outputs can be
    /// shown in any order and the carrier may come later in the document than a chart that needs it.</summary>
    private static string Upgrade(string id, string figureJson) =>
        "(function(){var id=" + JsonSerializer.Serialize(id, _json) + ",fig=" + figureJson + ";" +
        "var me=document.currentScript,root=(me&&me.closest&&me.closest('figure.mk-chart'))||document.getElementById(id);if(!root)return;" +
        "var plot=root.querySelector('.mk-chart-plot'),still=root.querySelector('.mk-chart-static'),wait=root.querySelector('.mk-chart-wait'),t=0;" +
        "function draw(){plot.hidden=false;plot.style.display='block';try{" +
        "window.Plotly.newPlot(plot,fig.data,fig.layout||{},fig.config||{}).then(function(){still.style.display='none';root.setAttribute('data-mk-interactive','true');}," +
        "function(){plot.style.display='none';});}catch(e){plot.style.display='none';}}" +
        "(function poll(){if(window.Plotly&&window.Plotly.newPlot){draw();return;}" +
        "t+=100;if(t===15000&&wait){wait.hidden=false;wait.style.display='block';}if(t<120000){setTimeout(poll,100);}})();})();";
}
