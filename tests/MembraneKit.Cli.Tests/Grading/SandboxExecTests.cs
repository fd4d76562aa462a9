using System.Diagnostics;
using MembraneKit.Cli.Isolation;

namespace MembraneKit.Cli.Tests.Grading;

/// <summary>The hidden <c>__sandbox-exec</c> verb, run as <c>grade</c> runs it, on a shell that tries to escape.</summary>
public sealed class SandboxExecTests
{
    [Fact]
    public async Task A_sandboxed_program_reads_and_writes_only_where_it_is_allowed_and_signals_no_one_outside()
    {
        var folder = CliRun.TempFolder();
        var allowed = Directory.CreateDirectory(Path.Combine(folder, "scratch")).FullName;
        var secret = Path.Combine(folder, "secret.txt");
        await File.WriteAllTextAsync(secret, "hidden tests");
        var script = $"cat '{secret}' && echo READ; echo x > '{folder}/planted' && echo WROTE; rm -f '{secret}' && echo DELETED; " +
                     $"echo mine > '{allowed}/mine' && cat '{allowed}/mine'; kill -0 {Environment.ProcessId} && echo SIGNALLED; echo end";

        var (code, output, error) = await RunAsync(["--read", "/usr", "--read", "/lib", "--read", "/lib64", "--read", "/bin", "--read", "/etc", "--write", allowed, "--", "/bin/sh", "-c", script]);

        if (Landlock.AbiVersion() == 0)
        {
            Assert.Equal(SandboxExec.SetupFailed, code);
            Assert.Contains("Landlock is not available", error, StringComparison.Ordinal);
            return;
        }

        Assert.True(code == 0, error);
        Assert.Equal(["mine", "end"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(File.Exists(secret));
        Assert.False(File.Exists(Path.Combine(folder, "planted")));
        Assert.Contains("Permission denied", error, StringComparison.Ordinal);
        if (Landlock.AbiVersion() >= 6)
        {
            Assert.Contains("Operation not permitted", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_program_that_cannot_be_started_is_named_with_the_setup_failed_code()
    {
        var (code, _, error) = await RunAsync(["--read", "/usr", "--", "/no/such/program"]);

        Assert.Equal(SandboxExec.SetupFailed, code);
        Assert.Contains(Landlock.AbiVersion() == 0 ? "Landlock is not available" : "/no/such/program", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] arguments)
    {
        var worker = WorkerLauncher.StartInfo("unused");
        var start = new ProcessStartInfo(worker.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in worker.ArgumentList.TakeWhile(a => a != NotebookWorker.Verb).Append(SandboxExec.Verb).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await output, await error);
    }
}
