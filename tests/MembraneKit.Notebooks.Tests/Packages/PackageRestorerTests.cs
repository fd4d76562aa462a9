using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks.Tests;

/// <summary>
/// The restore cache against real restores by the .NET SDK of the widget package from its local feed:
/// every way a cache entry can go wrong leads to a new restore, never to a load of files that are gone.
/// </summary>
[Collection(WidgetCollection.Name)]
public sealed class PackageRestorerTests(WidgetPackageFixture widgets)
{
    private PackageReference Widget => new(WidgetPackageFixture.PackageId, widgets.Version);

    private IReadOnlyList<NuGetSource> Feed => [new NuGetSource("widgets", widgets.Feed)];

    private static bool IsWidget(ResolvedPackage package) => package.Id == WidgetPackageFixture.PackageId;

    private static string Resolution(string cache) => Assert.Single(Directory.GetFiles(cache, "resolution.json", SearchOption.AllDirectories));

    private async Task<(PackageRestorer Restorer, string Cache, RestoreOutcome First)> RestoredOnce(PackageReference? package = null)
    {
        var cache = TestNotebooks.TempFolder();
        var restorer = new PackageRestorer(cache, "dotnet");
        var first = await restorer.RestoreAsync([package ?? Widget], Feed, [], CancellationToken.None).WaitAsync(TestLimits.Restore);
        Assert.True(first.Errors.Count == 0, string.Join("\n", first.Errors));
        Assert.False(first.FromCache);
        return (restorer, cache, first);
    }

    private async Task<RestoreOutcome> Again(PackageRestorer restorer, PackageReference? package = null) =>
        await restorer.RestoreAsync([package ?? Widget], Feed, [], CancellationToken.None).WaitAsync(TestLimits.Restore);

    [Theory]
    [InlineData("not json {")]
    [InlineData("{}")]
    [InlineData("[{\"id\": null}]")]
    public async Task A_corrupt_cache_entry_is_restored_again(string corrupt)
    {
        var (restorer, cache, first) = await RestoredOnce();
        File.WriteAllText(Resolution(cache), corrupt);

        var second = await Again(restorer);

        Assert.False(second.FromCache);
        Assert.Equal(2, restorer.RestoreCount);
        Assert.Equal(first.Packages.Single(IsWidget).AssemblyPaths, second.Packages.Single(IsWidget).AssemblyPaths);
    }

    [Fact]
    public async Task An_entry_naming_a_file_that_is_gone_is_restored_again()
    {
        var (restorer, cache, _) = await RestoredOnce();
        var json = JsonNode.Parse(File.ReadAllText(Resolution(cache)))!.AsArray();
        json.Single(p => p!["id"]!.GetValue<string>() == WidgetPackageFixture.PackageId)!["assemblies"] = new JsonArray(Path.Combine(TestNotebooks.TempFolder(), "deleted", "TestWidgets.dll"));
        File.WriteAllText(Resolution(cache), json.ToJsonString());

        var second = await Again(restorer);

        Assert.False(second.FromCache);
        Assert.All(second.Packages.Single(IsWidget).AssemblyPaths, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public async Task An_entry_is_reused_without_starting_dotnet()
    {
        var (restorer, _, first) = await RestoredOnce();

        var second = await Again(restorer);

        Assert.True(second.FromCache);
        Assert.Equal(1, restorer.RestoreCount);
        Assert.Equal(first.Packages.Select(p => (p.Id, p.Version, p.Folder)), second.Packages.Select(p => (p.Id, p.Version, p.Folder)));
        Assert.Equal(first.Packages.Single(IsWidget).AssemblyPaths, second.Packages.Single(IsWidget).AssemblyPaths);
    }

    [Fact]
    public async Task A_floating_version_is_resolved_again_after_twelve_hours_and_a_fixed_one_is_not()
    {
        var floating = new PackageReference(WidgetPackageFixture.PackageId, "1.0.0-*");
        var (restorer, cache, _) = await RestoredOnce(floating);
        File.SetLastWriteTimeUtc(Resolution(cache), DateTime.UtcNow - TimeSpan.FromHours(11));
        Assert.True((await Again(restorer, floating)).FromCache);

        File.SetLastWriteTimeUtc(Resolution(cache), DateTime.UtcNow - TimeSpan.FromHours(13));
        Assert.False((await Again(restorer, floating)).FromCache);

        var (fixedRestorer, fixedCache, _) = await RestoredOnce();
        File.SetLastWriteTimeUtc(Resolution(fixedCache), DateTime.UtcNow - TimeSpan.FromDays(30));
        Assert.True((await Again(fixedRestorer)).FromCache);
    }

    /// <summary>Two notebooks of one run (or two runs) asking for the same packages at once share a cache folder.</summary>
    [Fact]
    public async Task Two_restores_of_the_same_packages_at_once_both_succeed_and_leave_one_good_entry()
    {
        var cache = TestNotebooks.TempFolder();
        var restorers = Enumerable.Range(0, 3).Select(_ => new PackageRestorer(cache, "dotnet")).ToArray();

        var outcomes = await Task.WhenAll(restorers.Select(r => Task.Run(() => r.RestoreAsync([Widget], Feed, [], CancellationToken.None)))).WaitAsync(TestLimits.Restore);

        Assert.All(outcomes, outcome => Assert.True(outcome.Errors.Count == 0, string.Join("\n", outcome.Errors)));
        Assert.All(outcomes, outcome => Assert.Equal(outcomes[0].Packages.Single(IsWidget).AssemblyPaths, outcome.Packages.Single(IsWidget).AssemblyPaths));
        var later = await new PackageRestorer(cache, "dotnet").RestoreAsync([Widget], Feed, [], CancellationToken.None).WaitAsync(TestLimits.Restore);
        Assert.True(later.FromCache);
    }

    /// <summary>A restore waits while another holds the entry, then uses what that one wrote instead of writing it again.</summary>
    [Fact]
    public async Task A_restore_waits_for_the_entry_another_restore_holds_and_then_reads_it()
    {
        var (_, cache, _) = await RestoredOnce();
        var entry = Path.GetDirectoryName(Resolution(cache))!;
        var written = File.ReadAllText(Resolution(cache));
        File.Delete(Resolution(cache));
        var restorer = new PackageRestorer(cache, "dotnet");
        Task<RestoreOutcome> waiting;
        using (new FileStream(Path.Combine(entry, ".restore.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            waiting = restorer.RestoreAsync([Widget], Feed, [], CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.False(waiting.IsCompleted, "the restore went ahead while another held its entry");
            File.WriteAllText(Path.Combine(entry, "resolution.json"), written); // what the holder's restore writes
        }

        var outcome = await waiting.WaitAsync(TestLimits.Restore);
        Assert.True(outcome.FromCache);
        Assert.Equal(0, restorer.RestoreCount);
        Assert.Contains(outcome.Packages, IsWidget);
    }

    [Fact]
    public async Task A_package_no_source_has_is_an_error_that_names_it()
    {
        var restorer = new PackageRestorer(TestNotebooks.TempFolder(), "dotnet");

        var outcome = await restorer.RestoreAsync([new PackageReference("No.Such.Package.Anywhere", "1.0.0")], Feed, [], CancellationToken.None).WaitAsync(TestLimits.Restore);

        Assert.Empty(outcome.Packages);
        Assert.Contains(outcome.Errors, error => error.Contains("No.Such.Package.Anywhere", StringComparison.Ordinal));
    }
}
