using System.Security.Cryptography;
using System.Text;

namespace MembraneKit.Testing;

/// <summary>
/// The kit packed into <c>&lt;repo&gt;/artifacts/packages</c> by <c>membranekit setup</c>, once for every test
/// process that runs the course notebooks.
/// </summary>
/// <remarks>
/// <c>dotnet test MembraneKit.sln</c> runs the test projects as parallel processes. Two packs of one solution
/// at once fight over <c>obj/</c> and the feed, and a pack removes the extracted copy of the kit that another
/// process may be loading at that moment. So every caller takes one lock file, held across the setup, and the
/// setup leaves a stamp naming what it packed from (a hash of the sources and build files); a caller that finds
/// the stamp matching today's sources and the packages in place skips packing. Linked into each test project
/// that needs it.
/// </remarks>
internal static class LocalFeed
{
    private static readonly string[] BuildFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", "NuGet.config"];

    /// <summary>The feed the notebooks' NuGet.config names.</summary>
    public static string Folder(string root) => Path.Combine(root, "artifacts", "packages");

    /// <summary>
    /// Runs <paramref name="setup"/> under the lock unless the feed already holds packages made from the current
    /// sources. Returns what happened, for the test log.
    /// </summary>
    /// <param name="root">The repository (the folder holding the solution).</param>
    /// <param name="setup">Packs the feed; returns its exit code and its output.</param>
    /// <param name="limit">How long to wait for the lock and the setup together (the setup is given a token that ends then).</param>
    public static async Task<string> EnsurePackedAsync(string root, Func<CancellationToken, Task<(int Code, string Log)>> setup, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var feed = Folder(root);
        Directory.CreateDirectory(feed);
        var lockPath = Path.Combine(root, "artifacts", "local-feed.lock");
        await using var held = await LockAsync(lockPath, timeout.Token);

        var stamp = Path.Combine(feed, ".packed-from");
        var fingerprint = Fingerprint(root);
        if (File.Exists(stamp) && File.ReadAllText(stamp) == fingerprint && Directory.EnumerateFiles(feed, "*.nupkg").Any())
        {
            return $"The feed {feed} already holds packages made from these sources (stamp {fingerprint[..12]}); not packing again.";
        }

        File.Delete(stamp);
        var (code, log) = await setup(timeout.Token);
        if (code != 0)
        {
            throw new InvalidOperationException($"membranekit setup failed with exit code {code}:\n{log}");
        }

        File.WriteAllText(stamp, fingerprint);
        return log;
    }

    /// <summary>A hash of every source and build file the packages are made from (bin and obj excluded).</summary>
    internal static string Fingerprint(string root)
    {
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Concat(BuildFiles.Select(name => Path.Combine(root, name)).Where(File.Exists))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var relative in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(root, relative)));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>An exclusive lock on <paramref name="path"/> (an OS file lock, so it ends with the process that held it).</summary>
    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"Another test process held {path} for too long: the local feed could not be packed.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
            }
        }
    }
}
