using System.Runtime.CompilerServices;

namespace MembraneKit.Testing;

/// <summary>
/// Gives each test process its own cache folder: <c>XDG_CACHE_HOME</c> points into a new temporary folder
/// before any test runs, so the engine's restore cache (<c>$XDG_CACHE_HOME/membranekit/restore</c>) is this
/// run's own, for the commands run in-process and for every process they start (notebook workers, kernels),
/// never the user's <c>~/.cache/membranekit/restore</c>; the folder is removed after the last test (<see cref="TempRoots"/>).
/// Linked into each test project that runs notebooks through the command or the kernel.
/// </summary>
internal static class RunCaches
{
    /// <summary>This process's cache folder.</summary>
    public static string Folder { get; private set; } = "";

#pragma warning disable CA2255 // A test assembly, not a library: the variable must be set before the first test starts a process.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Isolate()
    {
        Folder = Path.Combine(Path.GetTempPath(), "membranekit-test-caches", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", Folder);
        TempRoots.Register(Folder);
    }
}
