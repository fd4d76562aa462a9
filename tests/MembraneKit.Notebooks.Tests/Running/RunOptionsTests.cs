namespace MembraneKit.Notebooks.Tests;

public sealed class RunOptionsTests
{
    // Failure paths first.
    [Fact]
    public async Task A_parameter_that_does_not_suit_its_declared_type_stops_the_run_before_any_cell()
    {
        var notebook = TestNotebooks.WithCells("double k = 4;", "System.IO.File.WriteAllText(\"ran\", \"\");");
        notebook.Cells[0].Metadata["tags"] = new System.Text.Json.Nodes.JsonArray("parameters");
        var folder = TestNotebooks.TempFolder();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => NotebookRunner.RunAsync(notebook, new RunOptions
        {
            Parameters = new Dictionary<string, object?> { ["k"] = "abc" },
            WorkingDirectory = folder,
        }).WaitAsync(TestLimits.Cell));

        Assert.Equal("k is a double; 'abc' is not a number.", error.Message);
        Assert.False(File.Exists(Path.Combine(folder, "ran")));
    }

    [Fact]
    public async Task Without_continue_on_error_the_cells_after_a_failure_do_not_run()
    {
        var notebook = TestNotebooks.WithCells("1", "throw new Exception(\"x\");", "3");

        var stopped = await NotebookRunner.RunAsync(notebook).WaitAsync(TestLimits.Cell);
        var continued = await NotebookRunner.RunAsync(TestNotebooks.WithCells("1", "throw new Exception(\"x\");", "3"), new RunOptions { ContinueOnError = true }).WaitAsync(TestLimits.Cell);

        Assert.False(stopped.Succeeded);
        Assert.Null(stopped.Notebook.Cells[2].ExecutionCount);
        Assert.False(continued.Succeeded);
        Assert.Equal("3", Assert.IsType<ExecuteResultOutput>(Assert.Single(continued.Notebook.Cells[2].Outputs)).Data["text/plain"]);
    }

    [Fact]
    public async Task The_cell_time_limit_applies_to_every_cell_of_the_run()
    {
        var notebook = TestNotebooks.WithCells("1", "await Task.Delay(TimeSpan.FromMinutes(5));", "3");

        var run = await NotebookRunner.RunAsync(notebook, new RunOptions { CellTimeout = TimeSpan.FromSeconds(0.5) }).WaitAsync(TestLimits.Cell);

        Assert.False(run.Succeeded);
        Assert.Equal("TimeoutError", Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[1].Outputs)).Name);
        Assert.Null(run.Notebook.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task A_relative_dll_path_starts_at_the_working_directory()
    {
        var folder = TestNotebooks.TempFolder();

        var run = await NotebookRunner.RunAsync(TestNotebooks.WithCells("#r \"lib/absent.dll\""), new RunOptions { WorkingDirectory = folder }).WaitAsync(TestLimits.Cell);

        Assert.False(run.Succeeded);
        Assert.Contains(Path.Combine(folder, "lib", "absent.dll"), Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[0].Outputs)).Value, StringComparison.Ordinal);
    }
}
