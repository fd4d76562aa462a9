namespace MembraneKit.Cli.Tests;

public sealed class RunCachesTests
{
    [Fact]
    public void The_restore_cache_of_a_test_run_is_its_own_temporary_folder_not_the_users()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");

        Assert.Equal(MembraneKit.Testing.RunCaches.Folder, cache);
        Assert.StartsWith(Path.GetTempPath(), cache, StringComparison.Ordinal);
        Assert.True(Directory.Exists(cache));
        Assert.NotEqual(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), cache);
    }

    [Fact]
    public async Task A_notebook_run_by_the_command_restores_into_the_runs_cache()
    {
        using var folder = new TempFolder();
        var feed = Path.Combine(folder.Path, "empty-feed");
        Directory.CreateDirectory(feed);
        var notebook = Path.Combine(folder.Path, "restore.ipynb");
        // A restore that fails fast (an empty feed and no other source) still makes its cache entry folder.
        File.WriteAllText(Path.Combine(folder.Path, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="empty" value="{feed}" /></packageSources></configuration>
            """);
        CliRun.WriteNotebook(notebook, "#r \"nuget: No.Such.Package.Anywhere, 1.0.0\"");

        await CliRun.RunAsync("run", notebook, "--out", Path.Combine(folder.Path, "out"));

        Assert.True(Directory.Exists(Path.Combine(MembraneKit.Testing.RunCaches.Folder, "membranekit", "restore")),
            "the worker did not use the run's cache folder");
    }
}
