namespace MembraneKit.Cli.Isolation;

/// <summary>How to start a <see cref="SessionProcess"/>.</summary>
/// <param name="WorkingDirectory">The session's working directory (relative paths in cells start there).</param>
/// <param name="TempDirectory">The worker's <c>TMPDIR</c>.</param>
/// <param name="CellTimeout">The longest a cell's code may run, or <see langword="null"/>.</param>
/// <param name="RestoreCacheDirectory">Where <c>#r "nuget:"</c> restores are cached.</param>
/// <param name="MemoryLimitBytes">The worker's GC heap hard limit; its resident set may exceed it by <see cref="SessionProcess.NativeAllowanceBytes"/>. <see langword="null"/> for none.</param>
/// <param name="Sandbox">The folders the worker may read and write, or <see langword="null"/> to run it unconfined.</param>
internal sealed record SessionStart(
    string WorkingDirectory,
    string TempDirectory,
    TimeSpan? CellTimeout,
    string? RestoreCacheDirectory,
    long? MemoryLimitBytes,
    SandboxPolicy? Sandbox);

/// <summary>What a sandboxed worker may reach: read and execute beneath <paramref name="ReadOnly"/>, anything beneath <paramref name="ReadWrite"/>.</summary>
/// <param name="ReadOnly">Folders (or files) the worker reads: the .NET runtime, the tool, packages, system folders.</param>
/// <param name="ReadWrite">Folders the worker owns: its scratch folder.</param>
internal sealed record SandboxPolicy(IReadOnlyList<string> ReadOnly, IReadOnlyList<string> ReadWrite);
