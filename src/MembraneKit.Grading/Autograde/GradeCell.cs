namespace MembraneKit.Grading;

/// <summary>A scored cell of a prepared submission.</summary>
/// <param name="Index">Its position in <see cref="PreparedSubmission.Notebook"/>.</param>
/// <param name="GradeId">Its <c>grade_id</c>.</param>
/// <param name="Points">What it is worth.</param>
/// <param name="Automatic">
/// Whether running it grades it (a code cell of tests); otherwise the instructor grades it by hand (a written
/// answer, a task).
/// </param>
public sealed record GradeCell(int Index, string GradeId, double Points, bool Automatic);
