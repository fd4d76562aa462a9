using System.Security;
using System.Text;
using MembraneKit.Cli.Isolation;

namespace MembraneKit.Cli.Grading;

/// <summary>
/// A submission's own folder for one run: <c>work/</c> (its working directory, with a NuGet.config that names
/// exactly the package sources the assignment's folder sees, so its restores hit the warm cache) and <c>tmp/</c>
/// (its <c>TMPDIR</c>). Removed when disposed, whatever the submission left in it.
/// </summary>
internal sealed class ScratchFolder : IDisposable
{
    private ScratchFolder(string root)
    {
        Root = root;
        Work = Path.Combine(root, "work");
        Temp = Path.Combine(root, "tmp");
    }

    public string Root { get; }

    public string Work { get; }

    public string Temp { get; }

    /// <summary>Whether the folder was still there after removing it (a submission made part of it unremovable).</summary>
    public string? LeftBehind { get; private set; }

    public static ScratchFolder Create(string parent, string name, string nugetConfig)
    {
        var scratch = new ScratchFolder(Path.Combine(parent, name));
        foreach (var folder in new[] { scratch.Work, scratch.Temp })
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        File.WriteAllText(Path.Combine(scratch.Work, "NuGet.config"), nugetConfig);
        return scratch;
    }

    /// <summary>A NuGet.config that clears every other and names <paramref name="sources"/> (name, location), in order.</summary>
    public static string NuGetConfig(IEnumerable<(string Name, string Location)> sources)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n");
        foreach (var (name, location) in sources)
        {
            text.Append("    <add key=\"").Append(SecurityElement.Escape(name)).Append("\" value=\"").Append(SecurityElement.Escape(location)).Append("\" />\n");
        }

        return text.Append("  </packageSources>\n</configuration>\n").ToString();
    }

    public SessionStart Start(GradingOptions options, string restoreCache, bool sandbox) => new(
        Work,
        Temp,
        options.CellTimeout,
        restoreCache,
        options.MemoryLimitBytes,
        sandbox ? SandboxSupport.Policy(Root, restoreCache) : null);

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root))
            {
                MakeRemovable(new DirectoryInfo(Root));
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LeftBehind = $"its scratch folder {Root} could not be removed: {e.Message}";
        }
    }

    /// <summary>Gives back the owner's rights a submission may have taken from its own folders (links are not followed).</summary>
    private static void MakeRemovable(DirectoryInfo folder)
    {
        if (OperatingSystem.IsWindows() || folder.LinkTarget is not null)
        {
            return;
        }

        try
        {
            folder.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            foreach (var child in folder.EnumerateDirectories())
            {
                MakeRemovable(child);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removal reports what is left.
        }
    }
}
