using static MembraneKit.Grading.Tests.SourceNotebook;

namespace MembraneKit.Grading.Tests.Source;

public class AssignmentSourceTests
{
    private const string Answer = "double Answer()\n{\n    // BEGIN SOLUTION\n    return 42;\n    // END SOLUTION\n}";

    [Fact]
    public void A_well_formed_source_is_read_with_its_roles_and_regions()
    {
        var source = new SourceNotebook()
            .Markdown("# Homework")
            .Code("double x = 4; // mM, variant: 3..6 step 0.5", Meta(locked: true, id: "parameters"), "p", "parameters")
            .Code(Answer, Meta(solution: true, id: "answer"), "a")
            .Code("Check(Answer());\n// BEGIN HIDDEN TESTS\nCheck(Answer() > 0);\n// END HIDDEN TESTS", Meta(grade: true, id: "test", points: 2), "t")
            .Check();

        Assert.Equal(1, source.ParametersCellIndex);
        var variant = Assert.Single(source.Variants);
        Assert.Equal(("x", 4.0, 3.0, 6.0, 0.5, 7), (variant.Name, variant.SourceValue, variant.Minimum, variant.Maximum, variant.Step, variant.Count));
        Assert.Equal(new CodeRegion(3, 5, null), Assert.Single(source.Cells[2].Solutions));
        Assert.Equal(new CodeRegion(2, 4, null), Assert.Single(source.Cells[3].HiddenTests));
        Assert.True(source.Cells[1].IsLocked && source.Cells[3].IsLocked && !source.Cells[2].IsLocked);
    }

    [Fact]
    public void A_duplicate_grade_id_is_refused_naming_both_cells()
    {
        var error = new SourceNotebook()
            .Code(Answer, Meta(solution: true, id: "answer"), "first")
            .Code(Answer, Meta(solution: true, id: "answer"), "second")
            .Refused();

        var problem = Assert.Single(error.Problems);
        Assert.Equal((1, "second"), (problem.CellIndex, problem.CellId));
        Assert.Contains("duplicate grade_id 'answer'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("cell 0", problem.Message, StringComparison.Ordinal);
        Assert.Contains("cell 1 (id 'second')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_solution_region_never_closed_is_refused_at_its_opening_line()
    {
        var problem = Single(new SourceNotebook().Markdown("intro").Code("int f()\n{\n  // BEGIN SOLUTION\n  return 1;\n}", Meta(solution: true, id: "f"), "open"));
        Assert.Equal((1, "open", 3), (problem.CellIndex, problem.CellId, problem.Line));
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_marker_with_no_beginning_is_refused_at_its_line()
    {
        var problem = Single(new SourceNotebook().Code("int x = 1;\n// END SOLUTION", Meta(solution: true, id: "f"), "c"));
        Assert.Equal(2, problem.Line);
        Assert.Contains("no 'BEGIN SOLUTION'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_solution_regions_are_refused_at_the_inner_line()
    {
        var problem = Single(new SourceNotebook().Code("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION", Meta(solution: true, id: "f"), "c"));
        Assert.Equal(2, problem.Line);
        Assert.Contains("cannot nest", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_on_a_cell_that_is_not_a_grade_cell_are_refused()
    {
        var problem = Single(new SourceNotebook().Code(Answer, Meta(solution: true, id: "f", points: 3), "c"));
        Assert.Equal((0, "c", (int?)null), (problem.CellIndex, problem.CellId, problem.Line));
        Assert.Contains("points (3) on a cell that is not a grade cell", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grade_cell_without_points_is_refused()
    {
        var problem = Single(new SourceNotebook().Code("Check();", Meta(grade: true, id: "t"), "c"));
        Assert.Contains("grade cell 't' has no metadata.nbgrader.points", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_tests_region_outside_a_grade_cell_is_refused_at_its_line()
    {
        var problem = Single(new SourceNotebook().Code("var a = 1;\n// BEGIN HIDDEN TESTS\nCheck();\n// END HIDDEN TESTS", Meta(locked: true, id: "l"), "c"));
        Assert.Equal(2, problem.Line);
        Assert.Contains("hidden-tests region outside a grade cell", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_tests_region_never_closed_is_refused()
    {
        var problem = Single(new SourceNotebook().Code("Check();\n// BEGIN HIDDEN TESTS\nCheck();", Meta(grade: true, id: "t", points: 1), "c"));
        Assert.Equal(2, problem.Line);
        Assert.Contains("'BEGIN HIDDEN TESTS' is never closed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_solution_region_in_a_plain_cell_is_refused()
    {
        var problem = Single(new SourceNotebook().Code("var a = 1;\n// BEGIN SOLUTION\nvar b = 2;\n// END SOLUTION", id: "plain"));
        Assert.Equal((0, "plain", 2), (problem.CellIndex, problem.CellId, problem.Line));
        Assert.Contains("not a solution cell", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tracked_cell_without_a_grade_id_is_refused()
    {
        var problem = Single(new SourceNotebook().Code("x", Meta(locked: true), "c"));
        Assert.Contains("non-empty metadata.nbgrader.grade_id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_that_is_not_markdown_and_a_markdown_grade_cell_that_is_not_a_solution_are_refused()
    {
        var error = new SourceNotebook()
            .Code("x", Meta(locked: true, id: "t1", task: true), "task")
            .Markdown("Explain.", Meta(grade: true, id: "md", points: 1), "md")
            .Refused();
        Assert.Contains(error.Problems, p => p.CellIndex == 0 && p.Message.Contains("task cell must be markdown", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.CellIndex == 1 && p.Message.Contains("is not a solution cell", StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_the_schema_refuses_is_reported_with_the_field()
    {
        var problem = Single(new SourceNotebook().Code("x", """{"schema_version":3,"grade":false,"solution":false,"locked":"no"}""", "c"));
        Assert.StartsWith("metadata.nbgrader.locked:", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("double x = 4; // variant: 3..6", "not of the form")]
    [InlineData("double x = 4; // variant: 6..3 step 0.5", "from a smaller to a larger value")]
    [InlineData("double x = 4; // variant: 3..6 step 0", "must be greater than 0")]
    [InlineData("double x = 4; // variant: 3..6 step 0.7", "not a whole number of steps")]
    [InlineData("double x = 8; // variant: 3..6 step 0.5", "the source's own value 8 is not one of the values")]
    [InlineData("double x = 4.2; // variant: 3..6 step 0.5", "the source's own value 4.2 is not one of the values")]
    [InlineData("int n = 4; // variant: 3..6 step 0.5", "whole numbers")]
    [InlineData("double x = 4, y = 5; // variant: 3..6 step 0.5", "not of the form")]
    public void A_bad_variant_declaration_is_refused_at_its_line(string declaration, string expected)
    {
        var problem = Single(new SourceNotebook().Code("double t = 37;\n" + declaration, id: "p", tags: "parameters"));
        Assert.Equal((0, "p", 2), (problem.CellIndex, problem.CellId, problem.Line));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_outside_the_parameters_cell_is_refused()
    {
        var problem = Single(new SourceNotebook().Code("double t = 37;", id: "p", tags: "parameters").Code("double x = 4; // variant: 3..6 step 1", id: "other"));
        Assert.Equal((1, "other", 1), (problem.CellIndex, problem.CellId, problem.Line));
        Assert.Contains("outside the cell tagged 'parameters'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_in_cell_order()
    {
        var error = new SourceNotebook()
            .Code("// BEGIN SOLUTION", Meta(solution: true, id: "a"), "c0")
            .Code("x", Meta(solution: true, id: "a", points: 1), "c1")
            .Refused();

        Assert.Equal([0, 1, 1], error.Problems.Select(p => p.CellIndex));
        Assert.Contains("3 problems", error.Message, StringComparison.Ordinal);
    }

    private static SourceProblem Single(SourceNotebook notebook) => Assert.Single(notebook.Refused().Problems);
}
