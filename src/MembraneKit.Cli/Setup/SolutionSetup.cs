using System.IO.Compression;
using System.Xml.Linq;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Setup;

/// <summary>
/// <c>membranekit setup</c>: finds the solution, packs every packable project into
/// <c>&lt;repo&gt;/artifacts/packages</c>, removes stale copies of the packed versions from NuGet's
/// global-packages folder (NuGet never re-reads a version it has extracted), and registers the folder
/// as a user-level NuGet source named "&lt;solution&gt;-local" — a source that both the Polyglot
/// Notebooks kernel and this engine honour wherever no NuGet.config with <c>&lt;clear/&gt;</c> hides it.
/// </summary>
/// <remarks>
/// The name has no space on purpose: the kernel's resolver drops sources whose names have one. An older setup
/// registered "&lt;solution&gt; local"; that entry is replaced. Inside the repository the notebooks' own
/// <c>notebooks/NuGet.config</c> names the feed, because the repository's NuGet.config clears user-level sources.
/// </remarks>
internal sealed class SolutionSetup(TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(string? repository, CancellationToken cancellationToken)
    {
        var solution = FindSolution(repository is null ? Directory.GetCurrentDirectory() : Path.GetFullPath(repository), searchUpward: repository is null);
        if (solution is null)
        {
            await error.WriteLineAsync(repository is null
                ? "No solution (.sln or .slnx) found in this folder or above it; pass --repo."
                : $"No solution (.sln or .slnx) found in {repository}.").ConfigureAwait(false);
            return 2;
        }

        var root = Path.GetDirectoryName(solution)!;
        var feed = Path.Combine(root, "artifacts", "packages");
        Directory.CreateDirectory(feed);
        await output.WriteLineAsync($"Packing {Path.GetFileName(solution)} into {feed}").ConfigureAwait(false);
        var (packCode, packOutput) = await DotNetProcess.RunAsync("dotnet", root, ["pack", solution, "-c", "Release", "--nologo", $"-p:PackageOutputPath={feed}{Path.DirectorySeparatorChar}"], cancellationToken).ConfigureAwait(false);
        if (packCode != 0)
        {
            await error.WriteLineAsync(packOutput).ConfigureAwait(false);
            await error.WriteLineAsync($"dotnet pack failed (exit code {packCode}).").ConfigureAwait(false);
            return 1;
        }

        foreach (var created in packOutput.Split('\n').Where(line => line.Contains("Successfully created package", StringComparison.Ordinal)))
        {
            await output.WriteLineAsync($"  {created.Trim()}").ConfigureAwait(false);
        }

        // NuGet never re-reads a version it has extracted: drop every extracted copy older than the package in the feed.
        var globalPackages = await GlobalPackagesFolderAsync(root, cancellationToken).ConfigureAwait(false);
        if (globalPackages is not null)
        {
            foreach (var line in RemoveStaleCopies(feed, globalPackages))
            {
                await output.WriteLineAsync(line).ConfigureAwait(false);
            }
        }

        var (code, sourceName) = await RegisterSourceAsync(UserConfigPath(), SourceName(solution), feed, root, cancellationToken).ConfigureAwait(false);
        if (code == 0)
        {
            await output.WriteLineAsync($"NuGet source \"{sourceName}\" → {feed}").ConfigureAwait(false);
        }

        return code;
    }

    /// <summary>
    /// Removes the extracted copy in <paramref name="globalPackages"/> of every package in <paramref name="feed"/>
    /// that is older than the package, except a copy a running kernel or notebook run holds (<see cref="PackageInUse"/>):
    /// deleting that would break its next load of a file, so it is kept and named. Returns what was done, a line each.
    /// </summary>
    internal static IEnumerable<string> RemoveStaleCopies(string feed, string globalPackages)
    {
        foreach (var nupkg in Directory.EnumerateFiles(feed, "*.nupkg"))
        {
            if (ReadIdentity(nupkg) is not { } identity)
            {
                continue;
            }

            var (id, version) = identity;
            var extracted = Path.Combine(globalPackages, id.ToLowerInvariant(), version.ToLowerInvariant());
            if (!Directory.Exists(extracted) || Directory.GetLastWriteTimeUtc(extracted) >= File.GetLastWriteTimeUtc(nupkg))
            {
                continue;
            }

            yield return PackageInUse.TryRemove(extracted)
                ? $"  removed the stale copy in {extracted}"
                : $"  kept the stale copy in {extracted}: a running kernel or notebook run is using it; stop it and run setup again to use the new {id} {version}";
        }
    }

    /// <summary>The name of the user-level source for a solution's feed: lower case, no white space (<c>membranekit-local</c>).</summary>
    internal static string SourceName(string solution) =>
        string.Concat(Path.GetFileNameWithoutExtension(solution).ToLowerInvariant().Select(c => char.IsWhiteSpace(c) ? '-' : c)) + "-local";

    /// <summary>The solution file in <paramref name="folder"/> (or, when searching upward, the nearest folder above holding one).</summary>
    internal static string? FindSolution(string folder, bool searchUpward)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = searchUpward ? current.Parent : null)
        {
            if (!current.Exists)
            {
                return null;
            }

            var solutions = current.GetFiles("*.sln").Concat(current.GetFiles("*.slnx")).OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
            if (solutions.Length > 0)
            {
                return solutions[0].FullName;
            }
        }

        return null;
    }

    /// <summary>The user-level NuGet.Config, where <c>dotnet nuget add source</c> writes by default.</summary>
    internal static string UserConfigPath()
    {
        var root = OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "NuGet")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "NuGet");
        return Path.Combine(root, "NuGet.Config");
    }

    /// <summary>
    /// Makes <paramref name="feed"/> a source named <paramref name="name"/> in the <paramref name="config"/> file (the
    /// user-level one). NuGet refuses a second entry
    /// for the same folder, so an entry for the feed under a name with white space (an older setup's
    /// "&lt;solution&gt; local", which Polyglot Notebooks ignores) is removed first; one under another name without
    /// white space is kept, since it works as well.
    /// </summary>
    /// <returns>The exit code (0 on success) and the name the feed is registered under.</returns>
    internal async Task<(int Code, string Name)> RegisterSourceAsync(string config, string name, string feed, string root, CancellationToken cancellationToken)
    {
        if (!File.Exists(config))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(config)!);
            await File.WriteAllTextAsync(config, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />\n  </packageSources>\n</configuration>\n", cancellationToken).ConfigureAwait(false);
        }

        var entries = (XDocument.Load(config).Root?.Element("packageSources")?.Elements("add") ?? [])
            .Select(e => (Name: (string?)e.Attribute("key") ?? "", Value: (string?)e.Attribute("value") ?? ""))
            .ToArray();
        if (entries.Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Value, feed, StringComparison.Ordinal)))
        {
            return (0, name);
        }

        var sameFeed = entries.Where(e => string.Equals(e.Value.TrimEnd('/', '\\'), feed.TrimEnd('/', '\\'), StringComparison.Ordinal)).ToArray();
        if (sameFeed.FirstOrDefault(e => !e.Name.Any(char.IsWhiteSpace)) is { Name.Length: > 0 } usable)
        {
            return (0, usable.Name);
        }

        foreach (var (oldName, _) in sameFeed)
        {
            if (await RunNuGetAsync(["nuget", "remove", "source", oldName, "--configfile", config], $"Removing the NuGet source \"{oldName}\"", root, cancellationToken).ConfigureAwait(false) != 0)
            {
                return (1, name);
            }

            await output.WriteLineAsync($"Removed the NuGet source \"{oldName}\": Polyglot Notebooks ignores sources whose names have white space.").ConfigureAwait(false);
        }

        var named = entries.Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        string[] arguments = named
            ? ["nuget", "update", "source", name, "--source", feed, "--configfile", config]
            : ["nuget", "add", "source", feed, "--name", name, "--configfile", config];
        return (await RunNuGetAsync(arguments, "Registering the NuGet source", root, cancellationToken).ConfigureAwait(false), name);
    }

    private async Task<int> RunNuGetAsync(string[] arguments, string what, string root, CancellationToken cancellationToken)
    {
        var (code, text) = await DotNetProcess.RunAsync("dotnet", root, arguments, cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            await error.WriteLineAsync(text).ConfigureAwait(false);
            await error.WriteLineAsync($"{what} failed (exit code {code}).").ConfigureAwait(false);
        }

        return code == 0 ? 0 : 1;
    }

    private static async Task<string?> GlobalPackagesFolderAsync(string root, CancellationToken cancellationToken)
    {
        var (code, text) = await DotNetProcess.RunAsync("dotnet", root, ["nuget", "locals", "global-packages", "--list"], cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            return null;
        }

        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("global-packages:", StringComparison.OrdinalIgnoreCase));
        return line?["global-packages:".Length..].Trim();
    }

    private static (string Id, string Version)? ReadIdentity(string nupkg)
    {
        try
        {
            using var archive = ZipFile.OpenRead(nupkg);
            var entry = archive.Entries.FirstOrDefault(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase) && !e.FullName.Contains('/', StringComparison.Ordinal));
            if (entry is null)
            {
                return null;
            }

            using var stream = entry.Open();
            var metadata = XDocument.Load(stream).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata");
            var id = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "id")?.Value;
            var version = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "version")?.Value;
            return id is null || version is null ? null : (id, version);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Xml.XmlException)
        {
            return null;
        }
    }
}
