namespace MembraneKit.Notebooks;

/// <summary>
/// Reads a <c>.dib</c> document (a package's <c>extension.dib</c>): sections start at a line naming a
/// kernel (<c>#!csharp</c>, <c>#!markdown</c>, <c>#!meta</c>…); text before the first one is C#.
/// </summary>
internal static class ExtensionScript
{
    /// <summary>The C# sections, in order.</summary>
    public static IReadOnlyList<string> CSharpSections(string dibText)
    {
        var normalized = dibText.Replace("\r\n", "\n", StringComparison.Ordinal);
        return CellSource.Split(normalized, "csharp")
            .Where(section => section.Kernel == "csharp" && section.Code.Trim().Length > 0)
            .Select(section => section.Code)
            .ToArray();
    }
}
