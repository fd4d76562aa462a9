using System.Runtime.InteropServices;
using MembraneKit.Cli.Isolation;

namespace MembraneKit.Cli.Grading;

/// <summary>
/// The Landlock policy of a grading worker: read and execute the .NET runtime, this tool, the NuGet packages
/// and restore cache, and the system folders; write only its own scratch folder. Nothing else — not the
/// source, not other submissions, not the output folder, not the user's home.
/// </summary>
internal static class SandboxSupport
{
    /// <summary>The Landlock ABI version, or 0 when the kernel has none.</summary>
    public static int Abi { get; } = Landlock.AbiVersion();

    /// <summary>What the summary says of the sandbox: "Landlock ABI 7" or why there is none.</summary>
    public static string Describe(bool wanted) => !wanted ? "off (--no-sandbox)" : Abi > 0 ? $"Landlock ABI {Abi}" : OperatingSystem.IsLinux() ? "none: this kernel has no Landlock" : "none: Landlock is Linux only";

    public static SandboxPolicy Policy(string scratch, string restoreCache)
    {
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var dotnetRoot = runtime.Parent?.Parent?.Parent?.FullName ?? runtime.FullName;
        string[] system = ["/usr", "/lib", "/lib32", "/lib64", "/bin", "/sbin", "/etc", "/proc", "/sys", "/dev", "/opt/dotnet"];
        var readOnly = system
            .Append(dotnetRoot)
            .Append(AppContext.BaseDirectory)
            .Append(Path.GetDirectoryName(typeof(SandboxSupport).Assembly.Location) ?? AppContext.BaseDirectory)
            .Append(NuGetPackagesFolder())
            // The user-level NuGet.Config (read to list package sources; the scratch NuGet.config clears them).
            .Append(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "NuGet"))
            .Append(restoreCache)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new SandboxPolicy(readOnly, [scratch, "/dev/null"]);
    }

    /// <summary>NuGet's global packages folder: <c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>.</summary>
    public static string NuGetPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>The engine's default restore cache: <c>$XDG_CACHE_HOME/membranekit/restore</c>, else <c>~/.cache/membranekit/restore</c>.</summary>
    public static string RestoreCache()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "membranekit", "restore");
    }
}
