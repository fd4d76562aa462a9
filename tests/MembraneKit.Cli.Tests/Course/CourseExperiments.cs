using System.Globalization;
using System.Text.RegularExpressions;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Tests.Course;

/// <summary>
/// The experiments a notebook suggests, read from its last "## Experiment" markdown cell: each numbered item is
/// one experiment, and every <c>`name = value`</c> in it is a parameter it sets. The tests run exactly what a
/// student is told to try.
/// </summary>
internal static partial class CourseExperiments
{
    public sealed record Experiment(int Number, string Text, IReadOnlyDictionary<string, object?> Parameters);

    public static IReadOnlyList<Experiment> Of(Notebook notebook)
    {
        var section = notebook.Cells.LastOrDefault(cell => cell.CellType == "markdown" && cell.Source.TrimStart().StartsWith("## Experiment", StringComparison.Ordinal));
        if (section is null)
        {
            return [];
        }

        return [.. Item().Matches(section.Source).Select((match, index) => new Experiment(index + 1, match.Value,
            Assignment().Matches(match.Value).ToDictionary(a => a.Groups["name"].Value, a => Parse(a.Groups["value"].Value))))];
    }

    public static IReadOnlyList<Experiment> Of(string name) => Of(Notebook.Load(CourseNotebooks.PathOf(name)));

    /// <summary>The names the parameters cell declares (<c>double x = …</c>, <c>int n = …</c>, also several per line).</summary>
    public static IReadOnlySet<string> DeclaredParameters(Notebook notebook)
    {
        var cell = notebook.Cells.Single(c => c.Tags.Contains(ParameterInjection.ParametersTag));
        return Declaration().Matches(cell.Source).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
    }

    private static object? Parse(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real
        : bool.TryParse(value, out var flag) ? flag
        : throw new FormatException($"experiment value '{value}' is not a number or a boolean");

    [GeneratedRegex(@"^\d+\. [\s\S]*?(?=^\d+\. |\z)", RegexOptions.Multiline)]
    private static partial Regex Item();

    [GeneratedRegex(@"`(?<name>[A-Za-z_][A-Za-z0-9_]*) = (?<value>[^`]+)`")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"(?:\b(?:double|int|bool)(?:\[\])?\s+|,\s*)(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=")]
    private static partial Regex Declaration();
}
