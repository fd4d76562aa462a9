using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>
/// Scores a prepared submission from its cells' results, as nbgrader does: a code grade cell earns all its
/// points when it ran without error and none otherwise; a cell that stopped at the answer's stub
/// (<see cref="NotImplementedException"/>) is "not attempted"; a written answer or task is left to the instructor.
/// </summary>
public static class SubmissionScoring
{
    /// <summary>The error name an unanswered stub raises.</summary>
    public const string StubErrorName = "System.NotImplementedException";

    /// <summary>The longest failure message kept (a test's message, or whatever a submission threw).</summary>
    public const int LongestMessage = 2000;

    /// <summary>Scores <paramref name="submission"/>.</summary>
    /// <param name="submission">The prepared submission.</param>
    /// <param name="results">Cell index → result, for the cells that ran.</param>
    /// <param name="processEnd">Why its process ended before its last cell, or <see langword="null"/>.</param>
    public static SubmissionGrade Score(PreparedSubmission submission, IReadOnlyDictionary<int, CellResult> results, string? processEnd)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(results);
        var grades = new List<CellGrade>();
        foreach (var cell in submission.GradeCells)
        {
            if (!cell.Automatic)
            {
                grades.Add(new CellGrade(cell.GradeId, CellOutcome.Manual, null, cell.Points, [], null));
                continue;
            }

            if (!results.TryGetValue(cell.Index, out var result) || result.Status == CellStatus.Skipped)
            {
                grades.Add(new CellGrade(cell.GradeId, CellOutcome.NotRun, 0, cell.Points, [], processEnd is null ? "the cell did not run" : $"the cell did not run: {processEnd}"));
                continue;
            }

            var checks = result.Outputs.Select(Text).OfType<string>().Select(Cut).ToArray();
            if (result.Succeeded)
            {
                grades.Add(new CellGrade(cell.GradeId, CellOutcome.Passed, cell.Points, cell.Points, checks, null));
                continue;
            }

            var error = result.Error;
            var outcome = error?.Name == StubErrorName ? CellOutcome.NotAttempted : CellOutcome.Failed;
            var message = result.Status switch
            {
                CellStatus.TimedOut => $"the cell ran out of time{(error is null ? "" : $": {error.Value}")}",
                _ when error is null => $"the cell ended as {result.Status}",
                _ when error.Name == StubErrorName => $"not answered yet: {error.Value}",
                _ => $"{ShortName(error.Name)}: {error.Value}",
            };
            grades.Add(new CellGrade(cell.GradeId, outcome, 0, cell.Points, checks, Cut(message)));
        }

        return new SubmissionGrade(grades, submission.Tampering, processEnd);
    }

    private static string? Text(NotebookOutput output) => output switch
    {
        DisplayDataOutput display => display.Data.GetValueOrDefault("text/plain"),
        ExecuteResultOutput result => result.Data.GetValueOrDefault("text/plain"),
        _ => null,
    };

    private static string ShortName(string name) => name.StartsWith("System.", StringComparison.Ordinal) ? name[7..] : name;

    private static string Cut(string text) => text.Length <= LongestMessage ? text : text[..LongestMessage] + " …";
}
