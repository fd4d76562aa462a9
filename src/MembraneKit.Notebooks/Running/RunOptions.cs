namespace MembraneKit.Notebooks;

/// <summary>Settings for <see cref="NotebookRunner.RunAsync"/>.</summary>
public sealed record RunOptions
{
    /// <summary>
    /// Values for the notebook's parameters (papermill style): injected as a new cell tagged
    /// <c>injected-parameters</c> after the cell tagged <c>parameters</c>. Values are strings, booleans,
    /// numbers, <see langword="null"/> or lists of them, checked against the types the parameters cell
    /// declares (see <see cref="ParameterInjection"/>).
    /// </summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// The longest a cell's code may run (its compilation and package restores are not counted);
    /// <see langword="null"/> for no limit.
    /// </summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>Whether to run the remaining cells after one fails (papermill stops by default).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>The folder relative paths start from; the notebook's folder when run from a file.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Where restores are cached (<see langword="null"/> for the default).</summary>
    public string? RestoreCacheDirectory { get; init; }
}
