namespace MembraneKit.Kernel;

/// <summary>A kernelspec found in one of Jupyter's folders.</summary>
/// <param name="Name">Its name (the folder's name), as a notebook's <c>metadata.kernelspec.name</c> gives it.</param>
/// <param name="Directory">Its folder.</param>
/// <param name="DisplayName">Its display name, if its <c>kernel.json</c> could be read.</param>
/// <param name="IsOurs">Whether this kit installed it.</param>
/// <param name="Owner">What it is, in words: ours with its version, or the program its <c>argv</c> starts.</param>
/// <param name="IsShadowed">Whether a kernelspec of the same name earlier in Jupyter's search path hides it.</param>
public sealed record InstalledKernelSpec(string Name, string Directory, string? DisplayName, bool IsOurs, string Owner, bool IsShadowed);
