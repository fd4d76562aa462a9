namespace MembraneKit.Interactive;

/// <summary>Which representations a displayed type has besides <c>text/html</c> and <c>text/plain</c>. A type's
/// mime types are fixed per type (the formatter's preferred mime types), so a type declares them once in
/// <see cref="DisplayFormatterSource"/>; a test checks each declaration against the display's HTML.</summary>
[Flags]
internal enum DisplayRepresentations
{
    /// <summary>HTML and plain text only.</summary>
    None = 0,

    /// <summary>A picture: the diagram or the static chart as <c>image/svg+xml</c>.</summary>
    Picture = 1,

    /// <summary>Equations as <c>text/latex</c>.</summary>
    Equation = 2,
}
