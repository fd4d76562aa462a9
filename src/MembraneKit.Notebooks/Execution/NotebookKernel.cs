using System.ComponentModel;
using Microsoft.AspNetCore.Html;

namespace MembraneKit.Notebooks;

/// <summary>
/// The globals every C# cell sees without a <c>using</c>, as in the Polyglot Notebooks C# kernel
/// (whose cells import <c>Microsoft.DotNet.Interactive.Kernel</c> statically).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class NotebookKernel
{
    /// <summary>Displays a value as a <c>display_data</c> output of the running cell.</summary>
    /// <param name="value">The value; its registered formatters make the mime bundle.</param>
    /// <param name="mimeTypes">The mime types to render; the formatter's preferred ones when empty. <c>text/plain</c> is always added.</param>
    /// <returns>A handle whose <see cref="DisplayedValue.Update"/> replaces the output.</returns>
#pragma warning disable IDE1006, CA1707 // The kernel's global is spelled in lower case; notebooks call it so.
    public static DisplayedValue display(object? value, params string[] mimeTypes) => CellContext.DisplayFromCell(value, mimeTypes);
#pragma warning restore IDE1006, CA1707

    /// <summary>Wraps a string of HTML so that displaying it renders it as HTML.</summary>
    /// <param name="content">The HTML markup, used as-is.</param>
#pragma warning disable CA1707
    public static IHtmlContent HTML(string content) => new HtmlString(content);
#pragma warning restore CA1707
}
