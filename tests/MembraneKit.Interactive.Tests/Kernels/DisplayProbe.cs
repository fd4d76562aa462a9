using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Interactive.Tests;

/// <summary>Runs inside an <see cref="OlderFSharpCoreLoadContext"/>: what a notebook does after
/// <c>#r "nuget: MembraneKit.Interactive"</c>, called by reflection so that every type comes from that context.</summary>
public static class DisplayProbe
{
    /// <summary>Registers the kit's displays as extension.dib does, then formats one object of every displayed type
    /// as HTML and as text. Returns "name\u001fhtml\u001ftext" per sample.</summary>
    public static string[] RenderEverySample()
    {
        MembraneKitFormatters.Register();
        return [.. AllSamples.All.Select(s => string.Join('\u001f', s.Name, s.Value.ToDisplayString("text/html"), s.Value.ToDisplayString("text/plain")))];
    }

    /// <summary>The control: asking for a Plotly.NET chart does run F# code. Returns the exception's type name, or "" if none.</summary>
    public static string MakeGenericChart()
    {
        try
        {
            _ = Charts.Line("control", "x", "y", [0, 1], [0, 1], "line").ToGenericChart();
            return "";
        }
        catch (Exception e)
        {
            return e.GetType().Name;
        }
    }
}
