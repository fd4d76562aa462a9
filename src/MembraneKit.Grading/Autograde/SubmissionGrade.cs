namespace MembraneKit.Grading;

/// <summary>A student's grade: every scored cell, what was tampered with, and how the run ended.</summary>
/// <param name="Cells">Each scored cell, in notebook order (those graded by hand included, without points).</param>
/// <param name="Tampering">What the submission changed that it was not to change (undone before grading).</param>
/// <param name="ProcessEnd">Why the submission's process ended before its last cell, or <see langword="null"/>.</param>
public sealed record SubmissionGrade(IReadOnlyList<CellGrade> Cells, IReadOnlyList<CellTampering> Tampering, string? ProcessEnd)
{
    /// <summary>The points earned in automatically graded cells.</summary>
    public double Total => Cells.Sum(c => c.Points ?? 0);

    /// <summary>The points automatically graded cells are worth.</summary>
    public double Maximum => Cells.Where(c => c.Outcome != CellOutcome.Manual).Sum(c => c.MaxPoints);
}
