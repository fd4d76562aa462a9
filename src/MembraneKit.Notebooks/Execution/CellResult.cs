namespace MembraneKit.Notebooks;

/// <summary>What one cell execution produced.</summary>
/// <param name="ExecutionCount">The execution count given to the cell.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Outputs">Its outputs, in the order they happened.</param>
/// <param name="Duration">Wall time from the request to the end, package restores and compilation included.</param>
/// <param name="ComputeDuration">Time spent running the compiled cell code alone.</param>
public sealed record CellResult(
    int ExecutionCount,
    CellStatus Status,
    IReadOnlyList<NotebookOutput> Outputs,
    TimeSpan Duration,
    TimeSpan ComputeDuration)
{
    /// <summary>Whether the cell succeeded.</summary>
    public bool Succeeded => Status == CellStatus.Succeeded;

    /// <summary>The first error output, if any.</summary>
    public ErrorOutput? Error => Outputs.OfType<ErrorOutput>().FirstOrDefault();

    /// <summary>
    /// <see langword="true"/> when a stopped cell's thread did not end within the grace period (it is
    /// blocked outside code the engine can interrupt) and was abandoned; it ends with the process.
    /// </summary>
    public bool LeftRunning { get; init; }
}
