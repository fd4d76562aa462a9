namespace MembraneKit.Notebooks.Tests;

public sealed class SessionOptionsTests
{
    // Failure paths first.
    [Fact]
    public async Task A_relative_dll_is_looked_for_in_the_working_directory_and_the_error_names_where()
    {
        var folder = TestNotebooks.TempFolder();
        using var session = new NotebookSession(new SessionOptions { WorkingDirectory = folder });

        var result = await session.ExecuteAsync("#r \"lib/missing.dll\"").WaitAsync(TestLimits.Cell);

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Contains(Path.Combine(folder, "lib", "missing.dll"), error.Value, StringComparison.Ordinal);
        Assert.StartsWith("(1,1): error CS0006: Metadata file 'lib/missing.dll' could not be found", error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cell_time_limit_counts_the_cells_run_and_names_the_limit()
    {
        using var session = new NotebookSession(new SessionOptions { CellTimeout = TimeSpan.FromSeconds(0.5) });

        var result = await session.ExecuteAsync("while (true) { }").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.TimedOut, result.Status);
        Assert.Equal("The cell ran longer than its time limit of 0.5 s and was stopped.", Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs)).Value);
    }

    [Fact]
    public async Task Without_a_time_limit_a_cell_runs_as_long_as_it_needs()
    {
        using var session = new NotebookSession(new SessionOptions { CellTimeout = null });

        var result = await session.ExecuteAsync("await Task.Delay(1500);\n42").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.Succeeded, result.Status);
        Assert.Equal("42", Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Outputs)).Data["text/plain"]);
    }
}
