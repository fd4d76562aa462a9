using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml;
using Microsoft.CodeAnalysis;

namespace MembraneKit.Notebooks;

/// <summary>
/// The XML documentation of the .NET framework, for the runtime's own assemblies (which sessions
/// compile against, and which ship no documentation) from the reference pack of the .NET SDK
/// (<c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net10.0/*.xml</c>).
/// </summary>
/// <remarks>
/// A runtime assembly does not match one documentation file: <c>System.Private.CoreLib</c> holds types
/// that the reference pack documents in <c>System.Runtime.xml</c>, <c>System.Collections.xml</c>,
/// <c>System.Threading.xml</c> and more. So the first request indexes which reference assembly defines
/// each type (reading metadata only), and a member's documentation is looked up in the file of its type.
/// Each file is read once, when first needed. Without an SDK (a bare runtime) there is no reference pack
/// and symbols have no documentation.
/// </remarks>
internal sealed class FrameworkDocumentation : DocumentationProvider
{
    private static readonly Lazy<FrameworkDocumentation?> Shared = new(() =>
    {
        try
        {
            return FindReferencePack() is { } folder ? new FrameworkDocumentation(folder) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // No documentation rather than no completion.
        }
    });

    private readonly Lazy<Dictionary<string, string>> _typeFiles;
    private readonly ConcurrentDictionary<string, Lazy<Dictionary<string, string>>> _files = new(StringComparer.Ordinal);

    private FrameworkDocumentation(string folder)
    {
        Folder = folder;
        _typeFiles = new Lazy<Dictionary<string, string>>(() => IndexTypes(folder));
    }

    /// <summary>The documentation of this process's framework, or <see langword="null"/> when no reference pack is installed.</summary>
    public static FrameworkDocumentation? Instance => Shared.Value;

    /// <summary>The folder of the running framework's assemblies.</summary>
    public static string RuntimeFolder { get; } = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";

    /// <summary>The reference-pack folder the documentation comes from.</summary>
    public string Folder { get; }

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => Folder.GetHashCode(StringComparison.Ordinal);

    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default)
    {
        if (documentationMemberID.Length < 3 || documentationMemberID[1] != ':' || documentationMemberID[0] == 'N')
        {
            return null;
        }

        // M:System.Math.Sqrt(System.Double) → System.Math.Sqrt → System.Math, a type the index knows.
        var name = documentationMemberID[2..];
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        if (parameters >= 0)
        {
            name = name[..parameters];
        }

        var types = _typeFiles.Value;
        string? file;
        while (!types.TryGetValue(name, out file))
        {
            var dot = name.LastIndexOf('.');
            if (dot <= 0)
            {
                return null;
            }

            name = name[..dot];
        }

        return _files.GetOrAdd(file, path => new Lazy<Dictionary<string, string>>(() => ReadMembers(path))).Value
            .GetValueOrDefault(documentationMemberID);
    }

    /// <summary>
    /// The reference pack of the running framework: beside its <c>shared/Microsoft.NETCore.App/&lt;version&gt;</c>
    /// folder (or under <c>DOTNET_ROOT</c>), the same version if installed, else the newest of the same major
    /// and minor version, else the newest older one.
    /// </summary>
    internal static string? FindReferencePack()
    {
        if (!Version.TryParse(VersionPart(Path.GetFileName(RuntimeFolder)), out var runtime))
        {
            runtime = Environment.Version;
        }

        var roots = new[] { Path.Combine(RuntimeFolder, "..", "..", ".."), Environment.GetEnvironmentVariable("DOTNET_ROOT") }
            .Where(root => !string.IsNullOrEmpty(root))
            .Select(root => Path.GetFullPath(root!))
            .Distinct(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
            if (!Directory.Exists(packs))
            {
                continue;
            }

            var best = Directory.GetDirectories(packs)
                .Select(folder => (Folder: folder, Version: Version.TryParse(VersionPart(Path.GetFileName(folder)), out var v) ? v : null))
                .Where(pack => pack.Version is not null && pack.Version <= runtime)
                .OrderByDescending(pack => pack.Version!.Major == runtime.Major && pack.Version.Minor == runtime.Minor)
                .ThenByDescending(pack => pack.Version)
                .Select(pack => Path.Combine(pack.Folder, "ref", $"net{pack.Version!.Major}.{pack.Version.Minor}"))
                .FirstOrDefault(folder => Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.xml").Any());
            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    private static string VersionPart(string? folderName) => folderName?.Split('-', 2)[0] ?? "";

    private static Dictionary<string, string> IndexTypes(string folder)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            var xml = Path.ChangeExtension(assembly, ".xml");
            if (!File.Exists(xml))
            {
                continue;
            }

            try
            {
                using var stream = File.OpenRead(assembly);
                using var reader = new PEReader(stream);
                if (!reader.HasMetadata)
                {
                    continue;
                }

                var metadata = reader.GetMetadataReader();
                foreach (var handle in metadata.TypeDefinitions)
                {
                    index.TryAdd(TypeName(metadata, metadata.GetTypeDefinition(handle)), xml);
                }
            }
            catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
            {
                // An unreadable assembly only loses its documentation.
            }
        }

        return index;
    }

    /// <summary>A type's name as documentation ids spell it: namespace, containing types and name joined by dots.</summary>
    private static string TypeName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return TypeName(metadata, metadata.GetTypeDefinition(declaring)) + "." + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static Dictionary<string, string> ReadMembers(string path)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Name == "member" && reader.GetAttribute("name") is { } name)
                {
                    members.TryAdd(name, reader.ReadOuterXml());
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException)
        {
            // A damaged file only loses its documentation.
        }

        return members;
    }
}
