using System.Collections.Concurrent;

namespace MembraneKit.Testing;

/// <summary>
/// The temporary folders a test process made for itself (its run roots and caches), removed when its last
/// test has run (<see cref="CleaningTestFramework"/>), and again at process exit should the run be cut short.
/// Linked into each test project that makes such folders.
/// </summary>
internal static class TempRoots
{
    private static readonly ConcurrentDictionary<string, byte> Roots = new(StringComparer.Ordinal);
    private static int _hooked;

    /// <summary>Registers a folder to remove when the test run ends.</summary>
    public static string Register(string root)
    {
        Roots.TryAdd(root, 0);
        if (Interlocked.Exchange(ref _hooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => TryRemoveAll();
        }

        return root;
    }

    /// <summary>Removes every registered folder.</summary>
    /// <exception cref="IOException">A folder, or something in it, is still there; the message names what is left.</exception>
    public static void RemoveAll()
    {
        var left = new List<string>();
        foreach (var root in Roots.Keys)
        {
            // A worker or kernel a test started may be closing a file at this moment: a few tries.
            for (var attempt = 0; attempt < 5 && Directory.Exists(root); attempt++)
            {
                try
                {
                    Directory.Delete(root, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Thread.Sleep(200);
                }
            }

            if (Directory.Exists(root))
            {
                left.AddRange(Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Take(10).DefaultIfEmpty(root));
            }
        }

        if (left.Count > 0)
        {
            throw new IOException($"The test run's temporary folders could not be removed; left: {string.Join(", ", left)}");
        }
    }

    private static void TryRemoveAll()
    {
        try
        {
            RemoveAll();
        }
        catch (IOException)
        {
            // At exit there is no one to tell; the end-of-run removal reported it already.
        }
    }
}
