namespace MembraneKit.Cli.Tests.Course;

/// <summary>
/// Every course notebook runs through the engine with no error, with its own inputs and with other plausible
/// ones, and what the engine writes passes the official validator. A physics regression fails a notebook's
/// check cell and so fails here.
/// </summary>
[Collection(CourseNotebookCollection.Name)]
public class CourseNotebookRunTests(CourseKitFixture kit)
{
    public static TheoryData<string> Notebooks() => CourseNotebooks.Names();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task It_runs_with_no_error_and_reaches_its_checks(string name)
    {
        kit.AssertKitPacked();
        var result = await CourseRuns.RunAsync(CourseNotebooks.PathOf(name), new Dictionary<string, object?>());
        CourseRuns.AssertRanCleanly(name, result);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task It_runs_with_other_plausible_inputs_and_its_displays_still_render(string name)
    {
        kit.AssertKitPacked();
        var result = await CourseRuns.RunAsync(CourseNotebooks.PathOf(name), CourseNotebooks.ChangedParameters[name]);
        CourseRuns.AssertRanCleanly(name, result);
        var injected = result.Notebook.Cells.Single(cell => cell.Tags.Contains(MembraneKit.Notebooks.ParameterInjection.InjectedTag));
        Assert.All(CourseNotebooks.ChangedParameters[name].Keys, key => Assert.Contains(key, injected.Source, StringComparison.Ordinal));
    }
}
