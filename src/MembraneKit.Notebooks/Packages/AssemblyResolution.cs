using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace MembraneKit.Notebooks;

/// <summary>
/// Lets the default load context find the assemblies of loaded packages and of <c>#r</c> files, so
/// each assembly exists once per process: one that is already loaded (the engine's own
/// <c>Microsoft.DotNet.Interactive.Formatting</c> above all) is reused, never loaded a second time
/// from a package folder — a second copy would keep its own formatter table, and the formatters a
/// package's <c>extension.dib</c> registers would never be seen.
/// </summary>
internal static class AssemblyResolution
{
    private static readonly ConcurrentDictionary<string, string> PathsByName = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, byte> ProbingFolders = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, byte> NativeFolders = new(StringComparer.Ordinal);
    private static readonly object Gate = new();
    private static bool _installed;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            AssemblyLoadContext.Default.Resolving += Resolve;
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += ResolveNative;
            _installed = true;
        }
    }

    /// <summary>Registers an assembly file; the first registration of a simple name wins.</summary>
    public static void Register(string assemblyPath)
    {
        var name = Path.GetFileNameWithoutExtension(assemblyPath);
        PathsByName.TryAdd(name, assemblyPath);
    }

    /// <summary>Registers a folder whose assemblies may be dependencies (the folder of a <c>#r</c> file).</summary>
    public static void RegisterFolder(string folder) => ProbingFolders.TryAdd(folder, 0);

    public static void RegisterNativeFolder(string folder) => NativeFolders.TryAdd(folder, 0);

    /// <summary>The already-loaded assembly with this simple name, if any (first in the default context).</summary>
    public static Assembly? FindLoaded(string simpleName)
    {
        Assembly? found = null;
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.IsDynamic || !string.Equals(assembly.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (AssemblyLoadContext.GetLoadContext(assembly) == AssemblyLoadContext.Default)
            {
                return assembly;
            }

            found ??= assembly;
        }

        return found;
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is not { } simpleName)
        {
            return null;
        }

        if (FindLoaded(simpleName) is { } loaded)
        {
            return loaded;
        }

        if (PathsByName.TryGetValue(simpleName, out var path) && File.Exists(path))
        {
            return context.LoadFromAssemblyPath(path);
        }

        foreach (var folder in ProbingFolders.Keys)
        {
            var candidate = Path.Combine(folder, simpleName + ".dll");
            if (File.Exists(candidate))
            {
                return context.LoadFromAssemblyPath(candidate);
            }
        }

        return null;
    }

    private static IntPtr ResolveNative(Assembly requester, string libraryName)
    {
        foreach (var folder in NativeFolders.Keys)
        {
            foreach (var candidate in NativeCandidates(folder, libraryName))
            {
                if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var handle))
                {
                    return handle;
                }
            }
        }

        return IntPtr.Zero;
    }

    private static IEnumerable<string> NativeCandidates(string folder, string libraryName)
    {
        yield return Path.Combine(folder, libraryName);
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            yield return Path.Combine(folder, libraryName + ".dll");
        }
        else
        {
            var extension = RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? ".dylib" : ".so";
            yield return Path.Combine(folder, libraryName + extension);
            yield return Path.Combine(folder, "lib" + libraryName + extension);
        }
    }
}
