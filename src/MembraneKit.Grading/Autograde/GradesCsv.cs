using System.Globalization;
using System.Text;

namespace MembraneKit.Grading;

/// <summary>
/// The gradebook, <c>grades.csv</c>: one row per student — <c>student</c>, <c>total</c>, <c>maximum</c> (of the
/// automatically graded cells), <c>status</c> (<see cref="GradedSubmission.Status"/>), one column per grade cell
/// (blank for a cell graded by hand, for the instructor to fill in) and <c>notes</c>. RFC 4180 quoting; a
/// field that a spreadsheet would read as a formula is prefixed with <c>'</c>.
/// </summary>
public static class GradesCsv
{
    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = "grades.csv";

    /// <summary>The CSV text for <paramref name="rows"/>, with a column for each of <paramref name="gradeIds"/>.</summary>
    /// <param name="gradeIds">The assignment's grade cells, in notebook order.</param>
    /// <param name="rows">The graded submissions, one per student.</param>
    public static string Write(IReadOnlyList<string> gradeIds, IEnumerable<GradedSubmission> rows)
    {
        ArgumentNullException.ThrowIfNull(gradeIds);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Line(text, ["student", "total", "maximum", "status", .. gradeIds, "notes"]);
        foreach (var row in rows)
        {
            var cells = row.Grade?.Cells.ToDictionary(c => c.GradeId, StringComparer.Ordinal) ?? [];
            var notes = new List<string>();
            if (row.Problem is not null)
            {
                notes.Add(row.Problem);
            }

            if (row.Grade is { } grade)
            {
                notes.AddRange(grade.Tampering.Select(t => t.Detail));
                if (grade.ProcessEnd is not null)
                {
                    notes.Add(grade.ProcessEnd);
                }

                var manual = grade.Cells.Where(c => c.Outcome == CellOutcome.Manual).Select(c => c.GradeId).ToArray();
                if (manual.Length > 0)
                {
                    notes.Add($"to grade by hand: {string.Join(", ", manual)}");
                }
            }

            Line(text,
            [
                row.Student,
                row.Grade is null ? "" : Number(row.Grade.Total),
                row.Grade is null ? "" : Number(row.Grade.Maximum),
                row.Status,
                .. gradeIds.Select(id => cells.TryGetValue(id, out var cell) && cell.Points is { } points ? Number(points) : ""),
                string.Join("; ", notes),
            ]);
        }

        return text.ToString();
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
