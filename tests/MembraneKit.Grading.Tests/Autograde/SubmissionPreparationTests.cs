using MembraneKit.Notebooks;
using static MembraneKit.Grading.Tests.SourceNotebook;

namespace MembraneKit.Grading.Tests;

public sealed class SubmissionPreparationTests
{
    private static readonly AssignmentSource Source = new SourceNotebook()
        .Markdown("# Homework", id: "intro")
        .Code("double x = 2; // variant: 1..3 step 1", Meta(locked: true, id: "params"), "p", "parameters")
        .Code("int Twice(int n)\n{\n    // BEGIN SOLUTION\n    return 2 * n;\n    // END SOLUTION\n}", Meta(solution: true, id: "twice"), "a")
        .Code("if (Twice(3) != 6) throw new Exception(\"Twice(3)\");\n// BEGIN HIDDEN TESTS\nif (Twice(-4) != -8) throw new Exception(\"Twice(-4)\");\n// END HIDDEN TESTS", Meta(grade: true, id: "test-twice", points: 3), "t")
        .Markdown("Explain.", Meta(grade: true, solution: true, id: "explain", points: 2), "e")
        .Check();

    private static ReleasedNotebook Release(string student = "k1") => AssignmentRelease.ForStudent(Source, student, 5);

    private static PreparedSubmission Prepare(Notebook submission, ReleasedNotebook? release = null)
    {
        var prepared = SubmissionPreparation.TryPrepare(Source, release ?? Release(), submission, out var problem);
        Assert.True(prepared is not null, problem);
        return prepared;
    }

    private static NotebookCell Cell(Notebook notebook, string gradeId) => notebook.Cells.Single(c => NbgraderMetadata.Read(c)?.GradeId == gradeId);

    [Fact]
    public void An_untouched_release_has_no_tampering_and_its_hidden_tests_are_held_apart()
    {
        var prepared = Prepare(Release().Notebook.Clone());

        Assert.Empty(prepared.Tampering);
        var test = prepared.GradeCells.Single(c => c.GradeId == "test-twice");
        Assert.DoesNotContain("Twice(-4)", prepared.Notebook.Cells[test.Index].Source, StringComparison.Ordinal);
        Assert.Contains("Twice(-4)", prepared.SourceToRun(test.Index), StringComparison.Ordinal);
        Assert.Equal([("test-twice", 3.0, true), ("explain", 2.0, false)], prepared.GradeCells.Select(c => (c.GradeId, c.Points, c.Automatic)));
    }

    [Fact]
    public void The_answer_is_kept_and_an_edited_test_and_parameters_cell_are_restored_and_named()
    {
        var submission = Release().Notebook.Clone();
        Cell(submission, "twice").Source = "int Twice(int n) => n + n;";
        Cell(submission, "test-twice").Source = "// nothing to see";
        Cell(submission, "params").Source = "double x = 100;";

        var prepared = Prepare(submission);

        Assert.Equal("int Twice(int n) => n + n;", Cell(prepared.Notebook, "twice").Source);
        Assert.Equal(Cell(Release().Notebook, "test-twice").Source, Cell(prepared.Notebook, "test-twice").Source);
        Assert.Equal(Cell(Release().Notebook, "params").Source, Cell(prepared.Notebook, "params").Source);
        Assert.Equal([("params", TamperingKind.Edited), ("test-twice", TamperingKind.Edited)], prepared.Tampering.Select(t => (t.GradeId, t.Kind)).Order());
    }

    [Fact]
    public void A_changed_points_value_is_caught_by_the_checksum_though_the_source_is_the_same()
    {
        var submission = Release().Notebook.Clone();
        Cell(submission, "test-twice").Metadata["nbgrader"]!["points"] = 300;

        var tampering = Assert.Single(Prepare(submission).Tampering);

        Assert.Equal(TamperingKind.Edited, tampering.Kind);
        Assert.Contains("checksum", tampering.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_test_cell_is_put_back_in_its_place()
    {
        var submission = Without(Release().Notebook, "test-twice");

        var prepared = Prepare(submission);

        Assert.Equal(("test-twice", TamperingKind.Deleted), prepared.Tampering.Select(t => (t.GradeId, t.Kind)).Single());
        Assert.Equal(Source.Notebook.Cells.Count, prepared.Notebook.Cells.Count);
        Assert.Equal("test-twice", NbgraderMetadata.Read(prepared.Notebook.Cells[3])?.GradeId);
    }

    [Fact]
    public void A_moved_test_cell_is_reported_and_put_back_in_order()
    {
        var release = Release().Notebook;
        var order = new[] { 0, 1, 3, 2, 4 };
        var moved = Reordered(release, order);

        var prepared = Prepare(moved);

        Assert.Equal(TamperingKind.Moved, Assert.Single(prepared.Tampering).Kind);
        Assert.Equal(["params", "twice", "test-twice", "explain"], prepared.Notebook.Cells.Select(c => NbgraderMetadata.Read(c)?.GradeId).OfType<string>());
    }

    [Fact]
    public void A_cell_the_student_added_stays_after_the_cell_it_followed()
    {
        var submission = Release().Notebook.Clone();
        submission.InsertCell(3, NotebookCell.CreateCode("var mine = Twice(1);", kernelName: "csharp"));

        var prepared = Prepare(submission);

        Assert.Equal(1, prepared.AddedCells);
        Assert.Equal("var mine = Twice(1);", prepared.Notebook.Cells[3].Source);
        Assert.Equal("test-twice", NbgraderMetadata.Read(prepared.Notebook.Cells[4])?.GradeId);
        Assert.Equal(4, prepared.GradeCells[0].Index);
        Assert.Equal(prepared.Notebook.Cells.Count, prepared.Notebook.Cells.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void A_notebook_without_the_assignments_cells_is_not_of_this_assignment()
    {
        var other = new SourceNotebook().Code("var y = 1;", Meta(solution: true, id: "other-answer")).Build();

        var prepared = SubmissionPreparation.TryPrepare(Source, Release(), other, out var problem);

        Assert.Null(prepared);
        Assert.Contains("not a notebook of this assignment", problem, StringComparison.Ordinal);
        Assert.Contains("other-answer", problem, StringComparison.Ordinal);
    }

    private static Notebook Without(Notebook notebook, string gradeId) =>
        Reordered(notebook, [.. Enumerable.Range(0, notebook.Cells.Count).Where(i => NbgraderMetadata.Read(notebook.Cells[i])?.GradeId != gradeId)]);

    private static Notebook Reordered(Notebook notebook, int[] order)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(notebook.ToJson())!.AsObject();
        var cells = root["cells"]!.AsArray();
        root["cells"] = new System.Text.Json.Nodes.JsonArray([.. order.Select(i => cells[i]!.DeepClone())]);
        return Notebook.Parse(root.ToJsonString());
    }
}
