using Markdig;

namespace MembraneKit.Notebooks;

/// <summary>
/// Renders notebook text cells with Markdig (CommonMark plus pipe tables, emphasis extras and
/// auto-links). Raw HTML in markdown is shown as text, never injected: an exported page must not run
/// what a notebook's author typed.
/// </summary>
internal static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static string Render(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
