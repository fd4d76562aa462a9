namespace MembraneKit.Notebooks.Tests;

/// <summary>The official nbformat validator (Debian's python3-nbformat, under /usr/bin/python3).</summary>
internal static class NotebookValidator
{
    // Validates each file as it is written, against the nbformat 4 schema of its minor version: no
    // conversion from older formats (nbformat.read(as_version=4) would upgrade a file that has no
    // "nbformat" at all as a version 1 notebook). Prints one line per file: "ok" or the first error.
    private const string AsWrittenScript = """
        import json, sys, warnings
        import nbformat
        warnings.simplefilter("ignore")
        for path in sys.argv[1:]:
            try:
                with open(path, encoding="utf-8") as f:
                    nb = json.load(f)
                minor = nb.get("nbformat_minor") if isinstance(nb, dict) else None
                if not isinstance(minor, int) or isinstance(minor, bool):
                    minor = 4
                nbformat.validate(nb, version=4, version_minor=minor)
                print("ok")
            except Exception as e:
                print(("rejected: " + type(e).__name__ + ": " + str(e)).splitlines()[0])
        """;

    public static void AssertValid(string path)
    {
        var (exitCode, _, error) = Run("import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path);
        Assert.True(exitCode == 0, $"nbformat rejected {path}:\n{error}");
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

    /// <summary>The validator's verdict on each file as written: <see langword="null"/> when valid, else its first error.</summary>
    public static IReadOnlyList<string?> CheckAsWritten(IReadOnlyList<string> paths)
    {
        var (exitCode, output, error) = Run(AsWrittenScript, [.. paths]);
        Assert.True(exitCode == 0, $"the validator script failed:\n{error}");
        var verdicts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line == "ok" ? null : line).ToArray();
        Assert.Equal(paths.Count, verdicts.Length);
        return verdicts;
    }

    private static (int ExitCode, string Output, string Error) Run(string script, params string[] arguments) =>
        Python.Execute("the nbformat validator", script, arguments);
}
