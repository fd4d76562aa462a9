using MembraneKit.Notebooks;
using MembraneKit.Notebooks.Tests;

namespace MembraneKit.Cli.Tests.Course;

/// <summary>Runs a course notebook through the engine the way the README's main job does, and checks a clean run.</summary>
internal static class CourseRuns
{
    private static readonly TimeSpan CellTimeLimit = TimeSpan.FromMinutes(2);

    /// <summary>Runs a notebook file (a course notebook or a copy of one) from the notebooks folder, whose
    /// NuGet.config makes the local feed visible.</summary>
    public static Task<NotebookRunResult> RunAsync(string path, IReadOnlyDictionary<string, object?> parameters) =>
        NotebookRunner.RunFileAsync(path, new RunOptions
        {
            Parameters = parameters,
            CellTimeout = CellTimeLimit,
            WorkingDirectory = CourseNotebooks.Folder,
        });

    /// <summary>No error anywhere, rich displays, a check cell that confirmed at least two checks, and a result the
    /// official validator accepts.</summary>
    public static void AssertRanCleanly(string name, NotebookRunResult result)
    {
        var errors = result.Notebook.Cells.SelectMany(cell => cell.Outputs).OfType<ErrorOutput>().ToArray();
        Assert.True(errors.Length == 0 && result.Succeeded,
            $"{name}: {string.Join("\n", errors.Select(e => $"{e.Name}: {e.Value}"))}");

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

    /// <summary>The plain texts of every output of a run, in order.</summary>
    public static IEnumerable<string> Texts(NotebookRunResult result) =>
        result.Notebook.Cells.SelectMany(cell => cell.Outputs).Select(output => Bundle(output).GetValueOrDefault("text/plain", ""));

    public static IReadOnlyDictionary<string, string> Bundle(NotebookOutput output) => output switch
    {
        DisplayDataOutput display => display.Data,
        ExecuteResultOutput result => result.Data,
        _ => new Dictionary<string, string>(),
    };
}
