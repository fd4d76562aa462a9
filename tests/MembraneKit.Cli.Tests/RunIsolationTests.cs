using System.Diagnostics;
using System.Security.Cryptography;
using MembraneKit.Notebooks;
using MembraneKit.Notebooks.Tests;

namespace MembraneKit.Cli.Tests;

/// <summary>
/// <c>membranekit run</c> runs each notebook in its own process: real worker processes, real crashes.
/// </summary>
public sealed class RunIsolationTests
{
    [Theory]
    [InlineData("int Deeper(int n) => Deeper(n + 1) + 1;\nConsole.WriteLine(\"going down\");\nDeeper(0)", "the cell overflowed the stack")]
    [InlineData("Console.WriteLine(\"leaving\");\nEnvironment.Exit(3);", "the cell called Environment.Exit(3)")]
    public async Task A_notebook_that_kills_its_process_is_reported_with_the_reason_and_its_cell_and_the_others_still_run(string killer, string reason)
    {
        var folder = CliRun.TempFolder();
        var input = Path.Combine(folder, "notebooks");
        var output = Path.Combine(folder, "out");
        CliRun.WriteNotebook(Path.Combine(input, "a-before.ipynb"), "var greeting = \"before\";\ngreeting + \" \" + (6 * 7)");
        CliRun.WriteNotebook(Path.Combine(input, "b-crash.ipynb"), "Console.WriteLine(\"first cell\");\n21 * 2", killer, "\"never\"");
        CliRun.WriteNotebook(Path.Combine(input, "c-after.ipynb"), "Console.WriteLine(\"after\");", "Math.Sqrt(16)");
        var crashInput = Path.Combine(input, "b-crash.ipynb");
        var before = SHA256.HashData(await File.ReadAllBytesAsync(crashInput));

        var (code, text, _) = await CliRun.RunAsync("run", input, "--out", output);

        Assert.Equal(1, code);
        Assert.Matches(@"\| b-crash\.ipynb\s+\|\s+2 \|", text);
        Assert.Contains($"cell 2: {reason}", text, StringComparison.Ordinal);
        Assert.Contains("1 of 3 notebooks failed", text, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(crashInput)));

        var first = Notebook.Load(Path.Combine(output, "a-before.ipynb"));
        Assert.Equal("before 42", Assert.IsType<ExecuteResultOutput>(Assert.Single(first.Cells[0].Outputs)).Data["text/plain"]);
        var last = Notebook.Load(Path.Combine(output, "c-after.ipynb"));
        Assert.Equal(new StreamOutput("stdout", "after\n"), Assert.Single(last.Cells[0].Outputs));
        Assert.Equal("4", Assert.IsType<ExecuteResultOutput>(Assert.Single(last.Cells[1].Outputs)).Data["text/plain"]);
        Assert.Equal(2, last.Cells[1].ExecutionCount);

        var crashedPath = Path.Combine(output, "b-crash.ipynb");
        NotebookValidator.AssertValid(crashedPath);
        var crashed = Notebook.Load(crashedPath);
        Assert.Equal(1, crashed.Cells[0].ExecutionCount);
        Assert.Equal(new StreamOutput("stdout", "first cell\n"), crashed.Cells[0].Outputs[0]);
        Assert.Equal("42", Assert.IsType<ExecuteResultOutput>(crashed.Cells[0].Outputs[1]).Data["text/plain"]);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(crashed.Cells[1].Outputs));
        Assert.Equal(("ProcessEnded", reason), (error.Name, error.Value));
        Assert.Contains("no later cell ran", error.Traceback[0], StringComparison.Ordinal);
        Assert.Null(crashed.Cells[2].ExecutionCount);
        Assert.Empty(crashed.Cells[2].Outputs);
    }

    [Fact]
    public async Task Two_notebooks_in_one_run_share_no_process_statics_formatters_or_threads()
    {
        var folder = CliRun.TempFolder();
        var output = Path.Combine(folder, "out");
        // A leaves a mark everywhere a notebook could: a static of the runtime, the process environment,
        // a formatter, and a foreground thread that never ends (it would keep a shared process alive).
        CliRun.WriteNotebook(
            Path.Combine(folder, "a.ipynb"),
            """
            AppDomain.CurrentDomain.SetData("membranekit.test.mark", "set by a");
            Environment.SetEnvironmentVariable("MEMBRANEKIT_TEST_MARK", "set by a");
            Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Version>(v => "formatted by a", "text/plain");
            new System.Threading.Thread(() => System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite)) { IsBackground = false }.Start();
            new Version(1, 2)
            """,
            "Environment.ProcessId");
        CliRun.WriteNotebook(
            Path.Combine(folder, "b.ipynb"),
            """
            $"{AppDomain.CurrentDomain.GetData("membranekit.test.mark") ?? "none"}|{Environment.GetEnvironmentVariable("MEMBRANEKIT_TEST_MARK") ?? "none"}"
            """,
            "new Version(1, 2)",
            "Environment.ProcessId");

        var (code, text, _) = await CliRun.RunAsync("run", Path.Combine(folder, "a.ipynb"), Path.Combine(folder, "b.ipynb"), "--out", output);

        Assert.True(code == 0, text);
        var a = Notebook.Load(Path.Combine(output, "a.ipynb"));
        Assert.Equal("formatted by a", PlainText(a.Cells[0]));
        var b = Notebook.Load(Path.Combine(output, "b.ipynb"));
        Assert.Equal("none|none", PlainText(b.Cells[0]));
        // The engine's own plain-text display of a Version (its properties), not a's formatter.
        Assert.StartsWith("Version\n      Major: 1\n      Minor: 2", PlainText(b.Cells[1]), StringComparison.Ordinal);
        var processes = new[] { PlainText(a.Cells[1]), PlainText(b.Cells[1 + 1]) }.Select(int.Parse).ToArray();
        Assert.NotEqual(processes[0], processes[1]);
        Assert.DoesNotContain(Environment.ProcessId, processes);
        Assert.Null(Environment.GetEnvironmentVariable("MEMBRANEKIT_TEST_MARK"));
        Assert.All(processes, id => Assert.False(IsRunning(id), $"process {id} of a notebook outlived its run"));
    }

    [Fact]
    public async Task Interrupting_the_run_stops_the_running_notebook_s_process_too()
    {
        var folder = CliRun.TempFolder();
        var marker = Path.Combine(folder, "started.txt");
        CliRun.WriteNotebook(Path.Combine(folder, "spin.ipynb"), "System.IO.File.WriteAllText(\"started.txt\", $\"{Environment.ProcessId}\");\nwhile (true) { }");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", typeof(CliApplication).Assembly.Location, "run", "spin.ipynb", "--out", "out" })
        {
            start.ArgumentList.Add(argument);
        }

        using var run = Process.Start(start)!;
        var output = run.StandardOutput.ReadToEndAsync();
        var error = run.StandardError.ReadToEndAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(marker) || (await File.ReadAllTextAsync(marker)).Length == 0)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"the cell never started:\n{(run.HasExited ? await output + await error : "")}");
                await Task.Delay(50);
            }

            var worker = int.Parse(await File.ReadAllTextAsync(marker), System.Globalization.CultureInfo.InvariantCulture);
            Assert.NotEqual(run.Id, worker);
            // Only the command gets the signal (a terminal's Ctrl+C reaches both); it must stop its worker.
            using (var kill = Process.Start("kill", ["-INT", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }

            await run.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.NotEqual(0, run.ExitCode);
            clock.Restart();
            while (IsRunning(worker))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the notebook's process {worker} outlived the interrupted run");
                await Task.Delay(50);
            }
        }
        finally
        {
            if (!run.HasExited)
            {
                run.Kill(entireProcessTree: true);
            }
        }
    }

    private static string PlainText(NotebookCell cell) =>
        Assert.IsType<ExecuteResultOutput>(Assert.Single(cell.Outputs)).Data["text/plain"];

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
