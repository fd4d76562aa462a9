namespace MembraneKit.Cli.Tests;

/// <summary>
/// A folder of this test run's own, removed when disposed. Every folder lives under one root per test
/// process (<see cref="RunRoot"/>), which is removed after the last test (<see cref="MembraneKit.Testing.TempRoots"/>), so a test that forgets to
/// dispose, or fails before it does, leaves nothing behind and no two runs share a folder.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly Lazy<string> Root = new(CreateRoot);

    public TempFolder()
    {
        Path = System.IO.Path.Combine(RunRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder of this test process, removed after its last test.</summary>
    public static string RunRoot => Root.Value;

    public string Path { get; }

    public void Dispose() => Delete(Path);

    private static string CreateRoot()
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "membranekit-cli-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        MembraneKit.Testing.TempRoots.Register(root);
        return root;
    }

    private static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A worker process may still be closing a file; the run root's removal at exit tries again.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
