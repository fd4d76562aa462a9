using AngleSharp.Html.Parser;
using MembraneKit.Cli.Tests.Homework;
using MembraneKit.Notebooks;
using MembraneKit.Notebooks.Tests;

namespace MembraneKit.Cli.Tests.Grading;

/// <summary>
/// <c>membranekit grade</c> on the sample class (<see cref="SampleClass"/>): the clean submissions alone, and
/// with the hostile corpus in the same batch (<see cref="GradedClassFixture"/> grades both once).
/// </summary>
public sealed class GradeCommandTests(GradedClassFixture graded) : IClassFixture<GradedClassFixture>
{
    private GradesTable Clean => GradesTable.Load(Path.Combine(graded.CleanOut, "grades.csv"));

    private GradesTable All => GradesTable.Load(Path.Combine(graded.AllOut, "grades.csv"));

    [Fact]
    public void Grading_succeeds_though_students_fail_and_says_which_sandbox_it_used()
    {
        Assert.True(graded.CleanRun.Code == 0, graded.CleanRun.Output + graded.CleanRun.Error);
        Assert.True(graded.AllRun.Code == 0, graded.AllRun.Output + graded.AllRun.Error);
        Assert.Contains("the source earns 9 of 9 points", graded.AllRun.Output, StringComparison.Ordinal);
        if (graded.Sandboxed)
        {
            Assert.Contains("sandbox: Landlock ABI", graded.AllRun.Output, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("WITHOUT a file system sandbox", graded.AllRun.Output, StringComparison.Ordinal);
            Assert.Contains("NOT CONFINED", graded.AllRun.Output, StringComparison.Ordinal);
        }

        Assert.Equal(SampleClass.Clean.Count + graded.Hostile.Count, All.Rows.Count);
    }

    [Fact]
    public void Every_clean_submission_gets_the_points_of_the_tests_its_answers_pass()
    {
        foreach (var table in new[] { Clean, All })
        {
            foreach (var student in SampleClass.Clean)
            {
                AssertGrade(table, student);
            }
        }
    }

    [Fact]
    public void Every_clean_grade_is_identical_with_and_without_the_hostile_submissions_in_the_batch()
    {
        foreach (var student in SampleClass.Clean)
        {
            Assert.Equal(Clean.Rows[student.Id], All.Rows[student.Id]);
        }
    }

    [Fact]
    public void Every_hostile_submission_is_graded_on_its_own_and_gets_what_its_answers_earn()
    {
        foreach (var student in graded.Hostile)
        {
            AssertGrade(All, student);
        }
    }

    [Fact]
    public void A_submission_that_ends_its_process_is_told_how_and_keeps_the_points_it_earned_before()
    {
        Assert.Contains("overflowed the stack", All.Rows["h-recursion"]["notes"], StringComparison.Ordinal);
        Assert.Contains("Environment.Exit(0)", All.Rows["h-exit"]["notes"], StringComparison.Ordinal);
        Assert.Contains("ran out of time", Feedback("h-infinite-loop"), StringComparison.Ordinal);
        Assert.Contains("ran out of time", Feedback("h-sleep-forever"), StringComparison.Ordinal);
        // Stopped by the GC heap limit, or — on a slow or loaded machine, where collections near the limit take long — by the cell's time limit first.
        Assert.Matches("OutOfMemoryException|Out of memory|ran out of time", All.Rows["h-allocation-bomb"]["notes"] + Feedback("h-allocation-bomb"));
        // Native memory is past the heap limit's sight: the watch on the resident set ends the process (or, on a loaded machine, the cell's time limit comes first).
        Assert.Matches(@"the process used more than 768 MB of memory and was ended|Out of memory|ran out of time", All.Rows["h-native-memory"]["notes"] + Feedback("h-native-memory"));
    }

    [Fact]
    public void A_submission_reads_and_writes_only_its_own_scratch_folder()
    {
        if (!graded.Sandboxed)
        {
            // Nothing confines it here (no Landlock): it was left out of the batch, and the run said so.
            Assert.DoesNotContain(graded.Hostile, s => s.Id == "h-files");
            return;
        }

        var executed = Notebook.Load(Path.Combine(graded.AllOut, "h-files", HomeworkSource.FileName));
        var printed = string.Join("", executed.Cells.SelectMany(c => c.Outputs).OfType<StreamOutput>().Select(s => s.Text));
        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Count(l => l.StartsWith("denied: ", StringComparison.Ordinal)));
        Assert.Equal(["ALLOWED: write in its own folder"], lines.Where(l => l.StartsWith("ALLOWED", StringComparison.Ordinal)));
        Assert.True(File.Exists(graded.Targets.OtherSubmission));
        Assert.DoesNotContain("h-files,100", File.ReadAllText(Path.Combine(graded.AllOut, "grades.csv")), StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetTempPath(), "membranekit-grade-*"), d => Directory.GetFiles(d, "scratch.txt", SearchOption.AllDirectories).Length > 0);
    }

    [Fact]
    public void Tampering_is_undone_and_reported_naming_the_cell()
    {
        Assert.Contains("test-resting-potential", All.Rows["edited-test"]["notes"], StringComparison.Ordinal);
        Assert.Contains("was edited", All.Rows["edited-test"]["notes"], StringComparison.Ordinal);
        var deleted = All.Rows["deleted-tests"]["notes"];
        Assert.All(SampleClass.AllTests, id => Assert.Contains($"the locked cell '{id}' was deleted", deleted, StringComparison.Ordinal));
    }

    [Fact]
    public void Files_that_are_not_notebooks_of_this_assignment_are_named_as_such()
    {
        Assert.Contains("zip archive", All.Rows["h-zip"]["notes"], StringComparison.Ordinal);
        Assert.Contains("not a Jupyter notebook", All.Rows["h-not-json"]["notes"], StringComparison.Ordinal);
        Assert.Contains("not a notebook of this assignment", All.Rows["h-other-assignment"]["notes"], StringComparison.Ordinal);
    }

    [Fact]
    public void Feedback_marks_every_test_with_the_failing_message_and_the_students_own_value()
    {
        var page = new HtmlParser().ParseDocument(Feedback("partly-wrong"));
        var headings = page.QuerySelectorAll("section h2").Select(h => h.TextContent).ToArray();
        Assert.Equal(SampleClass.AllTests.Length + 1, headings.Length);
        Assert.StartsWith("✓ test-equilibrium-potential", headings[0], StringComparison.Ordinal);
        Assert.StartsWith("✗ test-resting-potential", headings[1], StringComparison.Ordinal);
        var message = page.QuerySelector("section.failed pre.message")!.TextContent;
        Assert.Contains("your resting potential: expected", message, StringComparison.Ordinal);
        Assert.Contains(", got ", message, StringComparison.Ordinal);
        Assert.Contains("explain-hyperkalemia — graded by your instructor", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Feedback_pages_have_no_script_and_no_javascript_address()
    {
        foreach (var file in Directory.GetFiles(graded.AllOut, "feedback.html", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("javascript:", text, StringComparison.OrdinalIgnoreCase);
            var page = new HtmlParser().ParseDocument(text);
            Assert.Empty(page.QuerySelectorAll("script, iframe, object, embed, a, img"));
        }

        Assert.Equal(All.Rows.Count, Directory.GetFiles(graded.AllOut, "feedback.html", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void The_executed_notebooks_are_valid_and_hold_the_hidden_tests_and_cut_streams()
    {
        var paths = Directory.GetFiles(graded.CleanOut, "*.ipynb", SearchOption.AllDirectories);
        Assert.Equal(SampleClass.Clean.Count, paths.Length);
        Assert.All(NotebookValidator.CheckAsWritten(paths), Assert.Null);
        Assert.Contains("roomTemperature", File.ReadAllText(Path.Combine(graded.CleanOut, "correct", HomeworkSource.FileName)), StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(graded.AllOut, "h-ten-million-lines", HomeworkSource.FileName)).Length < 1_000_000);
    }

    [Fact]
    public async Task An_output_folder_that_is_not_empty_is_refused_until_force_is_given()
    {
        var before = File.ReadAllText(Path.Combine(graded.CleanOut, "grades.csv"));

        var (code, _, error) = await CliRun.RunAsync("grade", graded.CleanFolder, "--source", HomeworkSource.SourcePath, "--out", graded.CleanOut);

        Assert.Equal(2, code);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(graded.CleanOut, "grades.csv")));
    }

    [Fact]
    public async Task A_source_that_is_not_an_assignment_stops_grading_with_its_problem_named()
    {
        var folder = CliRun.TempFolder();
        var bad = Path.Combine(folder, "bad.ipynb");
        CliRun.WriteNotebook(bad, "// BEGIN SOLUTION\nvar x = 1;");

        var (code, _, error) = await CliRun.RunAsync("grade", graded.CleanFolder, "--source", bad, "--out", Path.Combine(folder, "out"));

        Assert.Equal(2, code);
        Assert.Contains("bad.ipynb", error, StringComparison.Ordinal);
        Assert.Contains("END SOLUTION", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    private string Feedback(string student) => File.ReadAllText(Path.Combine(graded.AllOut, student, "feedback.html"));

    private static void AssertGrade(GradesTable table, SampleClass.Student student)
    {
        var row = table.Rows[student.Id];
        if (student.MayAbortOutOfMemory && row["notes"].Contains("Out of memory", StringComparison.Ordinal))
        {
            Assert.Equal("ended-early", row["status"]);
            return;
        }

        Assert.True(student.Status == row["status"] || student.StatusWhenSlow == row["status"], $"{student.Id}: status {row["status"]}, expected {student.Status} ({row["notes"]})");
        if (student.Make is null)
        {
            Assert.Equal("", row["total"]);
            return;
        }

        Assert.True(student.Total.ToString(System.Globalization.CultureInfo.InvariantCulture) == row["total"], $"{student.Id}: total {row["total"]}, expected {student.Total} ({row["notes"]})");
        foreach (var test in SampleClass.AllTests)
        {
            var expected = student.Passes.Contains(test) ? SampleClass.Points[test] : 0;
            Assert.True(expected.ToString(System.Globalization.CultureInfo.InvariantCulture) == row[test], $"{student.Id}: {test} {row[test]}, expected {expected}");
        }

        Assert.Equal("", row["explain-hyperkalemia"]);
        Assert.Equal("9", row["maximum"]);
    }
}
