using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>A cell of an assignment source, with its nbgrader role and regions.</summary>
/// <param name="Index">The cell's position in the notebook, from 0.</param>
/// <param name="Cell">The cell itself.</param>
/// <param name="Metadata">Its nbgrader metadata, or <see langword="null"/> for a plain cell.</param>
/// <param name="Solutions">Its <c>BEGIN SOLUTION</c> … <c>END SOLUTION</c> regions.</param>
/// <param name="HiddenTests">Its <c>BEGIN HIDDEN TESTS</c> … <c>END HIDDEN TESTS</c> regions.</param>
public sealed record AssignmentCell(int Index, NotebookCell Cell, NbgraderMetadata? Metadata, IReadOnlyList<CodeRegion> Solutions, IReadOnlyList<CodeRegion> HiddenTests)
{
    /// <summary>The cell's <c>grade_id</c>, or <see langword="null"/>.</summary>
    public string? GradeId => Metadata?.GradeId;

    /// <summary>Whether the student writes in this cell.</summary>
    public bool IsSolution => Metadata?.Solution == true;

    /// <summary>Whether the cell is scored.</summary>
    public bool IsGrade => Metadata?.Grade == true;

    /// <summary>Whether the student may not change the cell (nbgrader's rule, <see cref="NbgraderMetadata.IsLocked"/>).</summary>
    public bool IsLocked => Metadata?.IsLocked == true;
}
