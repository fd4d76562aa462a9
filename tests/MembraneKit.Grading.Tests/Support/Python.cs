using System.Diagnostics;

namespace MembraneKit.Grading.Tests;

/// <summary>Debian's Python (/usr/bin/python3), a real peer for what Python and nbgrader compute.</summary>
internal static class Python
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    /// <summary>Runs a script with arguments; returns its standard output, failing the test on a non-zero exit.</summary>
    public static string Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"python3 did not finish within {Limit}");
        }

        Assert.True(process.ExitCode == 0, $"python3 failed ({process.ExitCode}):\n{error.Result}");
        return output.Result;
    }
}
