using System.Collections.Concurrent;

namespace MembraneKit.Notebooks;

/// <summary>
/// Marks an extracted package in NuGet's global-packages folder as in use by this process, so that
/// <c>membranekit setup</c> never deletes a copy a running kernel or notebook run has loaded from (or may
/// still load a file from): a loading process holds a shared lock on the package's <c>.nupkg.metadata</c>
/// (NuGet writes that file last when it extracts a package) until it exits, and removal takes the
/// exclusive lock first, failing without a wait when anyone holds the shared one.
/// </summary>
/// <remarks>
/// The locks are the operating system's advisory file locks (.NET takes <c>flock</c> on Unix for
/// <see cref="FileShare"/>, a share mode on Windows), so they end with the process that held them, even
/// a killed one. Loaded assemblies stay loaded for the life of the process, so the lock does too.
/// Processes that do not take the lock (another kernel) are not protected.
/// </remarks>
internal static class PackageInUse
{
    private const string MarkerName = ".nupkg.metadata";

    private static readonly ConcurrentDictionary<string, FileStream> Held = new(StringComparer.Ordinal);

    /// <summary>Holds the shared lock on <paramref name="packageFolder"/> until the process exits; no effect when it has no marker.</summary>
    public static void Hold(string packageFolder)
    {
        var marker = Path.Combine(Path.GetFullPath(packageFolder), MarkerName);
        if (Held.ContainsKey(marker) || !File.Exists(marker))
        {
            return;
        }

        try
        {
            var stream = new FileStream(marker, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (!Held.TryAdd(marker, stream))
            {
                stream.Dispose();
            }
        }
        catch (IOException)
        {
            // Being removed this very moment: the load that follows reports the missing files.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Deletes <paramref name="packageFolder"/> unless a process holds it; returns whether it is gone. The
    /// folder is renamed aside under the exclusive lock before it is deleted, so no process sees it half deleted.
    /// </summary>
    public static bool TryRemove(string packageFolder)
    {
        var folder = Path.GetFullPath(packageFolder).TrimEnd(Path.DirectorySeparatorChar);
        var marker = Path.Combine(folder, MarkerName);
        string aside;
        try
        {
            using var exclusive = File.Exists(marker) ? new FileStream(marker, FileMode.Open, FileAccess.ReadWrite, FileShare.None) : null;
            aside = $"{folder}.removing-{Guid.NewGuid():N}";
            Directory.Move(folder, aside);
        }
        catch (IOException)
        {
            return false;
        }

        Directory.Delete(aside, recursive: true);
        return true;
    }
}
