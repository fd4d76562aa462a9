using System.Diagnostics;

namespace MembraneKit.Cli.Tests;

/// <summary>Runs the command in-process and checks files with the official nbformat validator.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "membranekit-cli-tests", Guid.NewGuid().ToString("N"));
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

    public static void AssertValidNotebook(string path)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"nbformat rejected {path}:\n{error}");
    }
}
