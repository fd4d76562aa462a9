using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>
/// A submission made ready to grade (<see cref="SubmissionPreparation"/>): the student's answers and the cells
/// they added, every other cell as released, in the released order; hidden tests held apart.
/// </summary>
/// <param name="Notebook">The notebook to run, outputs cleared; grade cells hold only their visible tests.</param>
/// <param name="HiddenTestSources">
/// Cell index → the cell's whole source with its hidden tests in place, to run instead of the visible text
/// when the cell's turn comes. Never written to disk where a submission could read it.
/// </param>
/// <param name="GradeCells">The scored cells, in order.</param>
/// <param name="Tampering">What the submission changed that it was not to change.</param>
/// <param name="AddedCells">How many cells the student added (kept, after the cell they followed).</param>
public sealed record PreparedSubmission(
    Notebook Notebook,
    IReadOnlyDictionary<int, string> HiddenTestSources,
    IReadOnlyList<GradeCell> GradeCells,
    IReadOnlyList<CellTampering> Tampering,
    int AddedCells)
{
    /// <summary>The source to run for cell <paramref name="index"/>: with its hidden tests when it has any.</summary>
    /// <param name="index">A cell of <see cref="Notebook"/>.</param>
    public string SourceToRun(int index) =>
        HiddenTestSources.TryGetValue(index, out var full) ? full : Notebook.Cells[index].Source;
}
