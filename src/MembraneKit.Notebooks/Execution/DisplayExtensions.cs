using System.ComponentModel;
using MembraneKit.Notebooks;

// The C# kernel puts Display() in namespace System so every cell finds it without a using.
namespace System;

/// <summary>The <c>.Display()</c> extension that notebook cells call on any value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DisplayExtensions
{
    /// <summary>Displays a value as a <c>display_data</c> output of the running cell.</summary>
    /// <param name="value">The value; its registered formatters make the mime bundle.</param>
    /// <param name="mimeTypes">The mime types to render; the formatter's preferred ones when empty. <c>text/plain</c> is always added.</param>
    /// <returns>A handle whose <see cref="DisplayedValue.Update"/> replaces the output.</returns>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) => CellContext.DisplayFromCell(value, mimeTypes);
}
