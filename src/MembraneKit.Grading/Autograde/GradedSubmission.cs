namespace MembraneKit.Grading;

/// <summary>What grading made of one student's submission: a grade, or why there is none.</summary>
/// <param name="Student">The student's id.</param>
/// <param name="File">The submitted file, or <see langword="null"/> when nothing was found for them.</param>
/// <param name="Grade">The grade, or <see langword="null"/> when the submission could not be graded.</param>
/// <param name="Problem">Why it could not be graded, in words, or <see langword="null"/>.</param>
public sealed record GradedSubmission(string Student, string? File, SubmissionGrade? Grade, string? Problem)
{
    /// <summary>
    /// One word for the gradebook: <c>graded</c>; <c>tampered</c> (graded after locked cells were restored);
    /// <c>ended-early</c> (its process ended before the last cell; graded on what ran); or, without a grade,
    /// <c>not-a-notebook</c>, <c>wrong-assignment</c>, <c>missing</c> or <c>error</c>.
    /// </summary>
    public string Status => Grade switch
    {
        null when File is null => "missing",
        null when Problem?.StartsWith("it is not a notebook of this assignment", StringComparison.Ordinal) == true => "wrong-assignment",
        null when Problem?.StartsWith("the file", StringComparison.Ordinal) == true => "not-a-notebook",
        null => "error",
        { ProcessEnd: not null } => "ended-early",
        { Tampering.Count: > 0 } => "tampered",
        _ => "graded",
    };
}
