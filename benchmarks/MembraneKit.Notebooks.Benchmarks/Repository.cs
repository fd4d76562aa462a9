using System.Diagnostics;

namespace MembraneKit.Notebooks.Benchmarks;

/// <summary>Finds the repository and runs the tools the benchmarks need.</summary>
internal static class Repository
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Directory.Packages.props")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        }
    }

    public static string Run(string file, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{output.Result}\n{error}");
        }

        return output.Result;
    }

    public static string OneCellNotebook(string folder)
    {
        var path = Path.Combine(folder, "one-cell.ipynb");
        var notebook = Notebook.CreateEmpty();
        notebook.AddCell(NotebookCell.CreateCode("1 + 1", kernelName: "csharp"));
        notebook.Save(path);
        return path;
    }
}
