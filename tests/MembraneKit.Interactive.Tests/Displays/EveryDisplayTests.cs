namespace MembraneKit.Interactive.Tests;

/// <summary>Every displayed type, through its representative sample: HTML that parses into one display with
/// its parts, and a plain text of a few lines.</summary>
public class EveryDisplayTests : FormatterTestBase
{
    public static TheoryData<string> Names() => [.. AllSamples.All.Select(s => s.Name)];

    private static object Sample(string name) => AllSamples.All.Single(s => s.Name == name).Value;

    [Fact]
    public void Every_displayed_type_has_a_sample()
    {
        var sampled = AllSamples.All.Select(s => s.Value.GetType()).ToHashSet();
        var unsampled = MembraneKitFormatters.DisplayedTypes
            .Where(t => t.Namespace == "MembraneKit" || t == typeof(MembraneDiagram))
            .Where(t => !sampled.Any(t.IsAssignableFrom))
            .Select(t => t.Name);
        Assert.Empty(unsampled);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Html_is_one_encoded_display(string name)
    {
        var html = Html(Sample(name));
        var doc = Dom.Parse(html);

        Assert.True(doc.QuerySelector(".mk, .mk-quantity") is not null, "no display element");
        foreach (var code in doc.QuerySelectorAll("script, style").ToArray())
        {
            code.Remove();
        }

        var visible = doc.DocumentElement.TextContent;
        Assert.DoesNotContain("MembraneKit.", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", visible, StringComparison.Ordinal);
        Assert.All(doc.QuerySelectorAll("svg"), svg => Assert.NotNull(svg.QuerySelector("title")));
        Assert.All(doc.QuerySelectorAll("table"), t => Assert.NotEmpty(t.QuerySelectorAll("tbody tr")));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Plain_text_is_a_few_readable_lines(string name)
    {
        var text = Text(Sample(name));
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.True(text.Split('\n').Length <= 8, text);
        Assert.DoesNotContain("MembraneKit.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }
}
