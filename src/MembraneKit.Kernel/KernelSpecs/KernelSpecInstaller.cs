using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MembraneKit.Kernel;

/// <summary>
/// Writes, finds and removes this kernel's Jupyter kernelspec: a folder <c>kernels/&lt;name&gt;/</c> with
/// <c>kernel.json</c> (the command that starts the kernel, its display name, language and interrupt mode)
/// and two logos.
/// </summary>
/// <remarks>
/// A kernelspec is ours when its <c>kernel.json</c> carries <c>metadata.membranekit</c>. One that is not —
/// the .NET Interactive kernel's <c>.net-csharp</c>, say — is never overwritten or removed unless the
/// caller forces it; the error names the folder and what owns it.
/// </remarks>
public static partial class KernelSpecInstaller
{
    /// <summary>
    /// The default name: <c>.net-csharp</c>, the kernelspec the notebooks' metadata names, so front ends
    /// start this kernel for them with no kernel chosen by hand.
    /// </summary>
    public const string DefaultName = ".net-csharp";

    /// <summary>The default display name.</summary>
    public const string DefaultDisplayName = "C# (MembraneKit)";

    private const string OwnerKey = "membranekit";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the kernelspec <paramref name="name"/> into <paramref name="kernelsDirectory"/>.</summary>
    /// <param name="kernelsDirectory">A Jupyter <c>kernels</c> folder (see <see cref="JupyterPaths"/>); made if missing.</param>
    /// <param name="name">The kernelspec's name: letters, digits, <c>.</c>, <c>_</c> and <c>-</c>.</param>
    /// <param name="displayName">The name front ends show.</param>
    /// <param name="command">The kernel's whole command line (<c>argv</c>), with the <c>{connection_file}</c> placeholder Jupyter replaces.</param>
    /// <param name="force">Replace a kernelspec of that name that is not ours.</param>
    /// <returns>The kernelspec's folder.</returns>
    /// <exception cref="ArgumentException">The name or display name is not allowed, or the command lacks <c>{connection_file}</c>.</exception>
    /// <exception cref="KernelSpecException">A kernelspec of that name is not ours and <paramref name="force"/> is false, or the folder cannot be written.</exception>
    public static string Install(string kernelsDirectory, string name, string displayName, IReadOnlyList<string> command, bool force = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kernelsDirectory);
        CheckName(name);
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new ArgumentException("The display name is empty; give the name front ends should show, such as \"C# (MembraneKit)\".", nameof(displayName));
        }

        if (!command.Any(argument => argument.Contains("{connection_file}", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The kernel command ({string.Join(" ", command)}) has no {{connection_file}} placeholder; Jupyter would have no way to pass the connection file.", nameof(command));
        }

        var directory = Path.Combine(Path.GetFullPath(kernelsDirectory), name);
        if (Directory.Exists(directory) && !force && Describe(directory) is { IsOurs: false } existing)
        {
            throw new KernelSpecException($"A kernelspec \"{name}\" that is not MembraneKit's is installed at {directory} ({existing.Owner}); it was left as it is. Give --force to replace it, or --name to install this kernel under another name.");
        }

        var spec = new JsonObject
        {
            ["argv"] = new JsonArray(command.Select(argument => (JsonNode?)JsonValue.Create(argument)).ToArray()),
            ["display_name"] = displayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject
            {
                [OwnerKey] = new JsonObject
                {
                    ["version"] = JupyterKernel.Version,
                    ["installed_by"] = "membranekit kernel install",
                },
            },
        };
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "kernel.json"), spec.ToJsonString(Indented) + "\n");
            foreach (var logo in new[] { "logo-32x32.png", "logo-64x64.png" })
            {
                using var resource = typeof(KernelSpecInstaller).Assembly.GetManifestResourceStream($"MembraneKit.Kernel.{logo}")
                                     ?? throw new InvalidOperationException($"The kernel assembly lacks its embedded {logo}.");
                using var file = File.Create(Path.Combine(directory, logo));
                resource.CopyTo(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KernelSpecException($"Could not write the kernelspec at {directory}: {e.Message}", e);
        }

        return directory;
    }

    /// <summary>Removes the kernelspec <paramref name="name"/> from <paramref name="kernelsDirectory"/> if it is ours (or <paramref name="force"/>).</summary>
    /// <returns>The folder removed, or <see langword="null"/> when there was none.</returns>
    /// <exception cref="KernelSpecException">It is not ours and <paramref name="force"/> is false, or it cannot be removed.</exception>
    public static string? Uninstall(string kernelsDirectory, string name, bool force = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kernelsDirectory);
        CheckName(name);
        var directory = Path.Combine(Path.GetFullPath(kernelsDirectory), name);
        if (!Directory.Exists(directory))
        {
            return null;
        }

        if (!force && Describe(directory) is { IsOurs: false } existing)
        {
            throw new KernelSpecException($"The kernelspec \"{name}\" at {directory} is not MembraneKit's ({existing.Owner}); it was left as it is. Give --force to remove it anyway.");
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KernelSpecException($"Could not remove the kernelspec at {directory}: {e.Message}", e);
        }

        return directory;
    }

    /// <summary>Every kernelspec in <paramref name="kernelsDirectories"/>, in search order; a later one of a name already seen is marked shadowed.</summary>
    /// <param name="kernelsDirectories">Jupyter <c>kernels</c> folders, first match wins (see <see cref="JupyterPaths.KernelSearchPath"/>).</param>
    public static IReadOnlyList<InstalledKernelSpec> List(IEnumerable<string> kernelsDirectories)
    {
        ArgumentNullException.ThrowIfNull(kernelsDirectories);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var found = new List<InstalledKernelSpec>();
        foreach (var kernels in kernelsDirectories)
        {
            if (!Directory.Exists(kernels))
            {
                continue;
            }

            foreach (var directory in Directory.GetDirectories(kernels).Order(StringComparer.Ordinal))
            {
                if (!File.Exists(Path.Combine(directory, "kernel.json")))
                {
                    continue;
                }

                var spec = Describe(directory);
                found.Add(spec with { IsShadowed = !seen.Add(spec.Name) });
            }
        }

        return found;
    }

    /// <summary>Reads a kernelspec folder: its name, display name, and whether it is ours.</summary>
    /// <param name="directory">A kernelspec's folder.</param>
    public static InstalledKernelSpec Describe(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var file = Path.Combine(directory, "kernel.json");
        if (!File.Exists(file))
        {
            return new InstalledKernelSpec(name, directory, null, false, "a folder without kernel.json", false);
        }

        try
        {
            var spec = JsonNode.Parse(File.ReadAllText(file)) as JsonObject;
            var displayName = spec?["display_name"] is JsonValue d && d.TryGetValue<string>(out var text) ? text : null;
            if (spec?["metadata"]?[OwnerKey] is JsonObject ours)
            {
                var version = ours["version"] is JsonValue v && v.TryGetValue<string>(out var installed) ? installed : "an unknown version";
                return new InstalledKernelSpec(name, directory, displayName, true, $"MembraneKit's kernel, {version}", false);
            }

            var argv = spec?["argv"] is JsonArray array ? string.Join(" ", array.Select(a => a is JsonValue value && value.TryGetValue<string>(out var s) ? s : "?")) : "no argv";
            return new InstalledKernelSpec(name, directory, displayName, false, $"\"{displayName ?? "no display name"}\", started by: {argv}", false);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new InstalledKernelSpec(name, directory, null, false, $"a kernel.json that cannot be read: {e.Message}", false);
        }
    }

    private static void CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!KernelName().IsMatch(name) || name.Trim('.').Length == 0)
        {
            throw new ArgumentException($"The kernelspec name \"{name}\" is not allowed: Jupyter accepts letters, digits, '.', '_' and '-' only (such as {DefaultName}).", nameof(name));
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex KernelName();
}
