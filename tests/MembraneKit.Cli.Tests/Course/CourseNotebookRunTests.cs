using MembraneKit.Notebooks;
using MembraneKit.Notebooks.Tests;

namespace MembraneKit.Cli.Tests.Course;

/// <summary>
/// Every course notebook runs through the engine with no error, with its own inputs and with other plausible
/// ones, and what the engine writes passes the official validator. A physics regression fails a notebook's
/// check cell and so fails here.
/// </summary>
public class CourseNotebookRunTests(CourseKitFixture kit) : IClassFixture<CourseKitFixture>
{
    private static readonly TimeSpan CellTimeLimit = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Notebooks() => CourseNotebooks.Names();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task It_runs_with_no_error_and_reaches_its_checks(string name)
    {
        var result = await RunAsync(name, new Dictionary<string, object?>());
        AssertRanCleanly(name, result);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task It_runs_with_other_plausible_inputs_and_its_displays_still_render(string name)
    {
        var result = await RunAsync(name, CourseNotebooks.ChangedParameters[name]);
        AssertRanCleanly(name, result);
        var injected = result.Notebook.Cells.Single(cell => cell.Tags.Contains(ParameterInjection.InjectedTag));
        Assert.All(CourseNotebooks.ChangedParameters[name].Keys, key => Assert.Contains(key, injected.Source, StringComparison.Ordinal));
    }

    private static void AssertRanCleanly(string name, NotebookRunResult result)
    {
        var errors = result.Notebook.Cells.SelectMany(cell => cell.Outputs).OfType<ErrorOutput>().ToArray();
        Assert.True(errors.Length == 0 && result.Succeeded,
            $"{name}: {string.Join("\n", errors.Select(e => $"{e.Name}: {e.Value}"))}");

        // Rich displays: HTML outputs, and every check of the last cell confirmed.
        var html = result.Notebook.Cells.SelectMany(cell => cell.Outputs).Count(output => Bundle(output).ContainsKey("text/html"));
        Assert.True(html >= 3, $"{name}: only {html} HTML outputs");
        var last = result.Notebook.Cells.Last(cell => cell.IsCode);
        var confirmations = last.Outputs.Count(output => Bundle(output).GetValueOrDefault("text/plain", "").StartsWith('✓'));
        Assert.True(confirmations >= 2, $"{name}: its check cell confirmed only {confirmations} checks");

        var path = Path.Combine(Path.GetTempPath(), $"membranekit-course-{name}-{Guid.NewGuid():N}.ipynb");
        try
        {
            result.Notebook.Save(path);
            NotebookValidator.AssertValid(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IReadOnlyDictionary<string, string> Bundle(NotebookOutput output) => output switch
    {
        DisplayDataOutput display => display.Data,
        ExecuteResultOutput result => result.Data,
        _ => new Dictionary<string, string>(),
    };

    private Task<NotebookRunResult> RunAsync(string name, Dictionary<string, object?> parameters)
    {
        Assert.NotNull(kit.SetupLog);
        return NotebookRunner.RunFileAsync(CourseNotebooks.PathOf(name), new RunOptions
        {
            Parameters = parameters,
            CellTimeout = CellTimeLimit,
            WorkingDirectory = CourseNotebooks.Folder,
        });
    }
}
