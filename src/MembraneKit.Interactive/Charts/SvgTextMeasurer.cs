using System.Globalization;
using System.Text;
using OxyPlot;

namespace MembraneKit.Interactive;

/// <summary>
/// Measures text for OxyPlot's SVG exporter. OxyPlot measures with the PDF Helvetica metrics, which know
/// nothing of Δ, μ, ⁺ or ₒ and count them as zero width, so legends and axis titles with physics symbols were
/// laid out too narrow. Here each such character is measured as a wide letter and combining marks as
/// nothing, with a small margin for the browser's font (Arial, or its metric twin Liberation Sans).
/// </summary>
internal sealed class SvgTextMeasurer() : PdfRenderContext(ProgressiveChart.Width, ProgressiveChart.Height, OxyColors.White)
{
    internal const string Font = "Arial";

    /// <inheritdoc/>
    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight)
    {
        var size = base.MeasureText(Latin(text), Font, fontSize, fontWeight);
        return new OxySize(size.Width * 1.15 + 4, size.Height);
    }

    private static string Latin(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text ?? "")
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c <= '\u00FF' ? c : c is '−' or '–' ? '-' : 'W');
        }

        return builder.ToString();
    }
}
