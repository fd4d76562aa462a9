namespace MembraneKit.Notebooks;

/// <summary>
/// The C# of a cell at the offsets it has in the cell: the lines the engine takes out before compiling
/// (<c>#!csharp</c>-style section markers, magics such as <c>#!time</c>, <c>#r</c>/<c>#i</c> directives,
/// lines of other languages' sections) are overwritten with spaces, so a cursor offset into the cell
/// is an offset into the C# as it is, and a span found in the C# is a span of the cell.
/// </summary>
/// <remarks>
/// It takes the cell apart exactly as <see cref="NotebookSession.ExecuteAsync"/> does (through
/// <see cref="CellSource"/>), so what is analysed is what would run.
/// </remarks>
internal sealed class CellCode
{
    private readonly bool[] _removedLines;

    private CellCode(string text, bool[] removedLines, bool hasCode)
    {
        Text = text;
        _removedLines = removedLines;
        HasCode = hasCode;
    }

    /// <summary>The cell's text with everything but its C# overwritten by spaces; as long as the cell.</summary>
    public string Text { get; }

    /// <summary>Whether any C# is left.</summary>
    public bool HasCode { get; }

    public static CellCode From(string cell)
    {
        var lines = cell.Split('\n');
        var code = new string?[lines.Length];
        foreach (var section in CellSource.Split(cell.Replace("\r\n", "\n", StringComparison.Ordinal), "csharp"))
        {
            if (section.Kernel != "csharp")
            {
                continue;
            }

            var sectionLines = CellSource.ExtractDirectives(section.Code).Code.Split('\n');
            for (var i = 0; i < sectionLines.Length && i < code.Length; i++)
            {
                if (sectionLines[i].Length > 0)
                {
                    code[i] = sectionLines[i];
                }
            }
        }

        var removed = new bool[lines.Length];
        var hasCode = false;
        var builder = new System.Text.StringBuilder(cell.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var endsWithCr = i < lines.Length - 1 && line.EndsWith('\r');
            var content = endsWithCr ? line[..^1] : line;
            var isBlank = string.IsNullOrWhiteSpace(content);
            removed[i] = !isBlank && !string.Equals(code[i], content, StringComparison.Ordinal);
            hasCode |= !isBlank && !removed[i];
            if (i > 0)
            {
                builder.Append('\n');
            }

            if (removed[i])
            {
                builder.Append(' ', content.Length);
                if (endsWithCr)
                {
                    builder.Append('\r');
                }
            }
            else
            {
                builder.Append(line);
            }
        }

        return new CellCode(builder.ToString(), removed, hasCode);
    }

    /// <summary>Whether an offset is in the cell's C# (not on a line the engine takes out).</summary>
    public bool IsCode(int position)
    {
        var line = 0;
        for (var i = 0; i < position && i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
            }
        }

        return !_removedLines[line];
    }
}
