using AngleSharp.Html.Parser;

namespace MembraneKit.Notebooks.Tests.Export;

public sealed class NotebookHtmlTests
{
    private static readonly HtmlParser Parser = new();

    private const string Attack = "</title><script>alert(1)</script><img src=x onerror=alert(2)>";

    private static Notebook Hostile()
    {
        var markdown = new System.Text.Json.Nodes.JsonObject
        {
            ["cells"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["cell_type"] = "markdown",
                ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
                ["source"] = $"# {Attack}\n\n[click](javascript:alert(3)) <javascript:alert(4)>",
            }),
            ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
        };
        var notebook = Notebook.Parse(markdown.ToJsonString());
        var code = NotebookCell.CreateCode($"\"{Attack}\"", kernelName: "csharp");
        code.AddOutput(new StreamOutput(StreamOutput.StandardOutput, Attack));
        code.AddOutput(new StreamOutput(StreamOutput.StandardError, Attack));
        code.AddOutput(new ExecuteResultOutput(1, new Dictionary<string, string> { ["text/plain"] = Attack }));
        code.AddOutput(new DisplayDataOutput(new Dictionary<string, string> { ["text/markdown"] = $"[md](javascript:alert(5)) {Attack}" }));
        code.AddOutput(new DisplayDataOutput(new Dictionary<string, string> { ["image/png"] = "iVBORw0KGgo=\"><script>alert(6)</script>" }));
        code.AddOutput(new ErrorOutput(Attack, Attack, [Attack]));
        notebook.AddCell(code);
        return notebook;
    }

    [Fact]
    public void Every_string_a_notebook_brings_stays_text_in_the_page_title_source_streams_results_and_errors()
    {
        var page = Parser.ParseDocument(NotebookHtml.Render(Hostile(), Attack));

        Assert.Equal(Attack, page.Title);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img:not([src^='data:image/png;base64,'])"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Value.Replace(" ", "", StringComparison.Ordinal).StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)));
        Assert.True(page.QuerySelectorAll("pre").Count(pre => pre.TextContent.Contains(Attack, StringComparison.Ordinal)) >= 4);
    }

    [Fact]
    public void A_rich_output_is_shown_once_in_its_richest_form()
    {
        var notebook = Notebook.CreateEmpty();
        var code = NotebookCell.CreateCode("x", kernelName: "csharp");
        code.AddOutput(new DisplayDataOutput(new Dictionary<string, string> { ["text/html"] = "<em id=\"rich\">rich</em>", ["image/svg+xml"] = "<svg id=\"svg\"></svg>", ["text/plain"] = "plain" }));
        code.AddOutput(new DisplayDataOutput(new Dictionary<string, string> { ["image/svg+xml"] = "<svg id=\"only-svg\"></svg>", ["text/plain"] = "plain" }));
        notebook.AddCell(code);

        var page = Parser.ParseDocument(NotebookHtml.Render(notebook, "t"));

        Assert.NotNull(page.QuerySelector("em#rich"));
        Assert.Null(page.QuerySelector("svg#svg"));
        Assert.NotNull(page.QuerySelector("svg#only-svg"));
        Assert.DoesNotContain("plain", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_notebook_or_title_is_refused_by_name()
    {
        Assert.Equal("notebook", Assert.Throws<ArgumentNullException>(() => NotebookHtml.Render(null!, "t")).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => NotebookHtml.Render(Notebook.CreateEmpty(), null!)).ParamName);
    }
}
