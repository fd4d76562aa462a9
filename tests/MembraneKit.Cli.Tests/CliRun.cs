namespace MembraneKit.Cli.Tests;

/// <summary>Runs the command in-process and checks files with the official nbformat validator.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        // Generous (setup packs the kit), but a hang fails the test instead of the CI job.
        var code = await CliApplication.RunAsync(args, output, error).WaitAsync(TimeSpan.FromMinutes(10));
        return (code, output.ToString(), error.ToString());
    }

    public static string TempFolder()
    {
        // Under this test process's own root, which is removed when the process exits (see TempFolder).
        var folder = Path.Combine(MembraneKit.Cli.Tests.TempFolder.RunRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void WriteNotebook(string path, params string[] cells)
    {
        var notebook = MembraneKit.Notebooks.Notebook.CreateEmpty();
        foreach (var cell in cells)
        {
            notebook.AddCell(MembraneKit.Notebooks.NotebookCell.CreateCode(cell, kernelName: "csharp"));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        notebook.Save(path);
    }
}
