namespace MembraneKit.Interactive.Tests;

/// <summary>Every string that reaches HTML or SVG is encoded: an ion named like a script shows as text.</summary>
public class InjectionTests : FormatterTestBase
{
    private const string Attack = "<script>alert(1)</script>";

    private static readonly Ion Evil = Ion.Define(Attack, "X\"'><img src=x onerror=alert(2)>", 1);

    private static Membrane EvilMembrane => Membrane.At(37.Celsius()).With(Evil, inside: 10, outside: 100).With(Ion.Potassium, inside: 140, outside: 4);

    public static TheoryData<string> Outputs() => new()
    {
        "membrane",
        "diagram",
        "ion",
        "nernst",
        "gradient",
        "chart",
    };

    private static string Render(string what) => what switch
    {
        "membrane" => Html(EvilMembrane),
        "diagram" => Html(EvilMembrane.Diagram((-70).Millivolts())),
        "ion" => Html(Evil),
        "nernst" => Html(EvilMembrane.Nernst(Evil)),
        "gradient" => Html(EvilMembrane.ElectrochemicalGradient(Evil, (-70).Millivolts())),
        _ => Html(Charts.Line(Attack, Attack, Attack, [1, 2], [3, 4], Attack)),
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void A_hostile_name_adds_no_element_and_no_handler(string what)
    {
        var doc = Dom.Parse(Render(what));

        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)</script>", StringComparison.Ordinal) || s.TextContent.Contains("<img", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void A_hostile_name_shows_as_text(string what)
    {
        var doc = Dom.Parse(Render(what));
        var scripts = doc.QuerySelectorAll("script").Select(s => s.TextContent).ToArray();
        var visible = string.Concat(doc.All.Where(e => e.LocalName is "title" or "desc" or "th" or "td" or "text" or "div" or "p" or "figcaption" or "mi" or "mtext").Select(e => e.TextContent));

        Assert.Contains(what is "chart" ? Attack : "X\"'>", visible);
        Assert.All(scripts.Where(s => s.Contains("alert", StringComparison.Ordinal)), s => Assert.DoesNotContain("</script", s, StringComparison.OrdinalIgnoreCase));
    }
}
