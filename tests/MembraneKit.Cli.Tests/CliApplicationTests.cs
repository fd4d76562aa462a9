namespace MembraneKit.Cli.Tests;

public sealed class CliApplicationTests
{
    // Failure paths first: each is refused with a message and a non-zero code, and nothing runs.
    [Fact]
    public async Task An_unknown_command_is_refused_by_name()
    {
        var (code, _, error) = await CliRun.RunAsync("rnu", "x.ipynb");

        Assert.NotEqual(0, code);
        Assert.Contains("rnu", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_without_notebooks_is_refused_as_a_missing_argument()
    {
        var (code, _, error) = await CliRun.RunAsync("run");

        Assert.NotEqual(0, code);
        Assert.Contains("Required argument missing for command: 'run'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timeout_that_is_not_a_number_is_refused_naming_the_option_and_the_value()
    {
        var folder = CliRun.TempFolder();
        var notebook = Path.Combine(folder, "n.ipynb");
        CliRun.WriteNotebook(notebook, "System.IO.File.WriteAllText(\"ran\", \"\");");

        var (code, _, error) = await CliRun.RunAsync("run", notebook, "--timeout", "soon", "--out", Path.Combine(folder, "out"));

        Assert.NotEqual(0, code);
        Assert.Contains("soon", error, StringComparison.Ordinal);
        Assert.Contains("--timeout", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public async Task A_parameter_without_a_value_is_refused_before_anything_runs()
    {
        var folder = CliRun.TempFolder();
        var notebook = Path.Combine(folder, "n.ipynb");
        CliRun.WriteNotebook(notebook, "1");

        var (code, _, error) = await CliRun.RunAsync("run", notebook, "-p", "k", "--out", Path.Combine(folder, "out"));

        Assert.Equal(2, code);
        Assert.Contains("k", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public async Task Null_arguments_are_refused_by_name() =>
        Assert.Equal("args", (await Assert.ThrowsAsync<ArgumentNullException>(() => CliApplication.RunAsync(null!, TextWriter.Null, TextWriter.Null))).ParamName);

    [Fact]
    public async Task Help_lists_every_command()
    {
        var (code, output, _) = await CliRun.RunAsync("--help");

        Assert.Equal(0, code);
        foreach (var command in new[] { "run", "setup", "kernel", "assign", "grade" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", output);
        }
    }

    [Fact]
    public async Task Run_help_says_how_executed_copies_are_named()
    {
        var (code, output, _) = await CliRun.RunAsync("run", "--help");

        Assert.Equal(0, code);
        Assert.Contains("two notebooks with one copy name are refused", output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
