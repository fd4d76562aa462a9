namespace MembraneKit.Interactive.Tests;

public class EncodeTests
{
    public static TheoryData<string> Hostile() =>
    [
        "<script>alert(1)</script>",
        "\"'><img src=x onerror=alert(2)>",
        "a & b &amp; &#60; &lt;",
        "]]></title></desc></svg><svg onload=alert(4)>",
        "K⁺ −95 mV µm² Δψ",
        "<!-- <script> -->",
        "`${alert(5)}`",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Text_stays_text_in_an_element_and_in_either_kind_of_quoted_attribute(string text)
    {
        var encoded = Encode.Text(text);
        var doc = Dom.Parse($"<p id=\"d\" title=\"{encoded}\" data-s='{encoded}'>{encoded}</p>");

        var p = Assert.Single(doc.Body!.Children);
        Assert.Equal("p", p.LocalName);
        Assert.Empty(p.Children);
        Assert.Equal(text, p.TextContent);
        Assert.Equal(text, p.GetAttribute("title"));
        Assert.Equal(text, p.GetAttribute("data-s"));
        Assert.Equal(3, p.Attributes.Length);
    }

    [Fact]
    public void Control_characters_are_dropped_and_newlines_and_tabs_kept()
    {
        Assert.Equal("a\nb\tc", Encode.Text("a\u0000\n\u0007b\t\u001bc"));
        Assert.Equal("", Encode.Text(null));
        Assert.Equal("", Encode.Text(""));
    }

    [Fact]
    public void Plain_text_is_returned_as_it_is()
    {
        const string plain = "E_K = −95.0 mV";
        Assert.Same(plain, Encode.Text(plain));
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("<!--<script>")]
    [InlineData("</SCRIPT >")]
    public void Script_text_cannot_end_or_confuse_its_script_element(string text)
    {
        var doc = Dom.Parse($"<script>var s = \"{Encode.ScriptText(text)}\";</script><p id=\"after\">after</p>");

        var script = Assert.Single(doc.QuerySelectorAll("script"));
        Assert.EndsWith("\";", script.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("p#after"));
    }
}
