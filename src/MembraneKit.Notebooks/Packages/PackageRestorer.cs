using System.Runtime.InteropServices;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>
/// Resolves <c>#r "nuget:"</c> packages as the C# kernel does: through a restore by the .NET SDK of a
/// small generated project whose NuGet.config names exactly the sources the kernel would use (see
/// <see cref="NuGetSources"/>), with any <c>#i</c> source added, then reads <c>obj/project.assets.json</c>
/// for the runtime assemblies.
/// </summary>
/// <remarks>
/// Each distinct set of (packages, versions, sources, framework) gets a folder under the cache root
/// whose <c>resolution.json</c> records the outcome; a later request for the same set reads it back
/// without starting <c>dotnet</c>, provided every file it names still exists. NuGet itself never
/// re-reads a package version it has already extracted into its global-packages folder, so a rebuilt
/// package needs a new version (or its global-packages copy removed, as <c>membranekit setup</c> does).
/// </remarks>
internal sealed class PackageRestorer(string cacheRoot, string dotnetPath)
{
    private static readonly TimeSpan FloatingVersionLifetime = TimeSpan.FromHours(12);
    private int _restoreCount;

    /// <summary>How many times this restorer has started <c>dotnet restore</c>.</summary>
    public int RestoreCount => Volatile.Read(ref _restoreCount);

    public static string TargetFramework => $"net{Environment.Version.Major}.0";

    /// <summary>The default cache root: <c>$XDG_CACHE_HOME/membranekit/restore</c> or <c>~/.cache/membranekit/restore</c>.</summary>
    public static string DefaultCacheRoot
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrEmpty(xdg) ? xdg
                : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "membranekit", "restore");
        }
    }

    /// <summary>Restores <paramref name="packages"/> from the <paramref name="configured"/> sources and the <c>#i</c> <paramref name="sources"/>.</summary>
    public async Task<RestoreOutcome> RestoreAsync(IReadOnlyList<PackageReference> packages, IReadOnlyList<NuGetSource> configured, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(cacheRoot, CacheKey(packages, configured, sources));
        var resolutionFile = Path.Combine(folder, "resolution.json");
        var floating = packages.Any(p => p.Version is null || p.Version.Contains('*', StringComparison.Ordinal));
        if (TryReadResolution(resolutionFile, floating) is { } cached)
        {
            return new RestoreOutcome(cached, FromCache: true, Errors: []);
        }

        Directory.CreateDirectory(folder);
        // Notebooks of one run, and runs of other processes, may ask for the same packages at once: one
        // restores the entry, the others wait for it and then read what it wrote.
        using var entry = await RestoreEntryLock.AcquireAsync(folder, cancellationToken).ConfigureAwait(false);
        if (TryReadResolution(resolutionFile, floating) is { } restoredMeanwhile)
        {
            return new RestoreOutcome(restoredMeanwhile, FromCache: true, Errors: []);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "restore.csproj"), ProjectText(packages, sources), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, "NuGet.config"), ConfigText(configured), cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _restoreCount);
        var (exitCode, output) = await RunDotnetRestoreAsync(folder, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            var errors = output.Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Contains("error", StringComparison.OrdinalIgnoreCase))
                .Select(TrimProjectSuffix)
                .Distinct()
                .ToArray();
            return new RestoreOutcome([], FromCache: false, errors.Length > 0 ? errors : [$"dotnet restore failed with exit code {exitCode}: {output.Trim()}"]);
        }

        var resolved = ReadAssets(Path.Combine(folder, "obj", "project.assets.json"));
        WriteResolution(resolutionFile, resolved);
        return new RestoreOutcome(resolved, FromCache: false, Errors: []);
    }

    private static string TrimProjectSuffix(string line)
    {
        var bracket = line.LastIndexOf(" [", StringComparison.Ordinal);
        return bracket > 0 && line.EndsWith(']') ? line[..bracket] : line;
    }

    private static string CacheKey(IReadOnlyList<PackageReference> packages, IReadOnlyList<NuGetSource> configured, IReadOnlyList<string> sources)
    {
        var key = new StringBuilder();
        key.Append("framework=").Append(TargetFramework).Append('\n');
        key.Append("rid=").Append(RuntimeInformation.RuntimeIdentifier).Append('\n');
        foreach (var source in configured)
        {
            key.Append("configured=").Append(source.Name).Append('=').Append(source.Location).Append('\n');
        }

        foreach (var source in sources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            key.Append("source=").Append(source).Append('\n');
        }

        foreach (var package in packages.OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase))
        {
            key.Append("package=").Append(package.Id.ToLowerInvariant()).Append(',').Append(package.Version ?? "*").Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..20];
    }

    private static string ProjectText(IReadOnlyList<PackageReference> packages, IReadOnlyList<string> sources)
    {
        var text = new StringBuilder();
        text.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        text.Append("    <TargetFramework>").Append(TargetFramework).Append("</TargetFramework>\n");
        text.Append("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n");
        text.Append("    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>\n");
        text.Append("    <NoWarn>$(NoWarn);NU1603;NU1605;NU1608;NU1701</NoWarn>\n");
        if (sources.Count > 0)
        {
            text.Append("    <RestoreAdditionalProjectSources>")
                .Append(SecurityElement.Escape(string.Join(';', sources.Distinct(StringComparer.Ordinal))))
                .Append("</RestoreAdditionalProjectSources>\n");
        }

        text.Append("  </PropertyGroup>\n  <ItemGroup>\n");
        foreach (var package in packages)
        {
            text.Append("    <PackageReference Include=\"").Append(SecurityElement.Escape(package.Id))
                .Append("\" Version=\"").Append(SecurityElement.Escape(package.Version ?? "*")).Append("\" />\n");
        }

        text.Append("  </ItemGroup>\n</Project>\n");
        return text.ToString();
    }

    /// <summary>A NuGet.config that hides every other configuration and names the kernel's sources, in their order.</summary>
    private static string ConfigText(IReadOnlyList<NuGetSource> configured)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n");
        foreach (var source in configured)
        {
            text.Append("    <add key=\"").Append(SecurityElement.Escape(source.Name)).Append("\" value=\"").Append(SecurityElement.Escape(source.Location)).Append("\" />\n");
        }

        return text.Append("  </packageSources>\n</configuration>\n").ToString();
    }

    private Task<(int ExitCode, string Output)> RunDotnetRestoreAsync(string folder, CancellationToken cancellationToken) =>
        DotNetProcess.RunAsync(
            dotnetPath,
            folder,
            [
                // A source that cannot be reached (a user-level local feed whose folder was deleted, a registry
                // that is offline) is a warning, as long as another source has the package: one stale entry in
                // NuGet.Config must not break every #r in every notebook.
                "restore", "restore.csproj", "--nologo", "--disable-build-servers", "-v", "q", "--ignore-failed-sources",
                "-p:ImportDirectoryBuildProps=false", "-p:ImportDirectoryBuildTargets=false", "-p:ImportDirectoryPackagesProps=false",
            ],
            cancellationToken);

    private static List<ResolvedPackage> ReadAssets(string assetsPath)
    {
        var assets = JsonNode.Parse(File.ReadAllText(assetsPath))!.AsObject();
        var packageFolders = (assets["packageFolders"] as JsonObject)?.Select(pair => pair.Key).ToArray() ?? [];
        var libraries = assets["libraries"] as JsonObject ?? [];
        var target = (assets["targets"] as JsonObject)?.FirstOrDefault(pair => !pair.Key.Contains('/', StringComparison.Ordinal)).Value as JsonObject ?? [];
        var ridChain = RuntimeIdentifierChain();
        var resolved = new List<ResolvedPackage>();
        foreach (var (name, value) in target)
        {
            if (value is not JsonObject entry || entry["type"]?.GetValue<string>() != "package")
            {
                continue;
            }

            var slash = name.IndexOf('/', StringComparison.Ordinal);
            var id = name[..slash];
            var version = name[(slash + 1)..];
            var relative = libraries[name]?["path"]?.GetValue<string>() ?? $"{id.ToLowerInvariant()}/{version.ToLowerInvariant()}";
            var folder = packageFolders.Select(root => Path.GetFullPath(Path.Combine(root, relative))).FirstOrDefault(Directory.Exists)
                         ?? Path.GetFullPath(Path.Combine(packageFolders.FirstOrDefault() ?? "", relative));
            var assemblies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var asset in (entry["runtime"] as JsonObject)?.Select(pair => pair.Key) ?? [])
            {
                if (!asset.EndsWith("_._", StringComparison.Ordinal))
                {
                    assemblies[Path.GetFileName(asset)] = Path.Combine(folder, asset);
                }
            }

            var natives = new List<string>();
            var bestRank = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var (asset, info) in (entry["runtimeTargets"] as JsonObject) ?? [])
            {
                var rid = info?["rid"]?.GetValue<string>() ?? "";
                var rank = Array.IndexOf(ridChain, rid);
                if (rank < 0 || asset.EndsWith("_._", StringComparison.Ordinal))
                {
                    continue;
                }

                var full = Path.Combine(folder, asset);
                if (info?["assetType"]?.GetValue<string>() == "native")
                {
                    natives.Add(Path.GetDirectoryName(full)!);
                }
                else if (info?["assetType"]?.GetValue<string>() == "runtime")
                {
                    var file = Path.GetFileName(asset);
                    if (!bestRank.TryGetValue(file, out var best) || rank < best)
                    {
                        bestRank[file] = rank;
                        assemblies[file] = full;
                    }
                }
            }

            var dependencies = (entry["dependencies"] as JsonObject)?.Select(pair => pair.Key).ToArray() ?? [];
            resolved.Add(new ResolvedPackage(id, version, folder, assemblies.Values.ToArray(), natives.Distinct().ToArray(), dependencies));
        }

        return resolved;
    }

    private static string[] RuntimeIdentifierChain()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        var arch = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return [rid, $"win-{arch}", "win", "any"];
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            return [rid, $"osx-{arch}", "osx", "unix", "any"];
        }

        return [rid, $"linux-{arch}", "linux", "unix", "any"];
    }

    private static List<ResolvedPackage>? TryReadResolution(string path, bool floating)
    {
        try
        {
            if (!File.Exists(path) || (floating && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > FloatingVersionLifetime))
            {
                return null;
            }

            var packages = new List<ResolvedPackage>();
            foreach (var item in JsonNode.Parse(File.ReadAllText(path))!.AsArray())
            {
                var package = new ResolvedPackage(
                    item!["id"]!.GetValue<string>(),
                    item["version"]!.GetValue<string>(),
                    item["folder"]!.GetValue<string>(),
                    Strings(item["assemblies"]),
                    Strings(item["natives"]),
                    Strings(item["dependencies"]));
                if (!Directory.Exists(package.Folder) || !package.AssemblyPaths.All(File.Exists))
                {
                    return null;
                }

                packages.Add(package);
            }

            return packages;
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidOperationException or NullReferenceException or UnauthorizedAccessException)
        {
            return null;
        }

        static string[] Strings(JsonNode? node) => node is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToArray() : [];
    }

    private static void WriteResolution(string path, IEnumerable<ResolvedPackage> packages)
    {
        var array = new JsonArray();
        foreach (var package in packages)
        {
            array.Add(new JsonObject
            {
                ["id"] = package.Id,
                ["version"] = package.Version,
                ["folder"] = package.Folder,
                ["assemblies"] = new JsonArray(package.AssemblyPaths.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
                ["natives"] = new JsonArray(package.NativeFolders.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
                ["dependencies"] = new JsonArray(package.Dependencies.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
            });
        }

        AtomicFile.WriteAllText(path, array.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}

/// <summary>The result of a restore: the packages of the whole graph, or the errors NuGet reported.</summary>
internal sealed record RestoreOutcome(IReadOnlyList<ResolvedPackage> Packages, bool FromCache, IReadOnlyList<string> Errors);
