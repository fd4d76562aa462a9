using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MembraneKit.Notebooks;

/// <summary>
/// A session's metadata references with their XML documentation attached: the <c>.xml</c> beside the DLL
/// where there is one (packages usually ship it), else, for the runtime's own assemblies,
/// <see cref="FrameworkDocumentation"/>. The metadata itself is shared with the session's reference, so a
/// documented reference costs no second copy or mapping of the assembly.
/// </summary>
internal static class DocumentedReferences
{
    private static readonly ConditionalWeakTable<PortableExecutableReference, PortableExecutableReference> Documented = [];

    public static MetadataReference WithDocumentation(MetadataReference reference) =>
        reference is PortableExecutableReference file ? Documented.GetValue(file, Create) : reference;

    private static PortableExecutableReference Create(PortableExecutableReference reference)
    {
        if (reference.FilePath is not { } path || DocumentationFor(path) is not { } documentation)
        {
            return reference;
        }

        try
        {
            return reference.GetMetadata() is AssemblyMetadata metadata
                ? metadata.GetReference(documentation, reference.Properties.Aliases, reference.Properties.EmbedInteropTypes, path)
                : reference;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return reference;
        }
    }

    private static DocumentationProvider? DocumentationFor(string path)
    {
        var beside = Path.ChangeExtension(path, ".xml");
        if (File.Exists(beside))
        {
            return XmlDocumentationProvider.CreateFromFile(beside);
        }

        return string.Equals(Path.GetDirectoryName(path), FrameworkDocumentation.RuntimeFolder, StringComparison.Ordinal)
            ? FrameworkDocumentation.Instance
            : null;
    }
}
