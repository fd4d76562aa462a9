using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MembraneKit.Grading;

/// <summary>
/// A student's feedback page: their total, then every scored cell with ✓ or ✗, the points, what its tests
/// said and, when it failed, the failing test's message with the student's own value; what was tampered with
/// and restored; how the run ended. Plain HTML without scripts, links or embedded outputs: every string is
/// encoded, and no text can spell a <c>javascript:</c> address.
/// </summary>
public static partial class FeedbackPage
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
        .cell{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .8rem;margin:.8rem 0}
        .passed h2{color:#1a7f37}.failed h2,.notattempted h2,.notrun h2{color:#a40e26}.manual h2{color:#6e7781}
        h2{font-size:1.05rem;margin:.2rem 0}
        pre{white-space:pre-wrap;margin:.3rem 0;font-size:.9rem}
        .message{background:#fff0f0;padding:.4rem}
        .notes{background:#fff8e6;padding:.4rem .8rem;border-radius:6px}
        """;

    /// <summary>The page for <paramref name="submission"/>.</summary>
    /// <param name="submission">The graded submission.</param>
    /// <param name="assignment">The assignment's name, for the title.</param>
    public static string Render(GradedSubmission submission, string assignment)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(assignment);
        var html = new StringBuilder();
        var title = $"{assignment} · feedback for {submission.Student}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Append("<title>").Append(Encode(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n");
        if (submission.Grade is not { } grade)
        {
            html.Append("<p class=\"notes\">Not graded: ").Append(Encode(submission.Problem ?? "no submission was found")).Append("</p>\n</body>\n</html>\n");
            return html.ToString();
        }

        html.Append("<p><strong>").Append(Encode(Number(grade.Total))).Append(" of ").Append(Encode(Number(grade.Maximum)))
            .Append("</strong> points from the tests");
        var manual = grade.Cells.Where(c => c.Outcome == CellOutcome.Manual).ToArray();
        if (manual.Length > 0)
        {
            html.Append("; ").Append(Encode(Number(manual.Sum(c => c.MaxPoints)))).Append(" more to be graded by your instructor");
        }

        html.Append(".</p>\n");
        if (grade.Tampering.Count > 0 || grade.ProcessEnd is not null)
        {
            html.Append("<div class=\"notes\">\n");
            foreach (var note in grade.Tampering.Select(t => t.Detail).Append(grade.ProcessEnd).OfType<string>())
            {
                html.Append("<p>").Append(Encode(note)).Append("</p>\n");
            }

            html.Append("</div>\n");
        }

        foreach (var cell in grade.Cells)
        {
            var (mark, words) = cell.Outcome switch
            {
                CellOutcome.Passed => ("✓", "passed"),
                CellOutcome.Failed => ("✗", "failed"),
                CellOutcome.NotAttempted => ("✗", "not attempted"),
                CellOutcome.NotRun => ("✗", "did not run"),
                _ => ("…", "graded by your instructor"),
            };
            html.Append("<section class=\"cell ").Append(cell.Outcome.ToString().ToLowerInvariant()).Append("\">\n<h2>")
                .Append(mark).Append(' ').Append(Encode(cell.GradeId)).Append(" — ").Append(words);
            if (cell.Points is { } points)
            {
                html.Append(" (").Append(Encode(Number(points))).Append(" / ").Append(Encode(Number(cell.MaxPoints))).Append(')');
            }
            else
            {
                html.Append(" (").Append(Encode(Number(cell.MaxPoints))).Append(" points)");
            }

            html.Append("</h2>\n");
            foreach (var check in cell.Checks)
            {
                html.Append("<pre>").Append(Encode(check)).Append("</pre>\n");
            }

            if (cell.Message is { } message)
            {
                html.Append("<pre class=\"message\">✗ ").Append(Encode(message)).Append("</pre>\n");
            }

            html.Append("</section>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>HTML-encodes <paramref name="text"/>, and breaks any <c>javascript:</c> so no part of the page can read as a script address.</summary>
    internal static string Encode(string text) => JavascriptScheme().Replace(WebUtility.HtmlEncode(text), m => m.Value[..^1] + "&#58;");

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?i)j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:")]
    private static partial Regex JavascriptScheme();
}
