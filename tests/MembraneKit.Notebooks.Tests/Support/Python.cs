using System.Diagnostics;

namespace MembraneKit.Notebooks.Tests;

/// <summary>Runs Debian's Python (where python3-nbformat lives), the reference for how Jupyter writes files.</summary>
internal static class Python
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string Run(string script, params string[] arguments)
    {
        var (exitCode, output, error) = Execute("python", script, arguments);
        Assert.True(exitCode == 0, $"python failed:\n{error}");
        return output;
    }

    /// <summary>Runs <paramref name="script"/> and returns its exit code and output; <paramref name="what"/> names it if it hangs.</summary>
    public static (int ExitCode, string Output, string Error) Execute(string what, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{what} did not finish within {Limit.TotalSeconds} s");
        }

        // A grandchild that inherited the pipes could keep them open after the process ended.
        if (!Task.WaitAll([output, error], TimeSpan.FromSeconds(30)))
        {
            Assert.Fail($"{what} ended, but its output did not close within 30 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
