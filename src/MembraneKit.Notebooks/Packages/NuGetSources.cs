using System.Text.RegularExpressions;
using NuGet.Configuration;

namespace MembraneKit.Notebooks;

/// <summary>
/// The package sources a <c>#r "nuget:"</c> restore uses, chosen the way the Polyglot Notebooks C# kernel chooses
/// them, so that a notebook which loads its packages here loads them there too.
/// </summary>
/// <remarks>
/// The kernel resolves packages through the F# dependency manager, which lists the sources that
/// <c>dotnet nuget list source</c> prints in the kernel's working directory (the notebook's folder, as VS Code
/// starts it): the NuGet.config files from that folder up to the root, then the user-level and machine-wide ones,
/// each <c>&lt;clear/&gt;</c> hiding those read before it. It keeps the enabled sources whose name has no white
/// space (its pattern for a name is <c>\S*</c>; a source named "My feed" is dropped without a word) and restores
/// from those alone. <c>#i "nuget: folder"</c> sources come on top.
/// </remarks>
internal static partial class NuGetSources
{
    /// <summary>The sources the kernel would use from <paramref name="workingDirectory"/>, and those it would drop.</summary>
    /// <exception cref="InvalidOperationException">A NuGet.config in the hierarchy cannot be read; the message names it.</exception>
    internal static ConfiguredSources Read(string workingDirectory)
    {
        IEnumerable<PackageSource> sources;
        try
        {
            var settings = Settings.LoadDefaultSettings(workingDirectory);
            sources = new PackageSourceProvider(settings).LoadPackageSources().ToArray();
        }
        catch (NuGetConfigurationException e)
        {
            throw new InvalidOperationException($"The NuGet configuration seen from {workingDirectory} cannot be read: {e.Message}", e);
        }

        var used = new List<NuGetSource>();
        var dropped = new List<NuGetSource>();
        foreach (var source in sources.Where(s => s.IsEnabled))
        {
            (NameWithoutSpace().IsMatch(source.Name) ? used : dropped).Add(new NuGetSource(source.Name, source.Source));
        }

        return new ConfiguredSources(used, dropped);
    }

    [GeneratedRegex(@"^\S*$")]
    private static partial Regex NameWithoutSpace();
}

/// <summary>A named package source: a feed URL or a folder.</summary>
internal sealed record NuGetSource(string Name, string Location);

/// <summary>The enabled sources a restore uses, and those dropped because their name holds white space.</summary>
internal sealed record ConfiguredSources(IReadOnlyList<NuGetSource> Used, IReadOnlyList<NuGetSource> DroppedForTheirName);
