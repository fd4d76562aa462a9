namespace MembraneKit.Grading;

/// <summary>An assignment source that cannot be released: every problem found, each with its cell and line.</summary>
public sealed class AssignmentSourceException : Exception
{
    /// <summary>Makes the exception from the problems found in <paramref name="path"/>.</summary>
    /// <param name="path">The source file (or a name for it).</param>
    /// <param name="problems">What is wrong; at least one.</param>
    public AssignmentSourceException(string path, IReadOnlyList<SourceProblem> problems)
        : base(Describe(path, problems))
    {
        Path = path;
        Problems = problems;
    }

    /// <summary>The source file (or a name for it).</summary>
    public string Path { get; }

    /// <summary>What is wrong, in cell order.</summary>
    public IReadOnlyList<SourceProblem> Problems { get; }

    private static string Describe(string path, IReadOnlyList<SourceProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"{path} is not a valid assignment source ({problems.Count} {noun}):" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
