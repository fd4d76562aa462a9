using System.Xml.Linq;

namespace MembraneKit.Tests.Design;

/// <summary>
/// The layers of DESIGN.md: MembraneKit ← MembraneKit.Interactive (the kit), MembraneKit.Notebooks ←
/// MembraneKit.Kernel ← MembraneKit.Cli and MembraneKit.Notebooks ← MembraneKit.Grading ← MembraneKit.Cli (the tooling). The physics knows nothing of displays or notebooks;
/// the engine knows nothing of membranes.
/// </summary>
public class LayeringTests
{
    private static readonly Dictionary<string, string[]> AllowedProjectReferences = new()
    {
        ["MembraneKit"] = [],
        ["MembraneKit.Interactive"] = ["MembraneKit"],
        ["MembraneKit.Notebooks"] = [],
        ["MembraneKit.Kernel"] = ["MembraneKit.Notebooks"],
        ["MembraneKit.Grading"] = ["MembraneKit.Notebooks"],
        ["MembraneKit.Cli"] = ["MembraneKit.Notebooks", "MembraneKit.Kernel", "MembraneKit.Grading"],
    };

    private static IEnumerable<string> Includes(string project, string item) =>
        XDocument.Load(Path.Combine(RepositoryLayout.Root, "src", project, project + ".csproj"))
            .Descendants(item)
            .Select(e => (string?)e.Attribute("Include") ?? "");

    public static TheoryData<string> SourceProjects() =>
        [.. Directory.GetDirectories(Path.Combine(RepositoryLayout.Root, "src")).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Each_source_project_references_only_the_layers_below_it(string project)
    {
        Assert.True(AllowedProjectReferences.ContainsKey(project), $"src/{project} is not in the layering table of DESIGN.md; add it there and here");
        var referenced = Includes(project, "ProjectReference").Select(p => Path.GetFileNameWithoutExtension(p.Replace('\\', '/'))).ToArray();
        var forbidden = referenced.Except(AllowedProjectReferences[project]).ToArray();
        Assert.True(forbidden.Length == 0, $"src/{project} references {string.Join(", ", forbidden)}, which DESIGN.md forbids");
    }

    [Fact]
    public void The_physics_library_depends_on_MathNet_and_the_runtimes_own_tensor_primitives_alone()
    {
        // System.Numerics.Tensors is the runtime team's SIMD package (issue 17's batch forms); it has no dependencies on net8.0+.
        var packages = Includes("MembraneKit", "PackageReference").Where(p => !p.StartsWith("Microsoft.SourceLink", StringComparison.Ordinal));
        Assert.Equal(["MathNet.Numerics", "System.Numerics.Tensors"], packages);
    }

    [Fact]
    public void Every_package_version_lives_in_the_central_file()
    {
        var offenders = Directory.EnumerateFiles(RepositoryLayout.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}artifacts{Path.DirectorySeparatorChar}"))
            .SelectMany(p => XDocument.Load(p).Descendants("PackageReference").Where(e => e.Attribute("Version") is not null).Select(_ => Path.GetRelativePath(RepositoryLayout.Root, p)))
            .ToArray();
        Assert.True(offenders.Length == 0, $"PackageReference with a Version attribute in: {string.Join(", ", offenders)}; put versions in Directory.Packages.props");
    }
}
