using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace MembraneKit.Notebooks;

/// <summary>
/// Metadata references backed by memory-mapped files, shared by every session of the process.
/// </summary>
/// <remarks>
/// <c>MetadataReference.CreateFromFile</c> copies the whole file into memory; for the framework's
/// implementation assemblies (System.Private.CoreLib alone is over 10 MB with its native code) that
/// is tens of megabytes a compiler only reads the metadata tables of. A mapping costs only the pages
/// the compiler touches, and those pages are shared with the runtime's own mapping.
/// </remarks>
internal static class MappedReferences
{
    private static readonly ConcurrentDictionary<(string Path, MetadataReferenceProperties Properties), PortableExecutableReference> References = new();

    public static PortableExecutableReference FromFile(string path) => FromFile(path, MetadataReferenceProperties.Assembly);

    /// <summary>One reference object per file and properties, so compilations also share their binding caches.</summary>
    public static PortableExecutableReference FromFile(string path, MetadataReferenceProperties properties) =>
        References.GetOrAdd((Path.GetFullPath(path), properties), key =>
            AssemblyMetadata.CreateFromFile(key.Path).GetReference(aliases: key.Properties.Aliases, embedInteropTypes: key.Properties.EmbedInteropTypes, filePath: key.Path));
}
