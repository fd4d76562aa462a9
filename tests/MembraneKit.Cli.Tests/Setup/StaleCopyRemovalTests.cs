using System.Diagnostics;
using System.IO.Compression;
using MembraneKit.Cli.Setup;

namespace MembraneKit.Cli.Tests;

/// <summary>
/// <c>setup</c> removes an extracted copy of the kit older than the package it just packed, but never one a
/// running process has loaded from: the engine holds a shared lock on the copy's <c>.nupkg.metadata</c>
/// (<c>PackageInUse</c>); here another process (Python's <c>fcntl.flock</c>, the same lock) plays the kernel.
/// </summary>
public sealed class StaleCopyRemovalTests
{
    private static (string Feed, string Global, string Copy) Layout(TempFolder folder)
    {
        var feed = Path.Combine(folder.Path, "feed");
        var global = Path.Combine(folder.Path, "global-packages");
        Directory.CreateDirectory(feed);
        var nupkg = Path.Combine(feed, "Kit.Test.1.0.0.nupkg");
        using (var zip = ZipFile.Open(nupkg, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("Kit.Test.nuspec").Open());
            writer.Write("<package><metadata><id>Kit.Test</id><version>1.0.0</version></metadata></package>");
        }

        var copy = Path.Combine(global, "kit.test", "1.0.0");
        Directory.CreateDirectory(Path.Combine(copy, "lib"));
        File.WriteAllText(Path.Combine(copy, ".nupkg.metadata"), "{}");
        File.WriteAllText(Path.Combine(copy, "lib", "Kit.Test.dll"), "old build");
        Directory.SetLastWriteTimeUtc(copy, DateTime.UtcNow - TimeSpan.FromHours(1));
        return (feed, global, copy);
    }

    [Fact]
    public async Task A_stale_copy_a_running_process_holds_is_kept_and_named_then_removed_once_it_exits()
    {
        using var folder = new TempFolder();
        var (feed, global, copy) = Layout(folder);
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import fcntl, sys\nf = open(sys.argv[1])\nfcntl.flock(f, fcntl.LOCK_SH)\nprint('held', flush=True)\nsys.stdin.read()");
        start.ArgumentList.Add(Path.Combine(copy, ".nupkg.metadata"));
        using var kernel = Process.Start(start)!;
        try
        {
            Assert.Equal("held", await kernel.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)));

            var kept = SolutionSetup.RemoveStaleCopies(feed, global).ToList();

            Assert.Equal([$"  kept the stale copy in {copy}: a running kernel or notebook run is using it; stop it and run setup again to use the new Kit.Test 1.0.0"], kept);
            Assert.Equal("old build", File.ReadAllText(Path.Combine(copy, "lib", "Kit.Test.dll")));
        }
        finally
        {
            kernel.StandardInput.Close();
            await kernel.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        var removed = SolutionSetup.RemoveStaleCopies(feed, global).ToList();

        Assert.Equal([$"  removed the stale copy in {copy}"], removed);
        Assert.False(Directory.Exists(copy));
        Assert.Empty(Directory.GetDirectories(Path.Combine(global, "kit.test")));
    }

    [Fact]
    public void A_copy_newer_than_the_package_is_left_alone()
    {
        using var folder = new TempFolder();
        var (feed, global, copy) = Layout(folder);
        Directory.SetLastWriteTimeUtc(copy, DateTime.UtcNow + TimeSpan.FromHours(1));

        Assert.Empty(SolutionSetup.RemoveStaleCopies(feed, global));
        Assert.True(Directory.Exists(copy));
    }
}
