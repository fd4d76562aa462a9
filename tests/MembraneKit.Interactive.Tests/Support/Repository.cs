namespace MembraneKit.Interactive.Tests;

/// <summary>Finds the repository root (the folder holding MembraneKit.sln) from the test's output folder.</summary>
internal static class Repository
{
    internal static string Root { get; } = FindRoot();

    internal static string Artifacts(params string[] parts)
    {
        var path = Path.Combine([Root, "artifacts", .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MembraneKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"MembraneKit.sln not found above {AppContext.BaseDirectory}");
    }
}
