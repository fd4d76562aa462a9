using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace MembraneKit.Notebooks;

/// <summary>
/// The scripting metadata resolver (relative <c>#r</c> paths from the notebook's folder, assembly
/// names from the runtime, missing assemblies resolved on demand) with every reference it finds
/// memory-mapped, like <see cref="MappedReferences"/>, instead of copied into memory.
/// </summary>
/// <remarks>
/// Binding a netstandard library pulls in dozens of facades through type forwarders; copied, they
/// cost a one-cell notebook some 50 MB of native memory.
/// </remarks>
internal sealed class MappedMetadataResolver(ScriptMetadataResolver inner) : MetadataReferenceResolver
{
    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        inner.ResolveReference(reference, baseFilePath, properties).Select(Map).ToImmutableArray();

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        inner.ResolveMissingAssembly(definition, referenceIdentity) is { } found ? Map(found) : null;

    public override bool Equals(object? other) => other is MappedMetadataResolver mapped && mapped.Inner.Equals(inner);

    public override int GetHashCode() => inner.GetHashCode();

    private ScriptMetadataResolver Inner => inner;

    private static PortableExecutableReference Map(PortableExecutableReference reference)
    {
        if (reference.FilePath is not { } path || !File.Exists(path) || reference.Properties.Kind != MetadataImageKind.Assembly)
        {
            return reference;
        }

        return MappedReferences.FromFile(path, reference.Properties);
    }
}
