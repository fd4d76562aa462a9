namespace MembraneKit.Notebooks;

/// <summary>A package restored for a session: its folder and the runtime assemblies loaded from it.</summary>
/// <param name="Id">The package id, as the restore spelled it.</param>
/// <param name="Version">The version restored.</param>
/// <param name="Folder">The package's folder in the NuGet global-packages folder.</param>
/// <param name="AssemblyPaths">Its runtime assemblies for this framework and platform.</param>
/// <param name="NativeFolders">Folders holding its native libraries for this platform.</param>
/// <param name="Dependencies">Ids of the packages it depends on.</param>
public sealed record ResolvedPackage(
    string Id,
    string Version,
    string Folder,
    IReadOnlyList<string> AssemblyPaths,
    IReadOnlyList<string> NativeFolders,
    IReadOnlyList<string> Dependencies)
{
    /// <summary>The package's <c>interactive-extensions/dotnet/extension.dib</c>, when it has one.</summary>
    public string? ExtensionScript
    {
        get
        {
            var path = Path.Combine(Folder, "interactive-extensions", "dotnet", "extension.dib");
            return File.Exists(path) ? path : null;
        }
    }
}
