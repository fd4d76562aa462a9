using System.Diagnostics;
using System.Text;

namespace MembraneKit.Kernel.Tests;

/// <summary>Runs a program to its end within a time limit and keeps what it printed.</summary>
public static class ProcessRun
{
    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, TimeSpan limit, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (error)
            {
                error.AppendLine(e.Data);
            }
        };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(limit);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        // The rest of its output: bounded, as a grandchild that inherited the pipes may keep them open.
        process.WaitForExit(TimeSpan.FromSeconds(30));
        lock (output)
        {
            lock (error)
            {
                return new Result(timedOut ? -1 : process.ExitCode, output.ToString(), error.ToString(), timedOut);
            }
        }
    }

    public sealed record Result(int ExitCode, string Output, string Error, bool TimedOut)
    {
        public string Describe() =>
            (TimedOut ? "It ran past its time limit and was killed.\n" : $"Exit code {ExitCode}.\n") + $"--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
    }
}
