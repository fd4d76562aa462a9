namespace MembraneKit.Notebooks;

/// <summary>Settings of a <see cref="NotebookSession"/>.</summary>
public sealed record SessionOptions
{
    /// <summary>
    /// The folder relative paths start from (<c>#r "lib.dll"</c>, <c>#load</c>): the notebook's folder.
    /// Defaults to the current directory.
    /// </summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// The longest a cell's code may run (its compilation and package restores are not counted);
    /// <see langword="null"/> for no limit.
    /// </summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>How long a stopped cell is given to end before its thread is abandoned.</summary>
    public TimeSpan StopGracePeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Where restores are cached (<see langword="null"/>: <c>$XDG_CACHE_HOME/membranekit/restore</c>,
    /// else <c>~/.cache/membranekit/restore</c>).
    /// </summary>
    public string? RestoreCacheDirectory { get; init; }

    /// <summary>The <c>dotnet</c> executable used for restores.</summary>
    public string DotNetPath { get; init; } = "dotnet";

    /// <summary>
    /// Receives display updates made after their cell finished (see <see cref="LateDisplayUpdate"/>);
    /// <see langword="null"/> to drop them. Called on the thread that called
    /// <see cref="DisplayedValue.Update"/> — any thread, also while another cell runs — so it must be
    /// thread-safe, quick and must not throw. Nothing is delivered once the session is disposed.
    /// </summary>
    public Action<LateDisplayUpdate>? OnLateDisplayUpdate { get; init; }
}
