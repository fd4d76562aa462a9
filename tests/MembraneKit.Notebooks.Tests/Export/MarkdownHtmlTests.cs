using AngleSharp.Html.Parser;

namespace MembraneKit.Notebooks.Tests.Export;

public class MarkdownHtmlTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_list_item_that_wraps_onto_the_next_line_stays_one_item()
    {
        var document = Parser.ParseDocument(MarkdownHtml.Render("* **2566370** — the Nernst potential,\n  and the electrochemical potential\n* **2720537** — anions"));
        var items = document.QuerySelectorAll("li");
        Assert.Equal(2, items.Length);
        Assert.Contains("electrochemical potential", items[0].TextContent);
        Assert.Equal("2566370", items[0].QuerySelector("strong")?.TextContent);
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text()
    {
        var document = Parser.ParseDocument(MarkdownHtml.Render("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>"));
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent);
    }

    /// <summary>Markdown, not raw HTML, that makes an active address: DisableHtml lets every one through.</summary>
    public static TheoryData<string> HostileMarkdown => new()
    {
        "[click me](javascript:alert(1))",
        "[click me](JavaScript:alert(1))",
        "[click me](java\tscript:alert(1))",
        "[click me](&#106;avascript:alert(1))",
        "[click me](&#x6A;avascript&colon;alert(1))",
        "[click me]( javascript:alert(1) \"title\")",
        "[click me](<javascript:alert(1)>)",
        "[click me](vbscript:msgbox(1))",
        "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click me][ref]\n\n[ref]: javascript:alert(1)",
        "[click me]\n\n[click me]: data:text/html,<script>alert(1)</script>",
        "click me <javascript:alert(1)>",
        "click me <vbscript:msgbox(1)>",
        "![click me](javascript:alert(1))",
        "![click me](data:image/svg+xml,<svg onload=alert(1)>)",
        "[![click me](x.png)](javascript:alert(1))",
        "[click me](file:///etc/passwd)",
    };

    [Theory]
    [MemberData(nameof(HostileMarkdown))]
    public void A_link_or_image_to_a_scheme_that_is_not_allowed_becomes_plain_text(string markdown)
    {
        var document = Parser.ParseDocument(MarkdownHtml.Render(markdown));

        var active = document.All.SelectMany(element => element.Attributes)
            .Where(attribute => attribute.Name is "href" or "src")
            .Select(attribute => attribute.Value)
            .Where(value => !IsHarmless(value))
            .ToList();
        Assert.True(active.Count == 0, $"{markdown} gave active addresses: {string.Join(", ", active)}");
        Assert.DoesNotContain(document.All, element => element.LocalName is "a" && element.HasAttribute("href") && element.GetAttribute("href") != "x.png" && element.GetAttribute("href")!.Length > 0);
        Assert.Contains("click me", document.Body!.TextContent + string.Concat(document.QuerySelectorAll("img").Select(i => i.GetAttribute("alt"))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[docs](https://example.org/a?b=1#c)", "a", "href", "https://example.org/a?b=1#c")]
    [InlineData("[plain](http://example.org)", "a", "href", "http://example.org")]
    [InlineData("[mail](mailto:someone@example.org)", "a", "href", "mailto:someone@example.org")]
    [InlineData("[next notebook](02-many-ions.ipynb)", "a", "href", "02-many-ions.ipynb")]
    [InlineData("[section](#checks)", "a", "href", "#checks")]
    [InlineData("[up](../README.md)", "a", "href", "../README.md")]
    [InlineData("<https://example.org>", "a", "href", "https://example.org")]
    [InlineData("see www.example.org", "a", "href", "http://www.example.org")]
    [InlineData("![cell](images/cell.png)", "img", "src", "images/cell.png")]
    [InlineData("![dot](data:image/png;base64,iVBORw0KGgo=)", "img", "src", "data:image/png;base64,iVBORw0KGgo=")]
    public void Links_and_images_to_allowed_schemes_and_relative_paths_stay(string markdown, string element, string attribute, string expected)
    {
        var document = Parser.ParseDocument(MarkdownHtml.Render(markdown));
        Assert.Equal(expected, document.QuerySelector(element)?.GetAttribute(attribute));
    }

    /// <summary>What a browser would do with the address: nothing active when it has no scheme or an allowed one.</summary>
    private static bool IsHarmless(string value)
    {
        var compact = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return !(compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("data:", StringComparison.Ordinal) || compact.StartsWith("file:", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_code_and_tables_render()
    {
        var document = Parser.ParseDocument(MarkdownHtml.Render("## Checks\n\nUse `Expect.Near`.\n\n| ion | z |\n|---|---|\n| K⁺ | +1 |\n"));
        Assert.Equal("Checks", document.QuerySelector("h2")?.TextContent);
        Assert.Equal("Expect.Near", document.QuerySelector("code")?.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("tr").Length);
    }
}
