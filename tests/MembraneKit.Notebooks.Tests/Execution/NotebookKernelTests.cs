namespace MembraneKit.Notebooks.Tests;

public sealed class NotebookKernelTests
{
    // Failure paths first.
    [Fact]
    public async Task Displaying_null_shows_the_kernels_null_text()
    {
        using var session = new NotebookSession();

        var result = await session.ExecuteAsync("display(null);").WaitAsync(TestLimits.Cell);

        Assert.Equal("<null>", Assert.IsType<DisplayDataOutput>(Assert.Single(result.Outputs)).Data["text/plain"]);
    }

    [Fact]
    public async Task A_mime_type_no_formatter_knows_fails_the_cell_naming_the_type()
    {
        using var session = new NotebookSession();

        var result = await session.ExecuteAsync("display(42, \"application/x-nothing-knows-this\");").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("System.ArgumentException", error.Name);
        Assert.Contains("application/x-nothing-knows-this", error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_text_is_shown_as_html_and_only_when_wrapped()
    {
        using var session = new NotebookSession();

        var wrapped = await session.ExecuteAsync("display(HTML(\"<b id='x'>bold</b>\"));").WaitAsync(TestLimits.Cell);
        var plain = await session.ExecuteAsync("display(\"<b id='x'>bold</b>\");").WaitAsync(TestLimits.Cell);

        Assert.Equal("<b id='x'>bold</b>", Assert.IsType<DisplayDataOutput>(Assert.Single(wrapped.Outputs)).Data["text/html"]);
        var text = Assert.IsType<DisplayDataOutput>(Assert.Single(plain.Outputs)).Data;
        Assert.DoesNotContain("<b id='x'>", text.GetValueOrDefault("text/html", ""), StringComparison.Ordinal);
        Assert.Equal("<b id='x'>bold</b>", text["text/plain"]);
    }

    [Fact]
    public async Task An_update_replaces_the_display_it_came_from()
    {
        using var session = new NotebookSession();

        var result = await session.ExecuteAsync("var shown = display(1);\nshown.Update(2);").WaitAsync(TestLimits.Cell);

        Assert.Equal("2", Assert.IsType<DisplayDataOutput>(Assert.Single(result.Outputs)).Data["text/plain"]);
    }
}
