using System.Security.Cryptography;
using AngleSharp.Html.Parser;

namespace MembraneKit.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Running_a_folder_with_a_passing_and_a_failing_notebook_exits_non_zero_and_writes_both_copies()
    {
        var folder = CliRun.TempFolder();
        var input = Path.Combine(folder, "notebooks");
        var output = Path.Combine(folder, "out");
        CliRun.WriteNotebook(Path.Combine(input, "passing.ipynb"), "var x = 40 + 2;\nx", "Console.WriteLine(\"printed <b>not bold</b> & more\");");
        CliRun.WriteNotebook(Path.Combine(input, "nested", "failing.ipynb"), "1", "throw new InvalidOperationException(\"broken <script>alert(1)</script>\");", "2");

        var (code, text, _) = await CliRun.RunAsync("run", input, "--out", output, "--html");

        Assert.Equal(1, code);
        Assert.Contains("passing.ipynb", text, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.Contains("1 of 2 notebooks failed", text, StringComparison.Ordinal);
        var passing = MembraneKit.Notebooks.Notebook.Load(Path.Combine(output, "passing.ipynb"));
        Assert.Equal(1, passing.Cells[0].ExecutionCount);
        var failing = MembraneKit.Notebooks.Notebook.Load(Path.Combine(output, "nested", "failing.ipynb"));
        Assert.IsType<MembraneKit.Notebooks.ErrorOutput>(Assert.Single(failing.Cells[1].Outputs));
        Assert.Null(failing.Cells[2].ExecutionCount);
        MembraneKit.Notebooks.Tests.NotebookValidator.AssertValid(Path.Combine(output, "passing.ipynb"));
        MembraneKit.Notebooks.Tests.NotebookValidator.AssertValid(Path.Combine(output, "nested", "failing.ipynb"));
    }

    [Fact]
    public async Task Two_notebooks_with_one_file_name_are_refused_before_either_runs()
    {
        var folder = CliRun.TempFolder();
        var first = Path.Combine(folder, "a", "x.ipynb");
        var second = Path.Combine(folder, "b", "x.ipynb");
        CliRun.WriteNotebook(first, "System.IO.File.WriteAllText(\"ran-a\", \"\");");
        CliRun.WriteNotebook(second, "System.IO.File.WriteAllText(\"ran-b\", \"\");");
        var output = Path.Combine(folder, "out");

        var (code, _, error) = await CliRun.RunAsync("run", first, second, "--out", output);

        Assert.Equal(2, code);
        Assert.Contains(Path.Combine("a", "x.ipynb") + " and ", error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("b", "x.ipynb") + " would both be written to ", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was run.", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.False(File.Exists(Path.Combine(folder, "a", "ran-a")) || File.Exists(Path.Combine(folder, "b", "ran-b")));
    }

    [Fact]
    public async Task The_html_page_parses_and_shows_notebook_text_as_text()
    {
        var folder = CliRun.TempFolder();
        var notebook = Path.Combine(folder, "page.ipynb");
        CliRun.WriteNotebook(notebook, "Console.WriteLine(\"<b>not bold</b>\");\ndisplay(HTML(\"<em id='real'>rich</em>\"));\n\"<i>plain</i>\"", "throw new Exception(\"<script>bad()</script>\");");

        var (code, _, _) = await CliRun.RunAsync("run", notebook, "--out", folder + "/out", "--html", "--continue-on-error");

        Assert.Equal(1, code);
        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(folder, "out", "page.html")));
        Assert.Equal("page", document.Title);
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Empty(document.QuerySelectorAll("i"));
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal("rich", document.GetElementById("real")?.TextContent);
        Assert.Contains("<b>not bold</b>", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>bad()</script>", document.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_run_whose_output_is_its_own_input_leaves_the_input_byte_identical()
    {
        var folder = CliRun.TempFolder();
        var notebook = Path.Combine(folder, "same.ipynb");
        CliRun.WriteNotebook(notebook, "var y = 1;", "throw new Exception(\"fails\");");
        var before = SHA256.HashData(await File.ReadAllBytesAsync(notebook));

        var (code, _, _) = await CliRun.RunAsync("run", notebook, "--out", folder);

        Assert.Equal(1, code);
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(notebook)));
        Assert.Equal([notebook], Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Parameters_given_on_the_command_line_reach_the_notebook_and_success_exits_zero()
    {
        var folder = CliRun.TempFolder();
        var notebook = Path.Combine(folder, "params.ipynb");
        var document = MembraneKit.Notebooks.Notebook.CreateEmpty();
        var parameters = MembraneKit.Notebooks.NotebookCell.CreateCode("double celsius = 37;\nstring who = \"nobody\";", ["parameters"], "csharp");
        document.AddCell(parameters);
        document.AddCell(MembraneKit.Notebooks.NotebookCell.CreateCode("$\"{who} {celsius + 273.15}\"", kernelName: "csharp"));
        document.Save(notebook);

        var (code, _, _) = await CliRun.RunAsync("run", notebook, "--out", folder + "/out", "-p", "celsius=20", "-r", "who=42");

        Assert.Equal(0, code);
        var executed = MembraneKit.Notebooks.Notebook.Load(Path.Combine(folder, "out", "params.ipynb"));
        Assert.Equal(["injected-parameters"], executed.Cells[1].Tags);
        var result = Assert.IsType<MembraneKit.Notebooks.ExecuteResultOutput>(Assert.Single(executed.Cells[2].Outputs));
        Assert.Equal("42 293.15", result.Data["text/plain"]);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_reported_and_fails()
    {
        var (code, _, error) = await CliRun.RunAsync("run", "/no/such/notebooks");

        Assert.Equal(2, code);
        Assert.Contains("Not found: /no/such/notebooks", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_notebook_is_reported_as_not_run_and_the_others_still_run()
    {
        var folder = CliRun.TempFolder();
        var input = Path.Combine(folder, "notebooks");
        var broken = Path.Combine(input, "a-broken.ipynb");
        Directory.CreateDirectory(input);
        await File.WriteAllTextAsync(broken, """{"metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
        CliRun.WriteNotebook(Path.Combine(input, "b-fine.ipynb"), "6 * 7");

        var (code, text, _) = await CliRun.RunAsync("run", input, "--out", Path.Combine(folder, "out"));

        Assert.Equal(1, code);
        Assert.Contains($"not run: {broken}: no \"cells\" array", text, StringComparison.Ordinal);
        Assert.Contains("1 of 2 notebooks failed", text, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "out", "a-broken.ipynb")));
        var fine = MembraneKit.Notebooks.Notebook.Load(Path.Combine(folder, "out", "b-fine.ipynb"));
        Assert.Equal("42", Assert.IsType<MembraneKit.Notebooks.ExecuteResultOutput>(Assert.Single(fine.Cells[0].Outputs)).Data["text/plain"]);
    }

    [Fact]
    public async Task A_long_stream_is_cut_in_the_executed_copy_and_written_whole_beside_it()
    {
        var folder = CliRun.TempFolder();
        var notebook = Path.Combine(folder, "long.ipynb");
        var output = Path.Combine(folder, "out");
        CliRun.WriteNotebook(notebook, "Console.WriteLine(\"short\");", "for (var i = 0; i < 100_000; i++) Console.WriteLine($\"line {i}\");\nConsole.Error.WriteLine(\"done\");");

        var (code, _, _) = await CliRun.RunAsync("run", notebook, "--out", output);

        Assert.Equal(0, code);
        var expected = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"line {i}\n"));
        var fullText = Path.Combine(output, "long.cell-2.stdout.txt");
        Assert.Equal(expected, await File.ReadAllTextAsync(fullText));
        var executed = MembraneKit.Notebooks.Notebook.Load(Path.Combine(output, "long.ipynb"));
        Assert.Equal(new MembraneKit.Notebooks.StreamOutput("stdout", "short\n"), Assert.Single(executed.Cells[0].Outputs));
        var kept = Assert.IsType<MembraneKit.Notebooks.StreamOutput>(executed.Cells[1].Outputs[0]).Text.Split('\n');
        Assert.Equal("line 499", kept[499]);
        var missingBytes = Enumerable.Range(500, 99_000).Sum(i => $"line {i}\n".Length);
        Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[… 99,000 lines ({missingBytes:N0} bytes) of stdout cut here; the full text is in long.cell-2.stdout.txt …]"), kept[500]);
        Assert.Equal("line 99500", kept[501]);
        Assert.Equal(new MembraneKit.Notebooks.StreamOutput("stderr", "done\n"), executed.Cells[1].Outputs[1]);
        Assert.InRange(new FileInfo(Path.Combine(output, "long.ipynb")).Length, 1, 100_000);
        MembraneKit.Notebooks.Tests.NotebookValidator.AssertValid(Path.Combine(output, "long.ipynb"));

        // Run again with little output: the full-text file of the first run goes, the copy names none.
        CliRun.WriteNotebook(notebook, "Console.WriteLine(\"short\");");
        var (again, _, _) = await CliRun.RunAsync("run", notebook, "--out", output);

        Assert.Equal(0, again);
        Assert.False(File.Exists(fullText));
        Assert.Equal(["long.ipynb"], Directory.GetFiles(output).Select(Path.GetFileName));
    }
}
