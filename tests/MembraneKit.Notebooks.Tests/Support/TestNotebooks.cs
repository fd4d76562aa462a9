namespace MembraneKit.Notebooks.Tests;

/// <summary>Builds small notebooks for tests.</summary>
internal static class TestNotebooks
{
    public static Notebook WithCells(params string[] sources)
    {
        var notebook = Notebook.CreateEmpty();
        foreach (var source in sources)
        {
            notebook.AddCell(NotebookCell.CreateCode(source, kernelName: "csharp"));
        }

        return notebook;
    }

    private static readonly Lazy<string> RunRoot = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "membranekit-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        MembraneKit.Testing.TempRoots.Register(root);
        return root;
    });

    /// <summary>A new folder under this test process's own root, which is removed after the last test (see TempRoots).</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(RunRoot.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The repository's root folder (the one holding Directory.Packages.props).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Directory.Packages.props")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Directory.Packages.props not found above the test folder.");
        }
    }
}
