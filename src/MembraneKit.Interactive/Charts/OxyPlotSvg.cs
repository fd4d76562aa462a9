using System.Xml.Linq;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace MembraneKit.Interactive;

/// <summary>
/// The static drawing of a chart, rendered by OxyPlot's managed SVG exporter (no browser, no native code):
/// axes with ticks and titles, the series, markers, reference lines and a legend. The SVG is then given
/// a &lt;title&gt; and &lt;desc&gt; for screen readers, a viewBox so it scales, and ids prefixed with the
/// chart's id so that several charts on one page never share an id.
/// </summary>
internal static class OxyPlotSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    internal static Markup Render(ProgressiveChart chart, string id)
    {
        var model = Model(chart);
        var svg = SvgExporter.ExportToString(model, ProgressiveChart.Width, ProgressiveChart.Height, false, new SvgTextMeasurer(), false);
        var root = XDocument.Parse(svg).Root ?? throw new InvalidOperationException("OxyPlot wrote no SVG.");
        PrefixIds(root, id);
        root.SetAttributeValue("id", id);
        root.SetAttributeValue("class", "mk-chart-svg");
        root.SetAttributeValue("viewBox", $"0 0 {ProgressiveChart.Width} {ProgressiveChart.Height}");
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", $"{id}-title {id}-desc");
        root.SetAttributeValue("version", null);
        root.AddFirst(
            new XElement(Svg + "title", new XAttribute("id", id + "-title"), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", id + "-desc"), chart.Description));
        foreach (var attribute in root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.LocalName == "xlink").ToList())
        {
            if (!root.Descendants().Attributes().Any(a => a.Name.Namespace == XNamespace.Get("http://www.w3.org/1999/xlink")))
            {
                attribute.Remove();
            }
        }

        return new Markup(root.ToString(SaveOptions.DisableFormatting));
    }

    internal static PlotModel Model(ProgressiveChart chart)
    {
        var model = new PlotModel
        {
            Title = chart.Title,
            TitleFontSize = 15,
            TitleFontWeight = FontWeights.Bold,
            DefaultFont = SvgTextMeasurer.Font,
            DefaultFontSize = 12,
            PlotAreaBorderColor = OxyColor.Parse("#374151"),
            Background = OxyColors.White,
        };
        model.Axes.Add(Axis(AxisPosition.Bottom, chart.XAxisTitle, chart.LogX));
        model.Axes.Add(Axis(AxisPosition.Left, chart.YAxisTitle, chart.LogY));
        for (var i = 0; i < chart.Series.Count; i++)
        {
            model.Series.Add(Series(chart.Series[i], OxyColor.Parse(Palette.Color(i)), chart.LogX, chart.LogY));
        }

        foreach (var line in chart.ReferenceLines)
        {
            model.Annotations.Add(new LineAnnotation
            {
                Type = line.IsVertical ? LineAnnotationType.Vertical : LineAnnotationType.Horizontal,
                X = line.IsVertical ? line.Value : 0,
                Y = line.IsVertical ? 0 : line.Value,
                Text = line.Label,
                Color = OxyColor.Parse(Palette.Guide),
                TextColor = OxyColor.Parse(Palette.Guide),
                LineStyle = LineStyle.Dash,
                StrokeThickness = 1.5,
            });
        }

        for (var i = 0; i < chart.Markers.Count; i++)
        {
            var marker = chart.Markers[i];
            model.Annotations.Add(new PointAnnotation
            {
                TextVerticalAlignment = i % 2 == 0 ? VerticalAlignment.Top : VerticalAlignment.Bottom,
                X = marker.X,
                Y = marker.Y,
                Text = marker.Label,
                Shape = MarkerType.Diamond,
                Size = 6,
                Fill = OxyColor.Parse(Palette.Marker),
                TextColor = OxyColor.Parse(Palette.Marker),
                TextHorizontalAlignment = HorizontalAlignment.Left,
            });
        }

        if (chart.Series.Count > 1 || chart.Series[0].Name.Length > 0)
        {
            model.Legends.Add(new Legend
            {
                LegendPosition = LegendPosition.RightTop,
                LegendPlacement = LegendPlacement.Outside,
            });
        }

        return model;
    }

    private static Axis Axis(AxisPosition position, string title, bool log)
    {
        Axis axis = log ? new LogarithmicAxis() : new LinearAxis();
        axis.Position = position;
        axis.Title = title;
        axis.MajorGridlineStyle = LineStyle.Solid;
        axis.MajorGridlineColor = OxyColor.Parse("#E5E7EB");
        axis.TickStyle = TickStyle.Outside;
        axis.AxisTitleDistance = 8;
        return axis;
    }

    private static LineSeries Series(ChartSeries series, OxyColor color, bool logX, bool logY)
    {
        var line = new LineSeries
        {
            Title = series.Name,
            Color = color,
            StrokeThickness = 2,
            LineStyle = series.Style switch
            {
                SeriesStyle.Dashed => LineStyle.Dash,
                SeriesStyle.Dotted => LineStyle.Dot,
                SeriesStyle.Markers => LineStyle.None,
                _ => LineStyle.Solid,
            },
            MarkerType = series.Style == SeriesStyle.Markers ? MarkerType.Circle : MarkerType.None,
            MarkerFill = color,
            MarkerSize = 3,
        };

        // One point per pixel column is all a static picture can show.
        if (series.Style != SeriesStyle.Markers && series.X.Count > ProgressiveChart.Width)
        {
            line.Decimator = Decimator.Decimate;
        }

        for (var i = 0; i < series.X.Count; i++)
        {
            var (x, y) = (series.X[i], series.Y[i]);
            var drawable = double.IsFinite(x) && double.IsFinite(y) && (!logX || x > 0) && (!logY || y > 0);
            line.Points.Add(drawable ? new DataPoint(x, y) : DataPoint.Undefined);
        }

        return line;
    }

    private static void PrefixIds(XElement root, string prefix)
    {
        var renames = root.DescendantsAndSelf().Attributes("id").ToDictionary(a => a.Value, a => $"{prefix}-{a.Value}");
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes())
            {
                if (attribute.Name == "id" && renames.TryGetValue(attribute.Value, out var renamed))
                {
                    attribute.Value = renamed;
                    continue;
                }

                foreach (var (old, renamedId) in renames)
                {
                    if (attribute.Value == "#" + old)
                    {
                        attribute.Value = "#" + renamedId;
                    }
                    else if (attribute.Value.Contains($"url(#{old})", StringComparison.Ordinal))
                    {
                        attribute.Value = attribute.Value.Replace($"url(#{old})", $"url(#{renamedId})", StringComparison.Ordinal);
                    }
                }
            }
        }
    }
}
