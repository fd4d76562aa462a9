using AngleSharp.Dom;

namespace MembraneKit.Interactive.Tests;

/// <summary>
/// Every display, built from names that are markup (<see cref="HostileSamples"/>), parses into the same kinds
/// of elements as with plain names: the names stay text wherever they land, in element text, attributes,
/// SVG, MathML or a chart's script.
/// </summary>
public class HostileNameTests : FormatterTestBase
{
    public static TheoryData<string> Names() => [.. HostileSamples.All.Select(s => s.Name)];

    private static (IDocument Standard, IDocument Hostile) Render(string name)
    {
        var (_, standard, hostile) = HostileSamples.All.Single(s => s.Name == name);
        return (Dom.Parse(Html(standard)), Dom.Parse(Html(hostile)));
    }

    [Fact]
    public void Every_displayed_type_is_tried_with_hostile_names()
    {
        Assert.Equal(AllSamples.All.Select(s => s.Name), HostileSamples.All.Select(s => s.Name).Take(AllSamples.All.Count));
        Assert.True(HostileSamples.All.Count > 60, $"{HostileSamples.All.Count} samples");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Hostile_names_add_no_element_no_attribute_and_no_script(string name)
    {
        var (standard, hostile) = Render(name);

        var added = hostile.All.Select(e => e.LocalName).Except(standard.All.Select(e => e.LocalName)).ToList();
        Assert.True(added.Count == 0, $"new elements: {string.Join(", ", added)}");
        var handlers = hostile.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "data-attack").Select(a => a.Name).ToList();
        Assert.True(handlers.Count == 0, $"injected attributes: {string.Join(", ", handlers)}");
        // The first chart a process formats also carries plotly.js (script.mk-plotly-js): count the others.
        Assert.Equal(standard.QuerySelectorAll("script:not(.mk-plotly-js)").Length, hostile.QuerySelectorAll("script:not(.mk-plotly-js)").Length);
        Assert.Equal(standard.QuerySelectorAll("svg").Length, hostile.QuerySelectorAll("svg").Length);
        Assert.DoesNotContain(hostile.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(3)", StringComparison.Ordinal) && !s.TextContent.Contains("\\u003c", StringComparison.Ordinal) && !s.TextContent.Contains("\\u003C", StringComparison.Ordinal));
    }

    /// <summary>A name is shown, whole, as the text a reader sees (not dropped, not cut at its first angle bracket).</summary>
    [Theory]
    [InlineData("Ion")]
    [InlineData("Membrane")]
    [InlineData("IonGradient")]
    [InlineData("EquilibriumPotential")]
    [InlineData("MembraneDiagram")]
    [InlineData("RedoxCouple")]
    [InlineData("ElectrodeReaction")]
    [InlineData("MixedPotentialResult")]
    [InlineData("SelectivityFilter")]
    [InlineData("LiquidJunction")]
    [InlineData("VoltageDependentConductance")]
    [InlineData("Charts.Line")]
    [InlineData("Charts.Lines")]
    public void Hostile_names_show_whole_as_text(string name)
    {
        var (_, hostile) = Render(name);
        foreach (var code in hostile.QuerySelectorAll("script, style").ToArray())
        {
            code.Remove();
        }

        var text = hostile.DocumentElement.TextContent;
        var shown = HostileSamples.Attacks.Where(attack => text.Contains(attack, StringComparison.Ordinal)).ToList();
        Assert.True(shown.Count > 0, $"no hostile name shows whole in {name}:\n{text[..Math.Min(text.Length, 2000)]}");
    }
}
