using System.Text.Json.Nodes;

namespace MembraneKit.Kernel.Tests.Jupyter;

/// <summary>
/// <c>jupyter nbconvert --execute</c> (nbclient) runs a notebook whose metadata names <c>.net-csharp</c>,
/// with no kernel chosen by hand, and the executed copy passes the official nbformat validator.
/// </summary>
[Collection(KernelInstallationCollection.Name)]
public sealed class NbconvertTests(KernelInstallation kernel)
{
    [Fact]
    public async Task Nbconvert_runs_a_notebook_on_this_kernel_with_no_kernel_name_given()
    {
        var folder = Path.Combine(kernel.Root, "nbconvert");
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, "kernel-smoke.ipynb");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Notebooks", "kernel-smoke.ipynb"), input, overwrite: true);

        // Run from another folder: the kernel must still start in the notebook's own folder.
        var run = await kernel.RunModuleAsync(TimeSpan.FromMinutes(2), "nbconvert", ["--to", "notebook", "--execute", "--output", "executed.ipynb", input], kernel.Root);
        Assert.True(run.ExitCode == 0, $"nbconvert failed.\n{run.Describe()}");

        var executed = Path.Combine(folder, "executed.ipynb");
        var check = await ProcessRun.RunAsync("/usr/bin/python3", ["-c", "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", executed], TimeSpan.FromMinutes(1));
        Assert.True(check.ExitCode == 0, $"nbformat rejected the executed copy.\n{check.Describe()}");

        var notebook = JsonNode.Parse(File.ReadAllText(executed))!.AsObject();
        Assert.Equal("C#", (string?)notebook["metadata"]!["language_info"]!["name"]);
        Assert.Equal(".net-csharp", (string?)notebook["metadata"]!["kernelspec"]!["name"]);
        var cells = notebook["cells"]!.AsArray().Select(cell => cell!.AsObject()).ToDictionary(cell => (string)cell["id"]!);
        Assert.Equal("ratio 0.0286\n", Text(cells["cell-console"]["outputs"]![0]!["text"]));
        Assert.Equal("display_data", (string?)cells["cell-display"]["outputs"]![0]!["output_type"]);
        Assert.Equal("<b>shown as HTML</b>", Text(cells["cell-display"]["outputs"]![0]!["data"]!["text/html"]));
        var result = cells["cell-result"]["outputs"]![0]!;
        Assert.Equal("execute_result", (string?)result["output_type"]);
        Assert.Equal(-95.0, double.Parse(Text(result["data"]!["text/plain"]), System.Globalization.CultureInfo.InvariantCulture), 1);
        Assert.Equal(3, (int)cells["cell-result"]["execution_count"]!);
        Assert.Equal("True", Text(cells["cell-folder"]["outputs"]![0]!["data"]!["text/plain"]));
    }

    /// <summary>nbformat stores multi-line text as a string or a list of lines.</summary>
    private static string Text(JsonNode? node) =>
        node is JsonArray lines ? string.Concat(lines.Select(line => (string?)line)) : (string?)node ?? "";
}
