using System.Diagnostics;

namespace MembraneKit.Kernel;

/// <summary>
/// Where Jupyter looks for kernelspecs, resolved the way jupyter_core does, so a kernelspec installed
/// here is the one jupyter_client, nbclient and VS Code find.
/// </summary>
public static class JupyterPaths
{
    private const string DebianPython = "/usr/bin/python3";

    /// <summary>
    /// The user's kernelspecs: <c>$JUPYTER_DATA_DIR/kernels</c> when set, else
    /// <c>$XDG_DATA_HOME/jupyter/kernels</c> or <c>~/.local/share/jupyter/kernels</c> on Linux,
    /// <c>~/Library/Jupyter/kernels</c> on macOS, <c>%APPDATA%\jupyter\kernels</c> on Windows.
    /// </summary>
    public static string UserKernels() => Path.Combine(UserDataDirectory(), "kernels");

    /// <summary>The kernelspecs under a prefix: <c>PREFIX/share/jupyter/kernels</c>.</summary>
    /// <param name="prefix">An installation prefix, such as a virtual environment's folder.</param>
    public static string PrefixKernels(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        return Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");
    }

    /// <summary>
    /// The Python installation's prefix (<c>sys.prefix</c>) that Jupyter runs from: that of
    /// <c>/usr/bin/python3</c> (Debian's Jupyter), else of <c>python3</c> on the PATH.
    /// </summary>
    /// <returns>The prefix, or <see langword="null"/> when no Python could be asked.</returns>
    public static string? PythonPrefix()
    {
        foreach (var python in new[] { DebianPython, "python3", "python" })
        {
            if (python == DebianPython && !File.Exists(python))
            {
                continue;
            }

            try
            {
                var start = new ProcessStartInfo(python)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                start.ArgumentList.Add("-c");
                start.ArgumentList.Add("import sys; print(sys.prefix)");
                using var process = Process.Start(start);
                if (process is null)
                {
                    continue;
                }

                var output = process.StandardOutput.ReadToEndAsync();
                if (!process.WaitForExit(10_000))
                {
                    process.Kill();
                    continue;
                }

                var prefix = output.Result.Trim();
                if (process.ExitCode == 0 && prefix.Length > 0)
                {
                    return prefix;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // No such program: try the next.
            }
        }

        return null;
    }

    /// <summary>
    /// Every folder Jupyter searches for kernelspecs, first match wins, in jupyter_core's order:
    /// <c>JUPYTER_PATH</c>'s entries; the user's data folder (and, on Linux, the user site's
    /// <c>~/.local/share/jupyter</c>); the Python prefix's <c>share/jupyter</c> (before the user's when
    /// <c>JUPYTER_PREFER_ENV_PATH</c> is set); the system folders; then IPython's <c>~/.ipython/kernels</c> —
    /// each with <c>kernels</c> appended.
    /// </summary>
    public static IReadOnlyList<string> KernelSearchPath()
    {
        var roots = new List<string>();
        var jupyterPath = Environment.GetEnvironmentVariable("JUPYTER_PATH");
        if (!string.IsNullOrEmpty(jupyterPath))
        {
            roots.AddRange(jupyterPath.Split(Path.PathSeparator).Select(entry => entry.TrimEnd(Path.DirectorySeparatorChar)));
        }

        var user = new List<string> { UserDataDirectory() };
        if (OperatingSystem.IsLinux())
        {
            var userSite = Path.Combine(Home(), ".local", "share", "jupyter");
            if (!user.Contains(userSite, StringComparer.Ordinal))
            {
                user.Add(userSite);
            }
        }

        string[] system = OperatingSystem.IsWindows()
            ? [Path.Combine(Environment.GetEnvironmentVariable("PROGRAMDATA") ?? @"C:\ProgramData", "jupyter")]
            : ["/usr/local/share/jupyter", "/usr/share/jupyter"];
        var environment = PythonPrefix() is { } prefix ? new[] { Path.Combine(prefix, "share", "jupyter") }.Except(system, StringComparer.Ordinal).ToArray() : [];
        var preferEnvironment = Environment.GetEnvironmentVariable("JUPYTER_PREFER_ENV_PATH") is { Length: > 0 } flag
                                && !flag.Equals("0", StringComparison.Ordinal) && !flag.Equals("false", StringComparison.OrdinalIgnoreCase) && !flag.Equals("no", StringComparison.OrdinalIgnoreCase);
        roots.AddRange(preferEnvironment ? environment.Concat(user) : user.Concat(environment));
        roots.AddRange(system);
        var kernels = roots.Select(root => Path.Combine(root, "kernels")).ToList();
        kernels.Add(Path.Combine(Home(), ".ipython", "kernels"));
        return kernels.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string Home() => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    private static string UserDataDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var home = Home();
        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }

        if (OperatingSystem.IsWindows())
        {
            var appData = Environment.GetEnvironmentVariable("APPDATA");
            return string.IsNullOrEmpty(appData) ? Path.Combine(home, ".jupyter", "data") : Path.Combine(appData, "jupyter");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }
}
