using System.Reflection;
using System.Runtime.Loader;

namespace MembraneKit.Interactive.Tests;

/// <summary>
/// Loads the kit, its dependencies and this test assembly afresh, as a Polyglot Notebooks kernel does, except
/// that it cannot load FSharp.Core 10.1 — the situation of a kernel that already has FSharp.Core 10.0 loaded,
/// where Plotly.NET and DynamicObj (compiled against 10.1) load but fail at their first F# call. Every refused load
/// is recorded.
/// </summary>
internal sealed class OlderFSharpCoreLoadContext(string folder) : AssemblyLoadContext("older FSharp.Core kernel")
{
    private readonly List<string> _refused = [];

    /// <summary>The assemblies that code in this context tried to load and could not.</summary>
    public IReadOnlyList<string> Refused
    {
        get
        {
            lock (_refused)
            {
                return [.. _refused];
            }
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (string.Equals(assemblyName.Name, "FSharp.Core", StringComparison.OrdinalIgnoreCase) && assemblyName.Version > new Version(10, 0, 0, 0))
        {
            lock (_refused)
            {
                _refused.Add(assemblyName.FullName);
            }

            throw new FileNotFoundException($"Could not load file or assembly '{assemblyName.FullName}' (this kernel has an older FSharp.Core loaded).");
        }

        var path = Path.Combine(folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
