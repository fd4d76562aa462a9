namespace MembraneKit.Grading;

/// <summary>One thing wrong with an assignment source, with the cell (and line) where it is.</summary>
/// <param name="CellIndex">The cell's position in the notebook, from 0.</param>
/// <param name="CellId">The cell's nbformat id, if it has one.</param>
/// <param name="Line">The line within the cell's source, from 1, or <see langword="null"/> when the problem is the whole cell.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record SourceProblem(int CellIndex, string? CellId, int? Line, string Message)
{
    /// <summary>"cell 3 (id 'a1b2'), line 4: …".</summary>
    public override string ToString()
    {
        var id = CellId is null ? "" : $" (id '{CellId}')";
        var line = Line is { } number ? $", line {number}" : "";
        return $"cell {CellIndex}{id}{line}: {Message}";
    }
}
