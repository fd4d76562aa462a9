namespace MembraneKit.Kernel;

/// <summary>Settings of a <see cref="JupyterKernel"/>.</summary>
public sealed record KernelOptions
{
    /// <summary>The default limit on one received message: 64 MiB.</summary>
    public const long DefaultMaxMessageBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The longest a cell's code may run before it is stopped (its compilation and package restores are
    /// not counted); <see langword="null"/> for no limit, as in other Jupyter kernels.
    /// </summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>
    /// The largest message the kernel reads, all frames together; larger ones are dropped and logged.
    /// </summary>
    public long MaxMessageBytes { get; init; } = DefaultMaxMessageBytes;

    /// <summary>How long console output is gathered before it goes out as one <c>stream</c> message.</summary>
    public TimeSpan StreamFlushInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The folder relative paths in cells start from; the current directory by default (front ends start kernels in the notebook's folder).</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Where the kernel logs (dropped messages, failed handlers); standard error when <see langword="null"/>.</summary>
    public TextWriter? Log { get; init; }
}
