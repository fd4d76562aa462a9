using MembraneKit.Notebooks;
using MembraneKit.Notebooks.Tests;

namespace MembraneKit.Cli.Tests.Course;

/// <summary>What every committed course notebook must be, checked on the files alone (no execution).</summary>
public class CourseNotebookFileTests
{
    public static TheoryData<string> Notebooks() => CourseNotebooks.Names();

    [Fact]
    public void Every_worked_example_id_appears_in_some_notebook()
    {
        var text = string.Join("\n", CourseNotebooks.Paths().Select(File.ReadAllText));
        var missing = CourseNotebooks.WorkedExampleIds.Where(id => !text.Contains(id, StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, $"worked examples with no notebook: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task The_kit_feed_is_a_source_polyglot_notebooks_keeps_in_the_notebooks_folder()
    {
        // What the genuine kernel's resolver does: list the sources in the kernel's working directory and keep the
        // enabled ones whose name matches \S* (the F# dependency manager's pattern).
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", ["nuget", "list", "source", "--format", "detailed"])
        {
            WorkingDirectory = CourseNotebooks.Folder,
            RedirectStandardOutput = true,
            Environment = { ["DOTNET_CLI_UI_LANGUAGE"] = "en-us" },
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        // One limit for the output and the exit: a dotnet that hangs (or a child holding its output open) fails the test.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string listing;
        try
        {
            listing = await process.StandardOutput.ReadToEndAsync(limit.Token);
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("'dotnet nuget list source' did not finish within 2 minutes.");
        }

        Assert.True(process.ExitCode == 0, listing);
        var kept = System.Text.RegularExpressions.Regex.Matches(listing, @"(\s*\d+\.+\s*)(?'name'\S*)(\s*)\[(?'enabled'Enabled|Disabled)\](\s*)(?'uri'[^\0\r\n]*)", System.Text.RegularExpressions.RegexOptions.ExplicitCapture)
            .Where(m => m.Groups["enabled"].Value == "Enabled")
            .Select(m => m.Groups["uri"].Value.Trim())
            .ToArray();
        Assert.Contains(Path.Combine(CourseNotebooks.Root, "artifacts", "packages"), kept);
    }

    [Fact]
    public void Every_notebook_has_a_changed_parameter_case()
    {
        Assert.Equal(CourseNotebooks.Paths().Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal), CourseNotebooks.ChangedParameters.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_committed_file_passes_the_official_validator(string name) => NotebookValidator.AssertValid(CourseNotebooks.PathOf(name));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_is_committed_without_outputs(string name)
    {
        var notebook = Notebook.Load(CourseNotebooks.PathOf(name));
        Assert.All(CourseNotebooks.CodeCells(notebook), cell =>
        {
            Assert.Empty(cell.Outputs);
            Assert.Null(cell.ExecutionCount);
        });
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_opens_with_the_csharp_kernel_in_vs_code(string name)
    {
        var notebook = Notebook.Load(CourseNotebooks.PathOf(name));
        Assert.Equal(".net-csharp", notebook.Metadata["kernelspec"]?["name"]?.GetValue<string>());
        Assert.Equal("csharp", notebook.Metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>());
        Assert.All(CourseNotebooks.CodeCells(notebook), cell => Assert.Equal("csharp", cell.KernelName));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_loads_the_kit_with_the_one_line_a_vs_code_user_keeps(string name)
    {
        var notebook = Notebook.Load(CourseNotebooks.PathOf(name));
        var first = CourseNotebooks.CodeCells(notebook).First();
        Assert.Equal($"#r \"nuget: MembraneKit.Interactive, {CourseNotebooks.KitVersion()}\"", first.Source.Trim());
        Assert.DoesNotContain(notebook.Cells, cell => cell.Source.Contains("#i ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_has_one_parameters_cell_near_the_top_and_ends_with_checks(string name)
    {
        var notebook = Notebook.Load(CourseNotebooks.PathOf(name));
        var code = CourseNotebooks.CodeCells(notebook).ToList();
        var parameters = code.FindAll(cell => cell.Tags.Contains("parameters"));
        Assert.Single(parameters);
        Assert.True(code.IndexOf(parameters[0]) <= 2, "the parameters cell should be among the first code cells");
        Assert.Contains("Expect.", code[^1].Source, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_opens_by_saying_what_it_teaches_and_which_ids_it_reproduces(string name)
    {
        var notebook = Notebook.Load(CourseNotebooks.PathOf(name));
        var opening = notebook.Cells[0];
        Assert.Equal("markdown", opening.CellType);
        Assert.StartsWith("# ", opening.Source, StringComparison.Ordinal);
        Assert.Contains(CourseNotebooks.SevenDigits().Matches(opening.Source), m => CourseNotebooks.WorkedExampleIds.Contains(m.Value));
    }
}
