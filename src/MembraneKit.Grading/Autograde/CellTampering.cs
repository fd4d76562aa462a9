namespace MembraneKit.Grading;

/// <summary>How a submission changed a cell it was not to change.</summary>
public enum TamperingKind
{
    /// <summary>A locked cell's source or nbgrader metadata differs from the released cell (its checksum does not match).</summary>
    Edited,

    /// <summary>A locked cell, or the cell an answer belongs in, is missing.</summary>
    Deleted,

    /// <summary>A tracked cell stands out of the released order.</summary>
    Moved,
}

/// <summary>A change to a cell the student was not to change; grading undoes it (the released cell is restored).</summary>
/// <param name="GradeId">The cell's <c>grade_id</c>.</param>
/// <param name="Kind">What was done to it.</param>
/// <param name="Detail">In words, for the instructor and the student.</param>
public sealed record CellTampering(string GradeId, TamperingKind Kind, string Detail);
