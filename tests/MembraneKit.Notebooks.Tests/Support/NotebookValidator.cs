using System.Diagnostics;

namespace MembraneKit.Notebooks.Tests;

/// <summary>The official nbformat validator (Debian's python3-nbformat, under /usr/bin/python3).</summary>
internal static class NotebookValidator
{
    private const string Python = "/usr/bin/python3";

    public static void AssertValid(string path)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"nbformat rejected {path}:\n{error}");
    }

    public static void AssertValid(Notebook notebook)
    {
        var path = Path.Combine(Path.GetTempPath(), $"membranekit-validate-{Guid.NewGuid():N}.ipynb");
        try
        {
            notebook.Save(path);
            AssertValid(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
