using System.Security.Cryptography;

namespace MembraneKit.Notebooks.Tests;

public sealed class NotebookRunnerTests
{
    [Fact]
    public async Task Parameters_are_injected_after_the_parameters_cell_and_override_its_values()
    {
        var notebook = TestNotebooks.WithCells("double temperature = 37;\nstring label = \"default\";\nbool verbose = false;", "$\"{temperature.GetType().Name} {temperature} {label} {verbose}\"");
        notebook.Cells[0].Metadata["tags"] = new System.Text.Json.Nodes.JsonArray("parameters");

        var run = await NotebookRunner.RunAsync(notebook, new RunOptions
        {
            Parameters = new Dictionary<string, object?> { ["temperature"] = 40L, ["label"] = "say \"hi\"\n", ["verbose"] = true, ["extra"] = 2.5 },
        }).WaitAsync(TestLimits.Cell);

        Assert.True(run.Succeeded);
        var injected = run.Notebook.Cells[1];
        Assert.Equal(["injected-parameters"], injected.Tags);
        Assert.Equal("// Parameters\ntemperature = 40.0;\nlabel = \"say \\\"hi\\\"\\n\";\nverbose = true;\nvar extra = 2.5;", injected.Source);
        var result = Assert.IsType<ExecuteResultOutput>(Assert.Single(run.Notebook.Cells[2].Outputs));
        Assert.Equal("Double 40 say \"hi\"\n True", result.Data["text/plain"]);
        Assert.Equal(3, notebook.Cells.Count + 1);
        NotebookValidator.AssertValid(run.Notebook);
    }

    [Fact]
    public async Task A_run_stops_at_the_first_failure_unless_asked_to_continue()
    {
        var notebook = TestNotebooks.WithCells("1", "throw new Exception(\"x\");", "3");

        var stopping = await NotebookRunner.RunAsync(notebook).WaitAsync(TestLimits.Cell);
        var continuing = await NotebookRunner.RunAsync(notebook, new RunOptions { ContinueOnError = true }).WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.Skipped, stopping.Cells[2].Status);
        Assert.Null(stopping.Notebook.Cells[2].ExecutionCount);
        Assert.Equal(1, stopping.FirstFailedCell);
        Assert.Equal(CellStatus.Succeeded, continuing.Cells[2].Status);
        Assert.Equal(3, continuing.Notebook.Cells[2].ExecutionCount);
        NotebookValidator.AssertValid(stopping.Notebook);
        NotebookValidator.AssertValid(continuing.Notebook);
    }

    [Fact]
    public async Task A_timed_out_cell_is_reported_and_the_run_goes_on_when_asked()
    {
        // A long: an int counter wraps past 2^31 within the one-second limit. The last cell shows that the
        // session lives on after the stop with the loop's state kept.
        var notebook = TestNotebooks.WithCells("var n = 0L;", "for (;;) n++;", "n > 0");

        var run = await NotebookRunner.RunAsync(notebook, new RunOptions { CellTimeout = TimeSpan.FromSeconds(1), ContinueOnError = true }).WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.TimedOut, run.Cells[1].Status);
        Assert.Equal("TimeoutError", Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[1].Outputs)).Name);
        Assert.Equal("True", Assert.IsType<ExecuteResultOutput>(Assert.Single(run.Notebook.Cells[2].Outputs)).Data["text/plain"]);
    }

    [Fact]
    public async Task Markdown_cells_are_left_alone_and_every_kind_of_output_validates()
    {
        var notebook = TestNotebooks.WithCells(
            "#!markdown\n# not code",
            "Console.WriteLine(\"out\");\ndisplay(HTML(\"<b>bold</b>\"));\nnew { A = 1, B = \"two\" }",
            "#!html\n<i>html cell</i>",
            "throw new ArgumentException(\"bad\");");
        notebook.InsertCell(0, new NotebookCell(new System.Text.Json.Nodes.JsonObject { ["cell_type"] = "markdown", ["metadata"] = new System.Text.Json.Nodes.JsonObject(), ["source"] = "# Title" }));
        var events = new List<NotebookEvent>();

        var run = await NotebookRunner.RunAsync(notebook, onEvent: events.Add).WaitAsync(TestLimits.Cell);

        Assert.Null(run.Notebook.Cells[1].ExecutionCount);
        Assert.Empty(run.Notebook.Cells[1].Outputs);
        Assert.Equal(["stream", "display_data", "execute_result"], run.Notebook.Cells[2].Outputs.Select(o => o.OutputType));
        Assert.Equal("<b>bold</b>", ((DisplayDataOutput)run.Notebook.Cells[2].Outputs[1]).Data["text/html"]);
        Assert.Equal("<i>html cell</i>", ((DisplayDataOutput)run.Notebook.Cells[3].Outputs[0]).Data["text/html"]);
        Assert.IsType<ErrorOutput>(run.Notebook.Cells[4].Outputs.Single());
        Assert.Contains(events, e => e is CellOutputProduced { CellIndex: 2 });
        Assert.Equal(3, events.OfType<CellFinished>().Count());
        NotebookValidator.AssertValid(run.Notebook);
    }

    [Fact]
    public async Task Running_a_notebook_file_that_fails_leaves_the_file_byte_identical()
    {
        var folder = TestNotebooks.TempFolder();
        var path = Path.Combine(folder, "failing.ipynb");
        TestNotebooks.WithCells("var x = 1;", "throw new Exception(\"fails\");").Save(path);
        var before = SHA256.HashData(File.ReadAllBytes(path));

        var run = await NotebookRunner.RunFileAsync(path).WaitAsync(TestLimits.Cell);

        Assert.False(run.Succeeded);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_display_updated_after_its_cell_finished_is_replaced_in_the_executed_copy()
    {
        var key = "membranekit-runner-late-" + Guid.NewGuid().ToString("N");
        var notebook = TestNotebooks.WithCells(
            "Console.WriteLine(\"first\");\nvar byNextCell = display(\"old 1\");\nvar byTimer = display(\"old 2\");",
            "byNextCell.Update(\"new 1\");",
            $"var timer = new System.Threading.Timer(_ => {{ byTimer.Update(\"new 2\"); AppDomain.CurrentDomain.SetData(\"{key}\", true); }}, null, 100, System.Threading.Timeout.Infinite);",
            $"System.Threading.SpinWait.SpinUntil(() => AppDomain.CurrentDomain.GetData(\"{key}\") is true, 60_000)");

        var run = await NotebookRunner.RunAsync(notebook).WaitAsync(TestLimits.Cell);

        Assert.True(run.Succeeded);
        Assert.Equal("True", Assert.IsType<ExecuteResultOutput>(Assert.Single(run.Notebook.Cells[3].Outputs)).Data["text/plain"]);
        var outputs = run.Notebook.Cells[0].Outputs;
        Assert.Equal(new StreamOutput("stdout", "first\n"), outputs[0]);
        Assert.Equal("new 1", Assert.IsType<DisplayDataOutput>(outputs[1]).Data["text/plain"]);
        Assert.Equal("new 2", Assert.IsType<DisplayDataOutput>(outputs[2]).Data["text/plain"]);
        Assert.Equal("old 1", Assert.IsType<DisplayDataOutput>(run.Cells[0].Outputs[1]).Data["text/plain"]);
        Assert.Empty(run.Notebook.Cells[1].Outputs);
        NotebookValidator.AssertValid(run.Notebook);
    }
}
