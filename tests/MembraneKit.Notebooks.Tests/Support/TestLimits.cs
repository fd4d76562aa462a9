namespace MembraneKit.Notebooks.Tests;

/// <summary>
/// How long a test waits for anything before it fails instead of hanging: generous, for a loaded
/// two-core CI machine, and far below CI's own limit.
/// </summary>
internal static class TestLimits
{
    /// <summary>A cell, or a small notebook of quick cells.</summary>
    public static readonly TimeSpan Cell = TimeSpan.FromMinutes(2);

    /// <summary>Anything that restores or packs packages with the .NET SDK.</summary>
    public static readonly TimeSpan Restore = TimeSpan.FromMinutes(10);
}
