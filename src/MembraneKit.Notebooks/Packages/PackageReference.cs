namespace MembraneKit.Notebooks;

/// <summary>A package a cell asked for with <c>#r "nuget: Id, Version"</c>.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Version">The version or range; <see langword="null"/> for the latest.</param>
public sealed record PackageReference(string Id, string? Version)
{
    /// <inheritdoc/>
    public override string ToString() => Version is null ? Id : $"{Id}, {Version}";
}
