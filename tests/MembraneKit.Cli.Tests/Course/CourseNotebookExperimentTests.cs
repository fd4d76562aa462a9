using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Tests.Course;

/// <summary>
/// Every notebook asks the student to predict before it computes, and ends with two or three experiments; each
/// experiment, run exactly as its text says, reaches the end of the notebook with every check confirmed or
/// explained — never a failed check.
/// </summary>
[Collection(CourseNotebookCollection.Name)]
public class CourseNotebookExperimentTests(CourseKitFixture kit)
{
    public static TheoryData<string> Notebooks() => CourseNotebooks.Names();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_asks_for_a_prediction_before_the_cell_that_reveals_it(string name)
    {
        var cells = Notebook.Load(CourseNotebooks.PathOf(name)).Cells.ToList();
        var question = cells.Select((cell, index) => (cell, index))
            .Where(c => c.cell.CellType == "markdown" && c.cell.Source.Contains("**Predict.**", StringComparison.Ordinal)).ToArray();
        Assert.True(question.Length >= 1, $"{name}: no **Predict.** question");
        var (_, at) = question[0];
        var reveal = cells.Skip(at + 1).First(cell => cell.IsCode);
        Assert.Contains("Prediction.Reveal(", reveal.Source, StringComparison.Ordinal);
        Assert.True(at < cells.IndexOf(cells.Last(cell => cell.IsCode)), $"{name}: the prediction comes after the checks");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_ends_with_two_or_three_experiments_that_set_declared_parameters(string name)
    {
        var notebook = Notebook.Load(CourseNotebooks.PathOf(name));
        var experiments = CourseExperiments.Of(notebook);
        var declared = CourseExperiments.DeclaredParameters(notebook);

        Assert.InRange(experiments.Count, 2, 3);
        Assert.Equal("markdown", notebook.Cells[^1].CellType);
        Assert.All(experiments, e =>
        {
            Assert.NotEmpty(e.Parameters);
            Assert.All(e.Parameters.Keys, key => Assert.True(declared.Contains(key), $"{name}, experiment {e.Number}: {key} is not in the parameters cell"));
            Assert.True(e.Text.Length > 80, $"{name}, experiment {e.Number} does not say what to look for: {e.Text}");
        });
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Each_suggested_experiment_runs_to_the_end_with_its_checks_confirmed_or_explained(string name)
    {
        kit.AssertKitPacked();
        foreach (var experiment in CourseExperiments.Of(name))
        {
            var result = await CourseRuns.RunAsync(CourseNotebooks.PathOf(name), experiment.Parameters);
            var label = $"{name}, experiment {experiment.Number} ({string.Join(", ", experiment.Parameters.Select(p => $"{p.Key} = {p.Value}"))})";
            CourseRuns.AssertRanCleanly(label, result);
            var injected = result.Notebook.Cells.Single(cell => cell.Tags.Contains(ParameterInjection.InjectedTag));
            Assert.All(experiment.Parameters.Keys, key => Assert.Contains(key, injected.Source, StringComparison.Ordinal));
            Assert.Contains(CourseRuns.Texts(result), text => text.StartsWith("Predict: ", StringComparison.Ordinal) && text.Contains("\nAnswer: ", StringComparison.Ordinal));
        }
    }
}
