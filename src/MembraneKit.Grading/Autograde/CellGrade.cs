namespace MembraneKit.Grading;

/// <summary>What became of a scored cell.</summary>
public enum CellOutcome
{
    /// <summary>Every test of the cell passed: full points.</summary>
    Passed,

    /// <summary>A test failed, or the cell could not run (a compile error, a time limit): no points.</summary>
    Failed,

    /// <summary>The tests reached the answer's stub (<see cref="NotImplementedException"/>): no points.</summary>
    NotAttempted,

    /// <summary>The cell never ran (its process ended before it): no points.</summary>
    NotRun,

    /// <summary>The instructor grades it by hand (a written answer or a task).</summary>
    Manual,
}

/// <summary>The grade of one scored cell.</summary>
/// <param name="GradeId">The cell's <c>grade_id</c>.</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="Points">The points earned, or <see langword="null"/> for a cell graded by hand.</param>
/// <param name="MaxPoints">What it is worth.</param>
/// <param name="Checks">What its passing tests said (the text of its displays), in order.</param>
/// <param name="Message">Why it failed — the failing test's message with the student's own value — or <see langword="null"/>.</param>
public sealed record CellGrade(string GradeId, CellOutcome Outcome, double? Points, double MaxPoints, IReadOnlyList<string> Checks, string? Message);
