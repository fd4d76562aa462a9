using MembraneKit.Notebooks;

namespace MembraneKit.Grading.Tests;

/// <summary>Scoring from cell results, the gradebook's CSV and the feedback page's encoding.</summary>
public sealed class GradeOutputTests
{
    private static readonly PreparedSubmission Prepared = new(
        Notebook.CreateEmpty(),
        new Dictionary<int, string>(),
        [new GradeCell(1, "a", 2, true), new GradeCell(2, "b", 1.5, true), new GradeCell(3, "c", 1, true), new GradeCell(4, "d", 4, true), new GradeCell(5, "essay", 3, false)],
        [],
        0);

    private static CellResult Result(CellStatus status, params NotebookOutput[] outputs) => new(1, status, outputs, TimeSpan.Zero, TimeSpan.Zero);

    [Fact]
    public void A_cell_earns_all_its_points_or_none_and_a_stub_is_not_attempted()
    {
        var grade = SubmissionScoring.Score(Prepared, new Dictionary<int, CellResult>
        {
            [1] = Result(CellStatus.Succeeded, new DisplayDataOutput(new Dictionary<string, string> { ["text/plain"] = "✓ fine" })),
            [2] = Result(CellStatus.Failed, new ErrorOutput("MembraneKit.ExpectationFailedException", "x: expected 1, got 2.", [])),
            [3] = Result(CellStatus.Failed, new ErrorOutput(SubmissionScoring.StubErrorName, "write your answer", [])),
        }, "the cell overflowed the stack");

        Assert.Equal([CellOutcome.Passed, CellOutcome.Failed, CellOutcome.NotAttempted, CellOutcome.NotRun, CellOutcome.Manual], grade.Cells.Select(c => c.Outcome));
        Assert.Equal(2, grade.Total);
        Assert.Equal(2 + 1.5 + 1 + 4, grade.Maximum);
        Assert.Equal(["✓ fine"], grade.Cells[0].Checks);
        Assert.Contains("got 2", grade.Cells[1].Message, StringComparison.Ordinal);
        Assert.Contains("overflowed the stack", grade.Cells[3].Message, StringComparison.Ordinal);
        Assert.Null(grade.Cells[4].Points);
    }

    [Fact]
    public void The_gradebook_quotes_fields_and_defuses_formulas()
    {
        var grade = new SubmissionGrade([new CellGrade("a", CellOutcome.Passed, 2, 2, [], null), new CellGrade("essay", CellOutcome.Manual, null, 3, [], null)], [], null);
        var rows = new[]
        {
            new GradedSubmission("k1", "k1.ipynb", grade, null),
            new GradedSubmission("k2", "k2.ipynb", null, "=HYPERLINK(\"x\"), said \"hi\""),
        };

        var csv = GradesCsv.Write(["a", "essay"], rows).Split("\r\n");

        Assert.Equal("student,total,maximum,status,a,essay,notes", csv[0]);
        Assert.Equal("k1,2,2,graded,2,,to grade by hand: essay", csv[1]);
        Assert.Equal("k2,,,error,,,\"'=HYPERLINK(\"\"x\"\"), said \"\"hi\"\"\"", csv[2]);
    }

    [Fact]
    public void The_feedback_page_encodes_what_a_submission_printed_and_spells_no_script_address()
    {
        var grade = new SubmissionGrade(
            [new CellGrade("a", CellOutcome.Failed, 0, 2, ["<script>alert(1)</script>"], "got <img src=x onerror=alert(1)> and JavaScript :alert(2) and javascript:alert(3)")],
            [new CellTampering("t", TamperingKind.Edited, "<b>edited</b>")],
            null);

        var page = FeedbackPage.Render(new GradedSubmission("k<1>", "f", grade, null), "hw & co");

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?i)j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:", page);
        Assert.Contains("k&lt;1&gt;", page, StringComparison.Ordinal);
        Assert.Contains("hw &amp; co", page, StringComparison.Ordinal);
        Assert.Contains("✗ a — failed (0 / 2)", page, StringComparison.Ordinal);
    }
}
