namespace MembraneKit.Notebooks.Tests;

/// <summary>
/// Sources are chosen as the Polyglot Notebooks kernel chooses them: the NuGet.config hierarchy seen from the
/// notebook's folder, enabled sources only, names without white space only.
/// </summary>
[Collection(WidgetCollection.Name)]
public sealed class NuGetSourcesTests(WidgetPackageFixture widgets)
{
    private const string PublicRegistry = "https://api.nuget.org/v3/index.json";

    private static string Config(params string[] lines) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n" + string.Join("\n", lines) + "\n</configuration>\n";

    [Fact]
    public void The_hierarchy_from_the_notebooks_folder_decides_and_names_with_spaces_are_dropped()
    {
        var root = TestNotebooks.TempFolder();
        var notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
        File.WriteAllText(Path.Combine(root, "NuGet.config"), Config(
            "<packageSources><clear />",
            "<add key=\"team feed\" value=\"/srv/team\" />",
            "<add key=\"off\" value=\"/srv/off\" />",
            "</packageSources>",
            "<disabledPackageSources><add key=\"off\" value=\"true\" /></disabledPackageSources>"));
        File.WriteAllText(Path.Combine(notebooks, "NuGet.config"), Config(
            "<packageSources><add key=\"kit-local\" value=\"../artifacts/packages\" /></packageSources>"));

        var sources = NuGetSources.Read(notebooks);

        Assert.Equal([new NuGetSource("kit-local", Path.Combine(root, "artifacts", "packages"))], sources.Used);
        Assert.Equal([new NuGetSource("team feed", "/srv/team")], sources.DroppedForTheirName);
    }

    [Fact]
    public void An_unreadable_configuration_is_an_error_that_names_the_folder()
    {
        var folder = TestNotebooks.TempFolder();
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), "<configuration><packageSources>");

        var error = Assert.Throws<InvalidOperationException>(() => NuGetSources.Read(folder));

        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_whose_name_has_a_space_is_not_used_and_the_error_says_why()
    {
        // A version never restored before: NuGet must look for it in the sources, not in its global-packages folder.
        var (feed, version) = widgets.FeedWithFreshVersion();
        var folder = NotebookFolderWithFeedNamed("widget feed", feed);
        using var session = new NotebookSession(new SessionOptions { WorkingDirectory = folder, RestoreCacheDirectory = TestNotebooks.TempFolder() });

        var load = await session.ExecuteAsync($"#r \"nuget: {WidgetPackageFixture.PackageId}, {version}\"");

        Assert.True(load.Status == CellStatus.Failed, string.Join("\n", load.Outputs.Select(o => o.ToJson().ToJsonString())));
        var error = Assert.Single(load.Outputs.OfType<ErrorOutput>());
        Assert.Contains("NU110", error.Value, StringComparison.Ordinal);
        Assert.Contains("\"widget feed\"", error.Value, StringComparison.Ordinal);
        Assert.Contains("name contains white space", error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_named_in_the_notebooks_folder_loads_the_package()
    {
        var (feed, version) = widgets.FeedWithFreshVersion();
        var folder = NotebookFolderWithFeedNamed("widget-feed", feed);
        using var session = new NotebookSession(new SessionOptions { WorkingDirectory = folder, RestoreCacheDirectory = TestNotebooks.TempFolder() });

        var load = await session.ExecuteAsync($"#r \"nuget: {WidgetPackageFixture.PackageId}, {version}\"\nnew TestWidgets.Widget(\"w\").Name");

        Assert.True(load.Succeeded, string.Join("\n", load.Outputs.Select(o => o.ToJson().ToJsonString())));
    }

    /// <summary>A folder whose NuGet.config clears every other source and names the widget feed and the public registry.</summary>
    private static string NotebookFolderWithFeedNamed(string name, string feed)
    {
        var folder = TestNotebooks.TempFolder();
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), Config(
            "<packageSources><clear />",
            $"<add key=\"{name}\" value=\"{feed}\" />",
            $"<add key=\"nuget.org\" value=\"{PublicRegistry}\" protocolVersion=\"3\" />",
            "</packageSources>"));
        return folder;
    }
}
