namespace MembraneKit.Tests.Design;

/// <summary>Finds files of the repository from a test's output folder.</summary>
internal static class RepositoryLayout
{
    internal static string Root { get; } = FindRoot();

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
