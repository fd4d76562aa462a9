namespace MembraneKit.Notebooks.Tests;

public sealed class NotebookSessionTests
{
    [Fact]
    public async Task A_trailing_expression_is_an_execute_result_and_a_semicolon_suppresses_it()
    {
        using var session = new NotebookSession();

        var withValue = await session.ExecuteAsync("var x = 20;\nx + 22").WaitAsync(TestLimits.Cell);
        var withSemicolon = await session.ExecuteAsync("Math.Max(x, 22);").WaitAsync(TestLimits.Cell);

        var result = Assert.IsType<ExecuteResultOutput>(Assert.Single(withValue.Outputs));
        Assert.Equal(withValue.ExecutionCount, result.ExecutionCount);
        Assert.Equal("42", result.Data["text/plain"]);
        Assert.True(result.Data.ContainsKey("text/html"));
        Assert.Empty(withSemicolon.Outputs);
        Assert.True(withSemicolon.Succeeded);
    }

    [Fact]
    public async Task A_trailing_void_call_has_no_result_but_a_trailing_null_does()
    {
        using var session = new NotebookSession();

        var voidCall = await session.ExecuteAsync("Console.WriteLine(\"x\")").WaitAsync(TestLimits.Cell);
        var nullValue = await session.ExecuteAsync("(string?)null").WaitAsync(TestLimits.Cell);

        Assert.IsType<StreamOutput>(Assert.Single(voidCall.Outputs));
        Assert.Equal("<null>", Assert.IsType<ExecuteResultOutput>(Assert.Single(nullValue.Outputs)).Data["text/plain"]);
    }

    [Fact]
    public async Task Displays_appear_in_the_order_the_cell_makes_them_between_console_writes()
    {
        using var session = new NotebookSession();

        var result = await session.ExecuteAsync("display(1);\nConsole.WriteLine(\"between\");\n\"two\".Display();\ndisplay(3)").WaitAsync(TestLimits.Cell);

        Assert.Collection(
            result.Outputs,
            first => Assert.Equal("1", Assert.IsType<DisplayDataOutput>(first).Data["text/plain"]),
            second => Assert.Equal("between\n", Assert.IsType<StreamOutput>(second).Text),
            third => Assert.Equal("two", Assert.IsType<DisplayDataOutput>(third).Data["text/plain"]),
            fourth => Assert.Equal("3", Assert.IsType<DisplayDataOutput>(fourth).Data["text/plain"]));
    }

    [Fact]
    public async Task Console_output_becomes_stdout_and_stderr_streams()
    {
        using var session = new NotebookSession();

        var result = await session.ExecuteAsync("Console.Write(\"a\");\nConsole.WriteLine(\"b\");\nConsole.Error.WriteLine(\"oops\");\nawait Task.Run(() => Console.WriteLine(\"from a task\"));").WaitAsync(TestLimits.Cell);

        Assert.Collection(
            result.Outputs,
            stdout => Assert.Equal(new StreamOutput("stdout", "ab\n"), stdout),
            stderr => Assert.Equal(new StreamOutput("stderr", "oops\n"), stderr),
            task => Assert.Equal(new StreamOutput("stdout", "from a task\n"), task));
    }

    [Fact]
    public async Task An_exception_is_an_error_with_its_type_message_and_cell_line()
    {
        using var session = new NotebookSession();
        await session.ExecuteAsync("var before = 1;").WaitAsync(TestLimits.Cell);

        var result = await session.ExecuteAsync("var a = 1;\nvar b = 2;\nthrow new InvalidOperationException(\"boom\");").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("System.InvalidOperationException", error.Name);
        Assert.Equal("boom", error.Value);
        Assert.Contains(error.Traceback, line => line.Contains("cell line 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_compile_error_names_the_diagnostic_and_its_cell_line()
    {
        using var session = new NotebookSession();

        var result = await session.ExecuteAsync("var fine = 1;\nfor (var i = 0; i < 2; i++) { }\nvar broken = undefinedName + 1;").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("CompilationError", error.Name);
        Assert.Contains("(3,14): error CS0103", error.Value, StringComparison.Ordinal);
        Assert.Contains("undefinedName", error.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fsharp", "F#")]
    [InlineData("pwsh", "PowerShell")]
    [InlineData("javascript", "JavaScript")]
    public async Task A_cell_in_another_language_is_an_error_that_names_it(string kernel, string language)
    {
        using var session = new NotebookSession();

        var result = await session.ExecuteAsync("let x = 1", kernel).WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Contains(language, error.Value, StringComparison.Ordinal);
        Assert.Contains("C# only", error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_magic_switches_the_rest_of_the_cell()
    {
        using var session = new NotebookSession();

        var result = await session.ExecuteAsync("#!csharp\nConsole.WriteLine(1);\n#!fsharp\nprintfn \"x\"").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.Failed, result.Status);
        Assert.IsType<StreamOutput>(result.Outputs[0]);
        Assert.Contains("F#", Assert.IsType<ErrorOutput>(result.Outputs[1]).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runaway_loop_is_stopped_at_the_time_limit_and_the_session_goes_on()
    {
        using var session = new NotebookSession(new SessionOptions { CellTimeout = TimeSpan.FromSeconds(1) });
        await session.ExecuteAsync("var kept = 5;").WaitAsync(TestLimits.Cell);

        var looping = await session.ExecuteAsync("while (true) { }").WaitAsync(TestLimits.Cell);
        var after = await session.ExecuteAsync("kept").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.TimedOut, looping.Status);
        Assert.False(looping.LeftRunning);
        Assert.Contains("time limit", Assert.IsType<ErrorOutput>(Assert.Single(looping.Outputs)).Value, StringComparison.Ordinal);
        Assert.Equal("5", Assert.IsType<ExecuteResultOutput>(Assert.Single(after.Outputs)).Data["text/plain"]);
    }

    [Fact]
    public async Task A_cell_blocked_outside_cell_code_is_abandoned_and_the_next_cell_still_runs()
    {
        // The limit also applies to the quick cell after it, so it is a second, not a few hundred ms, for a loaded machine.
        using var session = new NotebookSession(new SessionOptions { CellTimeout = TimeSpan.FromSeconds(1), StopGracePeriod = TimeSpan.FromMilliseconds(500) });

        var blocked = await session.ExecuteAsync("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);").WaitAsync(TestLimits.Cell);
        var after = await session.ExecuteAsync("21 * 2").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.TimedOut, blocked.Status);
        Assert.True(blocked.LeftRunning);
        Assert.Contains("could not be stopped", Assert.IsType<ErrorOutput>(Assert.Single(blocked.Outputs)).Value, StringComparison.Ordinal);
        Assert.Equal("42", Assert.IsType<ExecuteResultOutput>(Assert.Single(after.Outputs)).Data["text/plain"]);
    }

    [Fact]
    public async Task Interrupting_a_running_cell_cancels_it_and_reports_the_outputs_so_far()
    {
        using var session = new NotebookSession();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = session.ExecuteAsync("Console.WriteLine(\"started\");\nwhile (true) { }", onOutput: _ => started.TrySetResult());
        await started.Task.WaitAsync(TestLimits.Cell);

        session.Interrupt();
        var result = await running.WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.Cancelled, result.Status);
        Assert.Equal(new StreamOutput("stdout", "started\n"), result.Outputs[0]);
        Assert.Equal("InterruptedError", Assert.IsType<ErrorOutput>(result.Outputs[1]).Name);
    }

    [Fact]
    public async Task Usings_of_earlier_cells_stay_in_force()
    {
        using var session = new NotebookSession();
        await session.ExecuteAsync("using System.Text.RegularExpressions;").WaitAsync(TestLimits.Cell);

        var result = await session.ExecuteAsync("Regex.IsMatch(\"abc\", \"b\")").WaitAsync(TestLimits.Cell);

        Assert.Equal("True", Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Outputs)).Data["text/plain"]);
    }

    [Fact]
    public async Task A_relative_package_source_is_rejected_with_a_hint_to_use_an_absolute_path()
    {
        using var session = new NotebookSession();

        var result = await session.ExecuteAsync("#i \"nuget: ../artifacts/packages\"\n1").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Contains("absolute path", error.Value, StringComparison.Ordinal);
        Assert.Contains("../artifacts/packages", error.Value, StringComparison.Ordinal);
    }
}
