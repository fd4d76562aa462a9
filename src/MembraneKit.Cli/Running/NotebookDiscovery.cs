namespace MembraneKit.Cli.Running;

/// <summary>A notebook to run and where its executed copy goes, relative to the output folder.</summary>
/// <param name="InputPath">The notebook's full path.</param>
/// <param name="RelativeOutput">Its path under the output folder.</param>
internal sealed record NotebookJob(string InputPath, string RelativeOutput);

/// <summary>
/// Expands the paths given on the command line into notebooks, folders searched recursively: a folder's
/// search skips build and output folders (<c>bin</c>, <c>obj</c>, <c>artifacts</c>, <c>node_modules</c>,
/// <c>.ipynb_checkpoints</c>), hidden folders and files, and folder links (which could lead back up the
/// tree, or to a copy), so executed copies and checkpoints are never run again. A file named on the
/// command line is always run. A file's executed copy takes its name; a folder's keep their paths under it.
/// Two notebooks whose copies would have one name (<c>run a/x.ipynb b/x.ipynb</c>) are refused before
/// anything runs (<see cref="Collisions"/>): one copy would silently replace the other.
/// </summary>
internal static class NotebookDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "artifacts", "node_modules", ".ipynb_checkpoints",
    };

    public static IReadOnlyList<NotebookJob> Find(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var jobs = new List<NotebookJob>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                jobs.Add(new NotebookJob(full, Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                jobs.AddRange(Search(full).Select(file => new NotebookJob(file, Path.GetRelativePath(full, file))));
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return jobs.DistinctBy(job => job.InputPath, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// One message for each executed-copy name that more than one of <paramref name="jobs"/> would write, naming
    /// those notebooks (relative to <paramref name="currentFolder"/>) and the copy; empty when every name is unique.
    /// Names that differ only in case collide where the file system ignores case (Windows, macOS).
    /// </summary>
    public static IReadOnlyList<string> Collisions(IReadOnlyList<NotebookJob> jobs, string outputFolder, string currentFolder)
    {
        var comparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        return jobs
            .GroupBy(job => job.RelativeOutput, comparer)
            .Where(group => group.Count() > 1)
            .Select(group =>
            {
                var inputs = group.Select(job => Path.GetRelativePath(currentFolder, job.InputPath)).ToArray();
                var copy = Path.GetRelativePath(currentFolder, Path.Combine(outputFolder, group.Key));
                return $"{string.Join(" and ", inputs)} would both be written to {copy}, one over the other. "
                       + "Run them with different --out folders, or name the folder that holds them: a folder's notebooks keep their paths under --out.";
            })
            .ToArray();
    }

    private static IEnumerable<string> Search(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.ipynb").Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(file).StartsWith('.'))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith('.') || SkippedFolders.Contains(name) || new DirectoryInfo(child).LinkTarget is not null)
            {
                continue;
            }

            foreach (var file in Search(child))
            {
                yield return file;
            }
        }
    }
}
