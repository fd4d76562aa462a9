using MembraneKit.Notebooks;
using static MembraneKit.Grading.Tests.SourceNotebook;

namespace MembraneKit.Grading.Tests.Release;

public sealed class AssignmentWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "membranekit-grading-tests", Guid.NewGuid().ToString("N"));

    public AssignmentWriterTests()
    {
        Directory.CreateDirectory(_folder);
        new SourceNotebook()
            .Code("double x = 4; // variant: 3..6 step 0.5", Meta(locked: true, id: "parameters"), "p", "parameters")
            .Code("double F()\n{\n    // BEGIN SOLUTION\n    return x;\n    // END SOLUTION\n}", Meta(solution: true, id: "f"), "f")
            .Code("Check(F());\n// BEGIN HIDDEN TESTS\nCheck(F() > 0);\n// END HIDDEN TESTS", Meta(grade: true, id: "test-f", points: 2), "t")
            .Build().Save(Source);
        File.WriteAllText(RosterPath, "id,name\ns1,Ada\ns2,Bo\n");
    }

    private string Source => Path.Combine(_folder, "hw.ipynb");

    private string RosterPath => Path.Combine(_folder, "students.csv");

    private string Out => Path.Combine(_folder, "release");

    [Fact]
    public void A_roster_gives_each_student_a_folder_and_the_manifest_records_what_was_released()
    {
        var roster = MembraneKit.Grading.Roster.Load(RosterPath);
        var manifest = AssignmentWriter.Write(Source, Out, roster, 5, overwrite: false);

        Assert.Equal(["s1/hw.ipynb", "s2/hw.ipynb"], manifest.Releases.Select(r => r.File));
        var read = AssignmentManifest.Parse(File.ReadAllText(Path.Combine(Out, AssignmentManifest.FileName)));
        Assert.Equal(5, read.Seed);
        Assert.Equal("hw.ipynb", read.Source);
        Assert.Equal(["parameters", "f", "test-f"], read.Cells.Select(c => c.GradeId));
        Assert.True(read.Cells.Single(c => c.GradeId == "test-f") is { Grade: true, Points: 2, HiddenTests: true, Locked: true });
        foreach (var release in read.Releases)
        {
            var notebook = Notebook.Load(Path.Combine(Out, release.File));
            Assert.Contains($"double x = {release.Parameters["x"]}", notebook.Cells[0].Source, StringComparison.Ordinal);
            Assert.Equal(release.Checksums["test-f"], NbgraderMetadata.Read(notebook.Cells[2])!.Checksum);
            Assert.Equal(NbgraderChecksum.Compute(notebook.Cells[0]), release.Checksums["parameters"]);
        }

        Assert.Equal(["Ada", "Bo"], read.Releases.Select(r => r.Name));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Source))), read.SourceSha256);
    }

    [Fact]
    public void Without_a_roster_one_class_version_is_written()
    {
        var manifest = AssignmentWriter.Write(Source, Out, null, 0, overwrite: false);

        var release = Assert.Single(manifest.Releases);
        Assert.Equal(("hw.ipynb", (string?)null, 4.0), (release.File, release.Student, release.Parameters["x"]));
        Assert.True(File.Exists(Path.Combine(Out, "hw.ipynb")));
    }

    [Fact]
    public void An_earlier_release_is_not_overwritten_unless_forced_and_nothing_else_is_touched()
    {
        AssignmentWriter.Write(Source, Out, null, 0, overwrite: false);
        var student = Path.Combine(Out, "hw.ipynb");
        File.WriteAllText(student, "edited by hand");
        var unrelated = Path.Combine(Out, "notes.txt");
        File.WriteAllText(unrelated, "mine");

        var error = Assert.Throws<IOException>(() => AssignmentWriter.Write(Source, Out, null, 0, overwrite: false));
        Assert.Contains("hw.ipynb", error.Message, StringComparison.Ordinal);
        Assert.Contains("assignment.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Equal("edited by hand", File.ReadAllText(student));

        AssignmentWriter.Write(Source, Out, null, 0, overwrite: true);
        Assert.NotEqual("edited by hand", File.ReadAllText(student));
        Assert.Equal("mine", File.ReadAllText(unrelated));
    }

    [Fact]
    public void The_source_itself_is_never_an_output()
    {
        var error = Assert.Throws<IOException>(() => AssignmentWriter.Write(Source, _folder, null, 0, overwrite: true));
        Assert.Contains("would overwrite the source", error.Message, StringComparison.Ordinal);
        Assert.Contains("BEGIN SOLUTION", File.ReadAllText(Source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_source_writes_nothing()
    {
        File.WriteAllText(Source, File.ReadAllText(Source).Replace("// END SOLUTION", "", StringComparison.Ordinal));

        Assert.Throws<AssignmentSourceException>(() => AssignmentWriter.Write(Source, Out, null, 0, overwrite: false));
        Assert.False(Directory.Exists(Out));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
