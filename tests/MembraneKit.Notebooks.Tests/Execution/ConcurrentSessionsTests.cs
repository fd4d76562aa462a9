using System.Diagnostics;

namespace MembraneKit.Notebooks.Tests;

/// <summary>
/// Sessions of one process compiling at the same moment. Roslyn keeps the symbols it makes for a referenced
/// assembly on that reference's metadata, which the sessions share; sessions binding the framework for the first
/// time at once each made their own System.Private.CoreLib symbols, and a later cell then saw a type from one
/// copy assigned to a field typed with the other ("cannot convert System.TimeSpan to System.TimeSpan").
/// </summary>
public sealed class ConcurrentSessionsTests
{
    /// <summary>The argument that makes <see cref="TestProgram"/> run <see cref="RunScenario"/>.</summary>
    public const string Scenario = "concurrent-sessions";

    private const int Sessions = 8;

    /// <summary>
    /// In a new process, so that these sessions are the first to bind the framework whichever tests ran before
    /// here (in this process the symbols exist by then, and the race is gone).
    /// </summary>
    [Fact]
    public async Task The_first_sessions_of_a_process_compiling_at_once_keep_one_copy_of_each_framework_type()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ConcurrentSessionsTests).Assembly.Location);
        start.ArgumentList.Add(Scenario);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using (var limit = new CancellationTokenSource(TestLimits.Cell))
        {
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"the {Scenario} process did not finish within {TestLimits.Cell.TotalSeconds} s");
            }
        }

        var (stdout, stderr) = (await output.WaitAsync(TimeSpan.FromSeconds(30)), await error.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}\n{stdout}\n{stderr}");
        Assert.Equal(string.Concat(Enumerable.Repeat("True\n", Sessions)), stdout.ReplaceLineEndings("\n"));
    }

    /// <summary>
    /// Starts <see cref="Sessions"/> sessions, releases them together, and has each declare framework-typed fields
    /// in one cell and assign them in the next; prints each session's answer to whether the script's TimeSpan is
    /// the host's, or its errors. Exit code 1 when any session failed.
    /// </summary>
    internal static int RunScenario()
    {
        using var barrier = new Barrier(Sessions);
        var runs = Enumerable.Range(0, Sessions).Select(_ => Task.Factory.StartNew(
            () =>
            {
                using var session = new NotebookSession();
                barrier.SignalAndWait(TestLimits.Cell);
                var first = session.ExecuteAsync("System.TimeSpan wait = System.TimeSpan.Zero;\nList<int> counts = [];").WaitAsync(TestLimits.Cell).GetAwaiter().GetResult();
                var second = session.ExecuteAsync("wait = System.TimeSpan.FromSeconds(5);\ncounts = [7];\ntypeof(TimeSpan).Assembly == typeof(object).Assembly && wait.GetType() == typeof(TimeSpan)")
                    .WaitAsync(TestLimits.Cell).GetAwaiter().GetResult();
                return first.Outputs.Concat(second.Outputs).Select(output => output switch
                {
                    ExecuteResultOutput result => result.Data[MimeBundles.PlainText],
                    ErrorOutput error => error.Value,
                    _ => output.ToString(),
                }).ToArray();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        var answers = Task.WhenAll(runs).WaitAsync(TestLimits.Cell).GetAwaiter().GetResult();
        foreach (var answer in answers)
        {
            Console.Out.Write(string.Concat(answer.Select(line => line + "\n")));
        }

        return answers.All(answer => answer is ["True"]) ? 0 : 1;
    }
}
