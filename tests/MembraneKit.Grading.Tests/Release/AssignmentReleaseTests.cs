using System.Globalization;
using MembraneKit.Notebooks;
using MembraneKit.Notebooks.Tests;
using static MembraneKit.Grading.Tests.SourceNotebook;

namespace MembraneKit.Grading.Tests.Release;

public class AssignmentReleaseTests
{
    private static AssignmentSource Homework() => new SourceNotebook()
        .Markdown("# Homework")
        .Code("double temperatureCelsius = 37;\ndouble outside = 4; // mM, variant: 3..6 step 0.5\nint count = 10; // variant: 5..50 step 5", Meta(locked: true, id: "parameters"), "p", "parameters")
        .Code("double Answer(double x)\n{\n    // BEGIN SOLUTION hint: return the \"secret\" \\ value\n    return SecretSauce(x);\n    // END SOLUTION\n}", Meta(solution: true, id: "answer"), "a").WithOutput("solved\n")
        .Code("// BEGIN SOLUTION\nvar hidden = SecretSauce(1);\n// END SOLUTION\nConsole.WriteLine(hidden);", Meta(grade: true, solution: true, id: "graded-answer", points: 1), "ga")
        .Code("Check(Answer(outside));\n// BEGIN HIDDEN TESTS\nCheck(SecretHiddenCheck(outside));\n// END HIDDEN TESTS\nCheck(true);", Meta(grade: true, id: "test", points: 2), "t").WithOutput("ok\n")
        .Code("var all = SecretSauce(2);", Meta(solution: true, id: "whole"), "w")
        .Markdown("**Answer:** SecretProse", Meta(grade: true, solution: true, id: "prose", points: 1), "m")
        .Check();

    [Fact]
    public void Solutions_become_stubs_that_throw_with_the_hint_and_hidden_tests_are_gone()
    {
        var notebook = AssignmentRelease.ForClass(Homework()).Notebook;
        var text = string.Join("\n", notebook.Cells.Select(c => c.Source));

        Assert.DoesNotContain("Secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN", text, StringComparison.Ordinal);
        Assert.Equal("double Answer(double x)\n{\n    // YOUR CODE HERE\n    throw new NotImplementedException(\"return the \\\"secret\\\" \\\\ value\");\n}", notebook.Cells[2].Source);
        Assert.Contains("throw new NotImplementedException(\"write your answer here (graded-answer)\");\nConsole.WriteLine(hidden);", notebook.Cells[3].Source, StringComparison.Ordinal);
        Assert.Equal("Check(Answer(outside));\nCheck(true);", notebook.Cells[4].Source);
        Assert.Equal("// YOUR CODE HERE\nthrow new NotImplementedException(\"write your answer here (whole)\");", notebook.Cells[5].Source);
        Assert.Equal(AssignmentRelease.TextStub, notebook.Cells[6].Source);
    }

    [Fact]
    public void Outputs_and_execution_counts_are_cleared_and_the_source_is_left_alone()
    {
        var source = Homework();
        var notebook = AssignmentRelease.ForClass(source).Notebook;

        Assert.All(notebook.Cells.Where(c => c.IsCode), c => Assert.True(c.Outputs.Count == 0 && c.ExecutionCount is null));
        Assert.Contains("SecretSauce", source.Notebook.Cells[2].Source, StringComparison.Ordinal);
        Assert.NotEmpty(source.Notebook.Cells[2].Outputs);
    }

    [Fact]
    public void Each_tracked_cell_carries_the_nbgrader_checksum_of_what_was_released()
    {
        var released = AssignmentRelease.ForClass(Homework());
        var tracked = released.Notebook.Cells.Where(c => NbgraderMetadata.Read(c) is { IsTracked: true }).ToArray();

        Assert.Equal(6, tracked.Length);
        Assert.Equal(tracked.Select(c => NbgraderMetadata.Read(c)!.GradeId!).Order(), released.Checksums.Keys.Order());
        foreach (var cell in tracked)
        {
            var meta = NbgraderMetadata.Read(cell)!;
            Assert.Equal(released.Checksums[meta.GradeId!], meta.Checksum);
            Assert.Equal(cell.CellType, cell.Metadata["nbgrader"]!["cell_type"]!.GetValue<string>());
            Assert.Equal(NbgraderChecksum.Compute(cell), meta.Checksum);
        }

        Assert.Null(released.Notebook.Cells[0].Metadata["nbgrader"]);
    }

    [Fact]
    public void The_checksum_of_the_released_test_cell_differs_from_the_source_with_its_hidden_tests()
    {
        var source = Homework();
        var released = AssignmentRelease.ForClass(source);
        var original = source.Notebook.Clone().Cells[4];

        Assert.NotEqual(NbgraderChecksum.Compute(original), released.Checksums["test"]);
    }

    [Fact]
    public void Cells_are_locked_as_nbgrader_locks_them()
    {
        var cells = AssignmentRelease.ForClass(Homework()).Notebook.Cells;

        Assert.Equal(("False", "False"), (cells[1].Metadata["deletable"]?.ToJsonString(), cells[1].Metadata["editable"]?.ToJsonString()) is var (d, e) ? (Cap(d), Cap(e)) : default);
        Assert.Equal("false", cells[2].Metadata["deletable"]!.ToJsonString());
        Assert.Null(cells[2].Metadata["editable"]);
        Assert.Equal("false", cells[4].Metadata["editable"]!.ToJsonString());
        Assert.Null(cells[0].Metadata["deletable"]);

        static string? Cap(string? s) => s is null ? null : char.ToUpperInvariant(s[0]) + s[1..];
    }

    [Fact]
    public void The_student_version_is_valid_nbformat_for_the_official_validator()
    {
        NotebookValidator.AssertValid(AssignmentRelease.ForStudent(Homework(), "s001", 7).Notebook);
    }

    [Fact]
    public void The_class_version_keeps_the_sources_values()
    {
        var released = AssignmentRelease.ForClass(Homework());

        Assert.Equal(4.0, released.Parameters["outside"]);
        Assert.Equal(10.0, released.Parameters["count"]);
        Assert.Contains("double outside = 4; // mM, your own value", released.Notebook.Cells[1].Source, StringComparison.Ordinal);
        Assert.DoesNotContain("variant", released.Notebook.Cells[1].Source, StringComparison.Ordinal);
        Assert.StartsWith("double temperatureCelsius = 37;\n", released.Notebook.Cells[1].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_students_values_are_reproducible_from_their_id_and_the_seed()
    {
        var source = Homework();
        var first = AssignmentRelease.ForStudent(source, "s001", 2026);
        var again = AssignmentRelease.ForStudent(source, "s001", 2026);

        Assert.Equal(first.Parameters, again.Parameters);
        Assert.Equal(first.Notebook.ToJson(), again.Notebook.ToJson());
    }

    [Fact]
    public void The_values_are_the_stable_hash_python_computes_independently()
    {
        // SHA-256 of "membranekit-variant\n<seed>\n<id>\n<name>", first 8 bytes little-endian, modulo the count.
        var script = """
            import hashlib, sys
            seed, count = sys.argv[1], int(sys.argv[2])
            for sid in sys.argv[3:]:
                h = hashlib.sha256(f"membranekit-variant\n{seed}\n{sid}\noutside".encode()).digest()
                print(3 + 0.5 * (int.from_bytes(h[:8], "little") % count))
            """;
        string[] ids = ["s001", "s002", "ada", "Émile-7", "x.y_z"];
        var expected = Python.Run(script, ["2026", "7", .. ids]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture));

        Assert.Equal(expected, ids.Select(id => AssignmentRelease.ForStudent(Homework(), id, 2026).Parameters["outside"]));
    }

    [Fact]
    public void Students_get_different_values_within_the_declared_ranges_and_on_its_steps()
    {
        var source = Homework();
        var releases = Enumerable.Range(1, 40).Select(i => AssignmentRelease.ForStudent(source, $"s{i:000}", 99)).ToArray();

        foreach (var release in releases)
        {
            var outside = release.Parameters["outside"];
            var count = release.Parameters["count"];
            Assert.InRange(outside, 3, 6);
            Assert.Equal(0, (outside - 3) * 2 % 1);
            Assert.InRange(count, 5, 50);
            Assert.Equal(0, count % 5);
            Assert.Contains($"double outside = {outside.ToString(CultureInfo.InvariantCulture)}; // mM, your own value", release.Notebook.Cells[1].Source, StringComparison.Ordinal);
            Assert.Contains($"int count = {count.ToString(CultureInfo.InvariantCulture)}; // your own value", release.Notebook.Cells[1].Source, StringComparison.Ordinal);
        }

        // 7 × 10 combinations among 40 students: all 7 values of [K⁺]ₒ turn up, and few students share both values.
        Assert.Equal(7, releases.Select(r => r.Parameters["outside"]).Distinct().Count());
        Assert.True(releases.Select(r => (r.Parameters["outside"], r.Parameters["count"])).Distinct().Count() >= 25);
        Assert.True(releases.Select(r => r.Checksums["parameters"]).Distinct().Count() >= 25, "the parameters cell's checksum follows the student's values");
    }

    [Fact]
    public void Another_seed_gives_the_class_other_values()
    {
        var source = Homework();
        var ids = Enumerable.Range(1, 20).Select(i => $"s{i}").ToArray();
        var a = ids.Select(id => AssignmentRelease.ForStudent(source, id, 1).Parameters["outside"]).ToArray();
        var b = ids.Select(id => AssignmentRelease.ForStudent(source, id, 2).Parameters["outside"]).ToArray();

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_source_with_no_nbgrader_cells_is_released_unchanged_but_for_outputs()
    {
        var source = new SourceNotebook().Code("var a = 1;").WithOutput("x").Check();
        var released = AssignmentRelease.ForClass(source);

        Assert.Equal("var a = 1;", released.Notebook.Cells[0].Source);
        Assert.Empty(released.Checksums);
        Assert.IsType<Notebook>(released.Notebook);
    }
}
