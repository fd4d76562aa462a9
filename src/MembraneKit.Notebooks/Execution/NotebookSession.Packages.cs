using System.Net;
using System.Text;
using Microsoft.CodeAnalysis;

namespace MembraneKit.Notebooks;

/// <summary>Package loading: <c>#r "nuget:"</c>, restores and <c>extension.dib</c>.</summary>
public sealed partial class NotebookSession
{
    private async Task<bool> AddPackagesAsync(IReadOnlyList<PackageReference> packages, CellContext cell, RunState run, CancellationToken stop)
    {
        var newlyRequested = new List<PackageReference>();
        foreach (var package in packages)
        {
            ResolvedPackage? loaded;
            lock (_resolvedPackages)
            {
                _resolvedPackages.TryGetValue(package.Id, out loaded);
            }

            var requestedBefore = _requestedPackages.TryGetValue(package.Id, out var earlier) ? earlier : null;
            var existingVersion = loaded?.Version ?? requestedBefore?.Version;
            if (loaded is not null || requestedBefore is not null)
            {
                if (package.Version is null or "*" or "*-*" || string.Equals(package.Version, existingVersion, StringComparison.OrdinalIgnoreCase)
                    || (requestedBefore is not null && string.Equals(package.Version, requestedBefore.Version, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var message = $"{package.Id} version {package.Version} cannot be added because version {existingVersion} was added previously.";
                cell.Add(new ErrorOutput("PackageError", message, [message]));
                run.Status = CellStatus.Failed;
                return false;
            }

            newlyRequested.Add(package);
        }

        if (newlyRequested.Count == 0)
        {
            return true;
        }

        var all = _requestedPackages.Values.Concat(newlyRequested).ToArray();
        ConfiguredSources configured;
        try
        {
            configured = NuGetSources.Read(_options.WorkingDirectory);
        }
        catch (InvalidOperationException e)
        {
            cell.Add(new ErrorOutput("PackageRestoreError", e.Message, [e.Message]));
            run.Status = CellStatus.Failed;
            return false;
        }

        // Shown while the restore runs (a cold one takes seconds), then replaced by what was installed.
        var progress = Progress(newlyRequested, "Installing", "…");
        cell.Add(progress);
        var outcome = await _restorer.RestoreAsync(all, configured.Used, _sources.ToArray(), stop).ConfigureAwait(false);
        if (outcome.Errors.Count > 0)
        {
            cell.UpdateDisplay(Progress(newlyRequested, "Could not install", ".") with { DisplayId = progress.DisplayId });
            var errors = outcome.Errors.Concat(configured.DroppedForTheirName.Select(source =>
                $"note: the NuGet source \"{source.Name}\" ({source.Location}) was not used: its name contains white space, and Polyglot Notebooks' resolver drops such sources, so this engine does too. Give it a name without spaces: dotnet nuget remove source \"{source.Name}\", then dotnet nuget add source \"{source.Location}\" --name <name>.")).ToArray();
            var message = "Package restore failed:\n" + string.Join("\n", errors);
            cell.Add(new ErrorOutput("PackageRestoreError", message, errors));
            run.Status = CellStatus.Failed;
            return false;
        }

        foreach (var package in newlyRequested)
        {
            _requestedPackages[package.Id] = package;
        }

        List<ResolvedPackage> added;
        lock (_resolvedPackages)
        {
            added = outcome.Packages.Where(p => !_resolvedPackages.ContainsKey(p.Id)).ToList();
            foreach (var package in added)
            {
                _resolvedPackages[package.Id] = package;
            }
        }

        var references = new List<MetadataReference>();
        foreach (var package in added)
        {
            // `membranekit setup` must not delete this copy while this process may load from it.
            PackageInUse.Hold(package.Folder);
            foreach (var path in package.AssemblyPaths)
            {
                AssemblyResolution.Register(path);
                references.Add(MappedReferences.FromFile(path));
            }

            foreach (var folder in package.NativeFolders)
            {
                AssemblyResolution.RegisterNativeFolder(folder);
            }
        }

        _scriptOptions = _scriptOptions.AddReferences(references);
        cell.UpdateDisplay(InstalledPackages(newlyRequested, outcome.Packages) with { DisplayId = progress.DisplayId });

        foreach (var package in DependenciesFirst(added))
        {
            if (package.ExtensionScript is not { } script)
            {
                continue;
            }

            var note = $"Loading extension script from `{script}`";
            cell.Add(new DisplayDataOutput(new Dictionary<string, string> { [MimeBundles.PlainText] = note }));
            foreach (var section in ExtensionScript.CSharpSections(await File.ReadAllTextAsync(script, stop).ConfigureAwait(false)))
            {
                await RunSubmissionAsync(section, $"{package.Id} extension.dib", ResultKind.Display, cell, run, stop).ConfigureAwait(false);
                if (run.Status != CellStatus.Succeeded)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static DisplayDataOutput Progress(IEnumerable<PackageReference> requested, string verb, string end)
    {
        var text = $"{verb} {string.Join(", ", requested.Select(p => p.ToString()).Order(StringComparer.OrdinalIgnoreCase))}{end}";
        return new DisplayDataOutput(new Dictionary<string, string>
        {
            [MimeBundles.Html] = $"<div><span>{WebUtility.HtmlEncode(text)}</span></div>",
            [MimeBundles.PlainText] = text,
        })
        {
            DisplayId = Guid.NewGuid().ToString("N"),
        };
    }

    private static DisplayDataOutput InstalledPackages(IEnumerable<PackageReference> requested, IReadOnlyList<ResolvedPackage> resolved)
    {
        var lines = requested
            .Select(request => resolved.FirstOrDefault(p => string.Equals(p.Id, request.Id, StringComparison.OrdinalIgnoreCase)) is { } found
                ? $"{found.Id}, {found.Version}"
                : request.ToString())
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var html = new StringBuilder("<div><div><strong>Installed Packages</strong><ul>");
        foreach (var line in lines)
        {
            html.Append("<li><span>").Append(WebUtility.HtmlEncode(line)).Append("</span></li>");
        }

        html.Append("</ul></div></div>");
        var text = "Installed Packages\n" + string.Concat(lines.Select(line => $"  • {line}\n"));
        return new DisplayDataOutput(new Dictionary<string, string> { [MimeBundles.Html] = html.ToString(), [MimeBundles.PlainText] = text });
    }

    /// <summary>Orders packages so each comes after the packages it depends on.</summary>
    private static IEnumerable<ResolvedPackage> DependenciesFirst(IReadOnlyList<ResolvedPackage> packages)
    {
        var byId = packages.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<ResolvedPackage>();
        foreach (var package in packages.OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase))
        {
            Visit(package);
        }

        return ordered;

        void Visit(ResolvedPackage package)
        {
            if (!visited.Add(package.Id))
            {
                return;
            }

            foreach (var dependency in package.Dependencies)
            {
                if (byId.TryGetValue(dependency, out var inner))
                {
                    Visit(inner);
                }
            }

            ordered.Add(package);
        }
    }
}
