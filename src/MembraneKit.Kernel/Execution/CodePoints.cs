namespace MembraneKit.Kernel;

/// <summary>
/// Converts cursor positions between the Jupyter protocol, which counts Unicode code points (since
/// protocol 5.2), and .NET strings, which count UTF-16 units: an emoji or a character outside the Basic
/// Multilingual Plane is one code point but two units.
/// </summary>
internal static class CodePoints
{
    /// <summary>The UTF-16 offset of the code point at <paramref name="codePoints"/>; clamped to the text.</summary>
    public static int ToUtf16(string text, int codePoints)
    {
        var units = 0;
        for (var seen = 0; seen < codePoints && units < text.Length; seen++)
        {
            units += char.IsHighSurrogate(text[units]) && units + 1 < text.Length && char.IsLowSurrogate(text[units + 1]) ? 2 : 1;
        }

        return units;
    }

    /// <summary>How many code points the first <paramref name="utf16"/> units of <paramref name="text"/> hold.</summary>
    public static int FromUtf16(string text, int utf16)
    {
        var end = Math.Clamp(utf16, 0, text.Length);
        var count = 0;
        for (var i = 0; i < end; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>The number of code points in <paramref name="text"/>.</summary>
    public static int Length(string text) => FromUtf16(text, text.Length);

}
