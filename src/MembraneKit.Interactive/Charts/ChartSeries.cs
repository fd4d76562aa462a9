namespace MembraneKit.Interactive;

/// <summary>How a series is drawn.</summary>
public enum SeriesStyle
{
    /// <summary>A solid line.</summary>
    Solid,

    /// <summary>A dashed line (a prediction, a second quantity).</summary>
    Dashed,

    /// <summary>A dotted line.</summary>
    Dotted,

    /// <summary>Markers only, no line (measured or simulated points).</summary>
    Markers,
}

/// <summary>One named curve of a chart: x and y values of the same length.</summary>
/// <param name="Name">The name shown in the legend (e.g. "K⁺").</param>
/// <param name="X">The x values, in the unit named by the chart's x-axis title.</param>
/// <param name="Y">The y values, in the unit named by the chart's y-axis title.</param>
/// <param name="Style">How the series is drawn.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, SeriesStyle Style = SeriesStyle.Solid);

/// <summary>A labelled point on a chart, such as the zero crossing of an I–V curve.</summary>
/// <param name="Label">The label drawn beside the point (e.g. "E_rev = −95.0 mV").</param>
/// <param name="X">The x value.</param>
/// <param name="Y">The y value.</param>
public sealed record ChartMarker(string Label, double X, double Y);

/// <summary>A labelled straight line across a chart at a fixed x (vertical) or y (horizontal), such as E_mix or I = 0.</summary>
/// <param name="Label">The label drawn at the line.</param>
/// <param name="Value">The x value of a vertical line or the y value of a horizontal one.</param>
/// <param name="IsVertical">True for a vertical line at x = <paramref name="Value"/>.</param>
public sealed record ReferenceLine(string Label, double Value, bool IsVertical)
{
    /// <summary>A vertical line at x = <paramref name="x"/>.</summary>
    /// <param name="x">Its x value.</param>
    /// <param name="label">Its label.</param>
    public static ReferenceLine Vertical(double x, string label) => new(label, x, true);

    /// <summary>A horizontal line at y = <paramref name="y"/>.</summary>
    /// <param name="y">Its y value.</param>
    /// <param name="label">Its label.</param>
    public static ReferenceLine Horizontal(double y, string label) => new(label, y, false);
}
