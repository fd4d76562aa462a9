namespace MembraneKit.Grading;

/// <summary>
/// A region of a cell between two marker lines, such as <c>// BEGIN SOLUTION</c> … <c>// END SOLUTION</c>;
/// line numbers count from 1 within the cell's source.
/// </summary>
/// <param name="BeginLine">The line of the opening marker.</param>
/// <param name="EndLine">The line of the closing marker.</param>
/// <param name="Hint">
/// Text after <c>hint:</c> on the opening marker line (<c>// BEGIN SOLUTION hint: use the Nernst equation</c>),
/// or <see langword="null"/>; a solution's stub shows it to the student.
/// </param>
public sealed record CodeRegion(int BeginLine, int EndLine, string? Hint);
