using MembraneKit.Grading;

namespace MembraneKit.Cli.Grading;

/// <summary>A line of the summary: the graded submission and how its run went.</summary>
/// <param name="Submission">The grade, or why there is none.</param>
/// <param name="Sandbox">The sandbox it ran in ("Landlock ABI 7", "none: …"), or "—" when it did not run.</param>
/// <param name="Duration">The time its run took.</param>
/// <param name="PeakResidentBytes">The largest resident set its worker reached.</param>
internal sealed record GradedRow(GradedSubmission Submission, string Sandbox, TimeSpan Duration, long PeakResidentBytes)
{
    /// <summary>The executed notebook, when the submission ran.</summary>
    public MembraneKit.Notebooks.Notebook? Executed { get; init; }

    /// <summary>Where its run's time went (worker start, cells, cells' own code), when it ran.</summary>
    public (TimeSpan Start, TimeSpan Cells, TimeSpan Compute)? Timing { get; init; }
}
