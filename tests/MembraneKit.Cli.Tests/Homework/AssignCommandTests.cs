using System.Text.Json.Nodes;
using MembraneKit.Grading;
using MembraneKit.Notebooks;
using MembraneKit.Notebooks.Tests;

namespace MembraneKit.Cli.Tests.Homework;

/// <summary><c>membranekit assign</c> on the shipped homework and on broken inputs; no notebook runs here.</summary>
public sealed class AssignCommandTests
{
    private static string Roster(string folder, string text = "id,name\ns001,Alan Hodgkin\ns002,Andrew Huxley\ns003,Bernard Katz\n")
    {
        var path = Path.Combine(folder, "students.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Assigning_the_homework_to_a_roster_writes_a_version_per_student_and_the_manifest()
    {
        var folder = CliRun.TempFolder();
        var output = Path.Combine(folder, "release");

        var (code, text, error) = await CliRun.RunAsync("assign", HomeworkSource.SourcePath, "--out", output, "--roster", Roster(folder), "--seed", "2026");

        Assert.True(code == 0, error);
        Assert.Contains("Released 3 notebook(s)", text, StringComparison.Ordinal);
        var manifest = AssignmentManifest.Parse(File.ReadAllText(Path.Combine(output, "assignment.json")));
        Assert.Equal(2026, manifest.Seed);
        Assert.Equal(["s001", "s002", "s003"], manifest.Releases.Select(r => r.Student));
        var source = Notebook.Load(HomeworkSource.SourcePath);
        var paths = manifest.Releases.Select(r => Path.Combine(output, r.File)).ToArray();
        Assert.All(NotebookValidator.CheckAsWritten(paths), Assert.Null);
        foreach (var release in manifest.Releases)
        {
            var student = Notebook.Load(Path.Combine(output, release.File));
            var all = string.Join("\n", student.Cells.Select(c => c.Source));
            Assert.DoesNotContain("BEGIN", all, StringComparison.Ordinal);
            Assert.DoesNotContain("membrane.Nernst(ion)", all, StringComparison.Ordinal);
            Assert.DoesNotContain("roomTemperature", all, StringComparison.Ordinal);
            Assert.Equal(6, CountOf(all, "throw new NotImplementedException(")); // three answers, three probes
            Assert.Contains("YOUR ANSWER HERE", all, StringComparison.Ordinal);
            Assert.Equal(source.Cells.Count, student.Cells.Count);
            foreach (var (name, value) in release.Parameters)
            {
                Assert.Contains($"{name} = {value.ToString(System.Globalization.CultureInfo.InvariantCulture)};", student.Cells[3].Source, StringComparison.Ordinal);
            }

            Assert.All(student.Cells.Where(c => NbgraderMetadata.Read(c) is { IsTracked: true }),
                c => Assert.Equal(release.Checksums[NbgraderMetadata.Read(c)!.GradeId!], NbgraderChecksum.Compute(c)));
        }

        Assert.Equal(2 + 2 + 2 + 1 + 1 + 1 + 2, manifest.Cells.Where(c => c.Grade).Sum(c => c.Points));
        Assert.Equal(["test-equilibrium-potential", "test-resting-potential", "test-depolarisation"], manifest.Cells.Where(c => c.HiddenTests).Select(c => c.GradeId));
    }

    [Fact]
    public async Task An_earlier_release_is_refused_with_its_files_named_until_force_is_given()
    {
        var folder = CliRun.TempFolder();
        var output = Path.Combine(folder, "release");
        Assert.Equal(0, (await CliRun.RunAsync("assign", HomeworkSource.SourcePath, "--out", output)).ExitCode);

        var (code, _, error) = await CliRun.RunAsync("assign", HomeworkSource.SourcePath, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains(HomeworkSource.FileName, error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);

        Assert.Equal(0, (await CliRun.RunAsync("assign", HomeworkSource.SourcePath, "--out", output, "--force")).ExitCode);
    }

    [Fact]
    public async Task A_malformed_source_is_refused_with_the_cell_and_line_named_and_nothing_written()
    {
        var folder = CliRun.TempFolder();
        var broken = Notebook.Load(HomeworkSource.SourcePath);
        var cell = broken.Cells[7];
        cell.Source = cell.Source.Replace("    // END SOLUTION\n", "", StringComparison.Ordinal);
        var sourcePath = Path.Combine(folder, "broken.ipynb");
        broken.Save(sourcePath);

        var (code, _, error) = await CliRun.RunAsync("assign", sourcePath, "--out", Path.Combine(folder, "release"));

        Assert.Equal(2, code);
        Assert.Contains("cell 7 (id 'hw-07'), line 3: 'BEGIN SOLUTION' is never closed", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "release")));
    }

    [Fact]
    public async Task A_bad_roster_is_refused_with_its_line_named()
    {
        var folder = CliRun.TempFolder();
        var roster = Roster(folder, "id,name\ns1,A\ns1,B\n");

        var (code, _, error) = await CliRun.RunAsync("assign", HomeworkSource.SourcePath, "--out", Path.Combine(folder, "release"), "--roster", roster);

        Assert.Equal(2, code);
        Assert.Contains("students.csv, line 3: id 's1' is already on line 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_source_or_roster_is_named()
    {
        var folder = CliRun.TempFolder();
        var (code, _, error) = await CliRun.RunAsync("assign", Path.Combine(folder, "nope.ipynb"), "--out", folder);
        Assert.Equal(2, code);
        Assert.Contains("nope.ipynb", error, StringComparison.Ordinal);

        (code, _, error) = await CliRun.RunAsync("assign", HomeworkSource.SourcePath, "--out", folder, "--roster", Path.Combine(folder, "class.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--roster", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_homework_source_declares_its_variants_and_every_kind_of_cell()
    {
        var source = AssignmentSource.Load(HomeworkSource.SourcePath);

        Assert.Equal(["potassiumOutsideMillimolar", "potassiumOutsideRaisedMillimolar", "sodiumToPotassiumPermeability"], source.Variants.Select(v => v.Name));
        Assert.Contains(source.Cells, c => c.IsGrade && c.IsSolution && !c.Cell.IsCode);
        Assert.Contains(source.Cells, c => c.Cell.Tags.Contains("parameters") && c.IsLocked);
        Assert.All(source.Cells.Where(c => c.Cell.IsCode), c => Assert.DoesNotContain("Math.Log", c.Cell.Source, StringComparison.Ordinal));
        var meta = (JsonObject)source.Notebook.Cells[8].Metadata["nbgrader"]!;
        Assert.Equal(2, meta["points"]!.GetValue<int>());
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
