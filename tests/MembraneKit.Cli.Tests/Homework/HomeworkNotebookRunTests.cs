using MembraneKit.Cli.Tests.Course;
using MembraneKit.Grading;
using MembraneKit.Notebooks;
using MembraneKit.Notebooks.Tests;

namespace MembraneKit.Cli.Tests.Homework;

/// <summary>
/// The homework source runs green with its solutions, for its own values and at the corners of its variant
/// ranges; the student version runs up to its first stub and stops there with the stub's hint. Homework
/// sits in notebooks/homework/, outside the course list (CourseNotebooks reads only notebooks/*.ipynb), so
/// it is tested here with checks of its own; `membranekit run notebooks` runs it too (folders recurse).
/// </summary>
public class HomeworkNotebookRunTests(CourseKitFixture kit) : IClassFixture<CourseKitFixture>
{
    private static readonly TimeSpan CellTimeLimit = TimeSpan.FromMinutes(2);

    public static TheoryData<double, double, double> Corners() => new()
    {
        { 3, 6.5, 0.02 },
        { 5, 9, 0.06 },
        { 3, 9, 0.06 },
    };

    [Fact]
    public async Task The_source_with_its_solutions_runs_green_and_confirms_every_test()
    {
        var result = await RunAsync(HomeworkSource.SourcePath, new Dictionary<string, object?>());

        AssertGreen(result);
        var confirmations = result.Notebook.Cells.SelectMany(c => c.Outputs).OfType<DisplayDataOutput>()
            .Count(o => o.Data.GetValueOrDefault("text/plain", "").StartsWith('✓'));
        Assert.Equal(14, confirmations);
    }

    [Theory]
    [MemberData(nameof(Corners))]
    public async Task The_source_runs_green_at_the_corners_of_its_variant_ranges(double normal, double raised, double sodiumRatio)
    {
        var result = await RunAsync(HomeworkSource.SourcePath, new Dictionary<string, object?>
        {
            ["potassiumOutsideMillimolar"] = normal,
            ["potassiumOutsideRaisedMillimolar"] = raised,
            ["sodiumToPotassiumPermeability"] = sodiumRatio,
        });

        AssertGreen(result);
    }

    [Fact]
    public async Task A_student_version_runs_up_to_its_first_stub_and_stops_there_with_the_hint()
    {
        var folder = CliRun.TempFolder();
        var output = Path.Combine(folder, "release");
        await File.WriteAllTextAsync(Path.Combine(folder, "students.csv"), "id,name\nk42,Ada\n");
        var (code, _, error) = await CliRun.RunAsync("assign", HomeworkSource.SourcePath, "--out", output, "--roster", Path.Combine(folder, "students.csv"), "--seed", "11");
        Assert.True(code == 0, error);

        var result = await RunAsync(Path.Combine(output, "k42", HomeworkSource.FileName), new Dictionary<string, object?>());

        Assert.Equal(8, result.FirstFailedCell);
        var failure = Assert.Single(result.Notebook.Cells[8].Outputs.OfType<ErrorOutput>());
        Assert.Equal("System.NotImplementedException", failure.Name);
        Assert.Contains(HomeworkSource.FirstHint, failure.Value, StringComparison.Ordinal);
        Assert.All(result.Notebook.Cells.Take(8).Where(c => c.IsCode), c => Assert.Empty(c.Outputs.OfType<ErrorOutput>()));
        var manifest = AssignmentManifest.Parse(await File.ReadAllTextAsync(Path.Combine(output, "assignment.json")));
        var potassium = manifest.Releases.Single().Parameters["potassiumOutsideMillimolar"];
        var setup = string.Join("", result.Notebook.Cells[5].Outputs.OfType<ExecuteResultOutput>().Select(o => o.Data.GetValueOrDefault("text/plain", "")));
        Assert.Contains($"/ {potassium.ToString(System.Globalization.CultureInfo.InvariantCulture)} mM out", setup, StringComparison.Ordinal);
        NotebookValidator.AssertValid(result.Notebook);
    }

    private static void AssertGreen(NotebookRunResult result)
    {
        var errors = result.Notebook.Cells.SelectMany(cell => cell.Outputs).OfType<ErrorOutput>().ToArray();
        Assert.True(errors.Length == 0 && result.Succeeded, string.Join("\n", errors.Select(e => $"{e.Name}: {e.Value}")));
    }

    private Task<NotebookRunResult> RunAsync(string path, Dictionary<string, object?> parameters)
    {
        Assert.NotNull(kit.SetupLog);
        return NotebookRunner.RunFileAsync(path, new RunOptions
        {
            Parameters = parameters,
            CellTimeout = CellTimeLimit,
            WorkingDirectory = Path.GetDirectoryName(path),
        });
    }
}
