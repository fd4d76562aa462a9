namespace MembraneKit.Grading;

/// <summary>
/// Finds marker-delimited regions in a cell, as nbgrader does (a line containing the marker opens or
/// closes a region), but refuses what nbgrader lets slip: a closing marker with no opening one.
/// </summary>
internal static class RegionScanner
{
    public const string BeginSolution = "BEGIN SOLUTION";
    public const string EndSolution = "END SOLUTION";
    public const string BeginHiddenTests = "BEGIN HIDDEN TESTS";
    public const string EndHiddenTests = "END HIDDEN TESTS";

    public static IReadOnlyList<CodeRegion> Scan(IReadOnlyList<string> lines, string begin, string end, ICollection<(int Line, string Message)> problems)
    {
        var regions = new List<CodeRegion>();
        int? open = null;
        string? hint = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (line.Contains(begin, StringComparison.Ordinal))
            {
                if (open is { } outer)
                {
                    problems.Add((number, $"'{begin}' inside the region opened on line {outer}; regions cannot nest — close it with '{end}' first"));
                    continue;
                }

                open = number;
                hint = HintOf(line, begin);
            }
            else if (line.Contains(end, StringComparison.Ordinal))
            {
                if (open is not { } start)
                {
                    problems.Add((number, $"'{end}' with no '{begin}' before it"));
                    continue;
                }

                regions.Add(new CodeRegion(start, number, hint));
                open = null;
                hint = null;
            }
        }

        if (open is { } unclosed)
        {
            problems.Add((unclosed, $"'{begin}' is never closed: add a line '// {end}' after the region"));
        }

        return regions;
    }

    private static string? HintOf(string line, string marker)
    {
        var rest = line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim();
        const string prefix = "hint:";
        if (!rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hint = rest[prefix.Length..].Trim();
        return hint.Length == 0 ? null : hint;
    }
}
