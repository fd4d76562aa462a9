using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace MembraneKit.Cli.Isolation;

/// <summary>
/// Starts this same tool as a notebook worker: the installed command itself (its app host) when it is
/// the running program, otherwise this assembly under the <c>dotnet</c> host (<c>dotnet exec</c>) —
/// under <c>dotnet run</c>, <c>dotnet MembraneKit.Cli.dll</c> or a test host.
/// </summary>
internal static class WorkerLauncher
{
    public static ProcessStartInfo StartInfo(string pipeName)
    {
        var assembly = typeof(WorkerLauncher).Assembly;
        var processPath = Environment.ProcessPath;
        ProcessStartInfo start;
        if (processPath is not null && Assembly.GetEntryAssembly() == assembly && !IsDotNetHost(processPath))
        {
            start = new ProcessStartInfo(processPath);
        }
        else
        {
            start = new ProcessStartInfo(DotNetHost(processPath));
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(assembly.Location);
        }

        start.ArgumentList.Add(NotebookWorker.Verb);
        start.ArgumentList.Add(pipeName);
        start.UseShellExecute = false;
        // The run reads the worker's error output for the cause of a crash; its standard output and
        // input stay the terminal's, as they were when notebooks ran in the command's own process.
        start.RedirectStandardError = true;
        return start;
    }

    private static bool IsDotNetHost(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase);

    private static string DotNetHost(string? processPath)
    {
        if (processPath is not null && IsDotNetHost(processPath))
        {
            return processPath;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        // The shared runtime lives at <root>/shared/Microsoft.NETCore.App/<version>/, the host at <root>/dotnet.
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var root = runtime.Parent?.Parent?.Parent?.FullName;
        var beside = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return beside is not null && File.Exists(beside) ? beside : "dotnet";
    }
}
