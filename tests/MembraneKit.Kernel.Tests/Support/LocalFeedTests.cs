using MembraneKit.Testing;

namespace MembraneKit.Kernel.Tests;

/// <summary>The lock and the stamp that let several test processes share one packing of the local feed.</summary>
public sealed class LocalFeedTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "membranekit-local-feed-tests", Guid.NewGuid().ToString("N"));
    private int _packings;

    public LocalFeedTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "src", "Kit"));
        File.WriteAllText(Path.Combine(_root, "src", "Kit", "Kit.cs"), "class Kit { }");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<(int, string)> Pack(CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _packings);
        await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
        File.WriteAllText(Path.Combine(LocalFeed.Folder(_root), "Kit.1.0.0.nupkg"), $"packing {n}");
        return (0, $"packed {n}");
    }

    [Fact]
    public async Task Callers_at_the_same_time_pack_once_and_the_later_ones_wait_for_it()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => LocalFeed.EnsurePackedAsync(_root, Pack, Limit))));

        Assert.Equal(1, _packings);
        Assert.Single(results, result => result == "packed 1");
        Assert.Equal(2, results.Count(result => result.Contains("not packing again", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_changed_source_or_a_missing_package_packs_again()
    {
        await LocalFeed.EnsurePackedAsync(_root, Pack, Limit);
        File.AppendAllText(Path.Combine(_root, "src", "Kit", "Kit.cs"), "// changed");
        Assert.Equal("packed 2", await LocalFeed.EnsurePackedAsync(_root, Pack, Limit));

        File.Delete(Path.Combine(LocalFeed.Folder(_root), "Kit.1.0.0.nupkg"));
        Assert.Equal("packed 3", await LocalFeed.EnsurePackedAsync(_root, Pack, Limit));
    }

    [Fact]
    public void Build_output_does_not_count_as_a_source()
    {
        var before = LocalFeed.Fingerprint(_root);
        Directory.CreateDirectory(Path.Combine(_root, "src", "Kit", "obj"));
        File.WriteAllText(Path.Combine(_root, "src", "Kit", "obj", "Kit.dll"), "built");
        Assert.Equal(before, LocalFeed.Fingerprint(_root));

        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project><PropertyGroup /></Project>");
        Assert.NotEqual(before, LocalFeed.Fingerprint(_root));
    }

    [Fact]
    public async Task A_failed_setup_throws_its_log_and_the_next_caller_tries_again()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            LocalFeed.EnsurePackedAsync(_root, _ => Task.FromResult((1, "dotnet pack failed: NU1101")), Limit));
        Assert.Contains("exit code 1", failure.Message, StringComparison.Ordinal);
        Assert.Contains("NU1101", failure.Message, StringComparison.Ordinal);

        Assert.Equal("packed 1", await LocalFeed.EnsurePackedAsync(_root, Pack, Limit));
    }

    [Fact]
    public async Task A_lock_held_past_the_limit_is_a_timeout_that_names_the_lock_file()
    {
        Directory.CreateDirectory(LocalFeed.Folder(_root));
        var lockPath = Path.Combine(_root, "artifacts", "local-feed.lock");
        await using var held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => LocalFeed.EnsurePackedAsync(_root, Pack, TimeSpan.FromSeconds(1)));
        Assert.Contains(lockPath, timeout.Message, StringComparison.Ordinal);
        Assert.Equal(0, _packings);
    }
}
