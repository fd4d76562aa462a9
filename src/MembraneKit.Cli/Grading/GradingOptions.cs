namespace MembraneKit.Cli.Grading;

/// <summary>The settings of a <c>grade</c> run.</summary>
internal sealed record GradingOptions
{
    /// <summary>How many submissions run at once.</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;

    /// <summary>The longest a cell's code may run.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest a whole submission may take, from its process's start.</summary>
    public TimeSpan NotebookTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>A worker's GC heap hard limit, in bytes.</summary>
    public long MemoryLimitBytes { get; init; } = 512L << 20;

    /// <summary>Whether to confine each worker with Landlock when the kernel has it.</summary>
    public bool Sandbox { get; init; } = true;
}
