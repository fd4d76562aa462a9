using Plotly.NET;

namespace MembraneKit.Interactive;

/// <summary>
/// A chart that displays progressively in a notebook: its HTML first holds a static SVG drawing (axes, ticks,
/// labels, legend, units; needs no script), which a script then replaces with the interactive Plotly chart
/// where scripts run. Make one with <see cref="Charts"/>; change it with the <c>With…</c> methods;
/// <see cref="ToGenericChart"/> hands it to Plotly.NET for further styling.
/// </summary>
public sealed record ProgressiveChart
{
    /// <summary>Width of the chart in CSS pixels.</summary>
    public const int Width = 640;

    /// <summary>Height of the chart in CSS pixels.</summary>
    public const int Height = 420;

    /// <summary>Makes a chart from its parts; <see cref="Charts"/> has ready-made ones.</summary>
    /// <param name="title">The title above the chart.</param>
    /// <param name="xAxisTitle">The x-axis title with its unit, e.g. "membrane potential V (mV)".</param>
    /// <param name="yAxisTitle">The y-axis title with its unit.</param>
    /// <param name="series">The curves; at least one, each with as many x as y values.</param>
    /// <exception cref="ArgumentException">No series, or a series whose x and y differ in length or hold no finite point.</exception>
    public ProgressiveChart(string title, string xAxisTitle, string yAxisTitle, IEnumerable<ChartSeries> series)
    {
        Title = title ?? "";
        XAxisTitle = xAxisTitle ?? "";
        YAxisTitle = yAxisTitle ?? "";
        Series = [.. series];
        if (Series.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one series.", nameof(series));
        }

        foreach (var s in Series)
        {
            if (s.X.Count != s.Y.Count)
            {
                throw new ArgumentException($"Series '{s.Name}' has {s.X.Count} x values but {s.Y.Count} y values.", nameof(series));
            }
        }
    }

    /// <summary>The title above the chart.</summary>
    public string Title { get; init; }

    /// <summary>The x-axis title with its unit.</summary>
    public string XAxisTitle { get; init; }

    /// <summary>The y-axis title with its unit.</summary>
    public string YAxisTitle { get; init; }

    /// <summary>The curves.</summary>
    public IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>Labelled points (zero crossings, E_mix …).</summary>
    public IReadOnlyList<ChartMarker> Markers { get; init; } = [];

    /// <summary>Labelled vertical or horizontal lines.</summary>
    public IReadOnlyList<ReferenceLine> ReferenceLines { get; init; } = [];

    /// <summary>Is the x axis logarithmic?</summary>
    public bool LogX { get; init; }

    /// <summary>Is the y axis logarithmic?</summary>
    public bool LogY { get; init; }

    /// <summary>A sentence for screen readers saying what the chart shows; made from the title, series and
    /// markers unless set with <see cref="WithDescription"/>.</summary>
    public string Description
    {
        get => _description ?? DefaultDescription();
        init => _description = value;
    }

    private readonly string? _description;

    /// <summary>The same chart with labelled points added.</summary>
    /// <param name="markers">The points.</param>
    public ProgressiveChart WithMarkers(params ChartMarker[] markers) => this with { Markers = [.. Markers, .. markers] };

    /// <summary>The same chart with labelled reference lines added.</summary>
    /// <param name="lines">The lines.</param>
    public ProgressiveChart WithReferenceLines(params ReferenceLine[] lines) => this with { ReferenceLines = [.. ReferenceLines, .. lines] };

    /// <summary>The same chart with another title.</summary>
    /// <param name="title">The title.</param>
    public ProgressiveChart WithTitle(string title) => this with { Title = title };

    /// <summary>The same chart with another text alternative.</summary>
    /// <param name="description">What the chart shows, in a sentence.</param>
    public ProgressiveChart WithDescription(string description) => this with { Description = description };

    /// <summary>The same chart with logarithmic axes.</summary>
    /// <param name="x">Logarithmic x axis.</param>
    /// <param name="y">Logarithmic y axis.</param>
    public ProgressiveChart WithLogAxes(bool x = true, bool y = false) => this with { LogX = x, LogY = y };

    /// <summary>The chart as a Plotly.NET chart, for styling with Plotly.NET (it displays progressively too).</summary>
    /// <remarks>This runs Plotly.NET, which needs FSharp.Core 10.1 or later: a kernel that has an older FSharp.Core
    /// loaded cannot run it. Displaying the chart itself needs no Plotly.NET code.</remarks>
    public GenericChart ToGenericChart() => PlotlyFigure.ToGenericChart(PlotlyFigure.Json(this));

    /// <summary>The static SVG drawing of the chart (what a reader without scripts sees).</summary>
    public string ToSvg() => OxyPlotSvg.Render(this, DisplayIds.Next("chart", Title + Description)).Value;

    /// <summary>The progressive HTML: the static SVG, then the script that upgrades it to the interactive chart.</summary>
    public string ToHtml() => ChartHtml.Render(ChartSource.From(this));

    /// <summary>A line of text: the title and what the chart shows.</summary>
    public override string ToString() => Description;

    private string DefaultDescription()
    {
        var text = $"{Title}: {YAxisTitle} against {XAxisTitle}";
        if (Series.Count > 0)
        {
            text += $"; {string.Join(", ", Series.Select(s => s.Name))}";
        }

        if (Markers.Count > 0)
        {
            text += $"; {string.Join("; ", Markers.Select(m => m.Label))}";
        }

        if (ReferenceLines.Count > 0)
        {
            text += $"; {string.Join("; ", ReferenceLines.Select(l => l.Label))}";
        }

        return text + ".";
    }
}
