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

    [Fact]
    public void Headings_code_and_tables_render()
    {
        var document = Parser.ParseDocument(MarkdownHtml.Render("## Checks\n\nUse `Expect.Near`.\n\n| ion | z |\n|---|---|\n| K⁺ | +1 |\n"));
        Assert.Equal("Checks", document.QuerySelector("h2")?.TextContent);
        Assert.Equal("Expect.Near", document.QuerySelector("code")?.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("tr").Length);
    }
}
