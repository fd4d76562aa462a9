namespace MembraneKit.Notebooks.Tests;

[Collection(WidgetCollection.Name)]
public sealed class PackageLoadingTests(WidgetPackageFixture widgets)
{
    [Fact]
    public void A_package_from_an_absolute_feed_is_restored_and_its_extension_script_runs()
    {
        Assert.True(widgets.LoadCell.Succeeded, string.Join("\n", widgets.LoadCell.Outputs.Select(o => o.ToJson().ToJsonString())));
        var displays = widgets.LoadCell.Outputs.OfType<DisplayDataOutput>().Select(d => d.Data["text/plain"]).ToArray();
        Assert.Contains(displays, text => text.Contains($"{WidgetPackageFixture.PackageId}, {widgets.Version}", StringComparison.Ordinal));
        Assert.Contains(displays, text => text.StartsWith("Loading extension script from", StringComparison.Ordinal) && text.EndsWith("extension.dib`", StringComparison.Ordinal));
        Assert.Equal(1, widgets.FirstSessionRestores);
    }

    [Fact]
    public void The_extension_scripts_using_stays_in_force_and_its_formatter_makes_the_html()
    {
        Assert.True(widgets.WidgetCell.Succeeded, string.Join("\n", widgets.WidgetCell.Outputs.Select(o => o.ToJson().ToJsonString())));
        var display = Assert.IsType<DisplayDataOutput>(widgets.WidgetCell.Outputs[0]);
        var result = Assert.IsType<ExecuteResultOutput>(widgets.WidgetCell.Outputs[1]);
        Assert.Equal("<b class=\"widget\">shown</b>", display.Data["text/html"]);
        Assert.Equal("<b class=\"widget\">&lt;last&gt;</b>", result.Data["text/html"]);
        Assert.Contains("<last>", result.Data["text/plain"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_packages_restore_a_display_says_so_and_is_then_replaced_by_what_was_installed()
    {
        using var session = new NotebookSession(new SessionOptions { RestoreCacheDirectory = TestNotebooks.TempFolder() });
        var events = new List<OutputEvent>();

        var load = await session.ExecuteAsync(widgets.LoadSource, onOutput: e => events.Add(e));

        Assert.True(load.Succeeded);
        var first = Assert.IsType<DisplayDataOutput>(events[0].Output);
        Assert.False(events[0].IsUpdate);
        Assert.Equal($"Installing {WidgetPackageFixture.PackageId}, {widgets.Version}…", first.Data["text/plain"]);
        Assert.NotNull(first.DisplayId);
        var replaced = Assert.Single(events, e => e.IsUpdate && e.Output is DisplayDataOutput d && d.DisplayId == first.DisplayId);
        Assert.StartsWith("Installed Packages", ((DisplayDataOutput)replaced.Output).Data["text/plain"], StringComparison.Ordinal);
        Assert.StartsWith("Installed Packages", Assert.IsType<DisplayDataOutput>(load.Outputs[0]).Data["text/plain"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_restore_replaces_the_progress_display_before_the_error()
    {
        using var session = new NotebookSession(new SessionOptions { RestoreCacheDirectory = TestNotebooks.TempFolder() });

        var load = await session.ExecuteAsync($"#i \"nuget: {widgets.Feed}\"\n#r \"nuget: MembraneKit.NoSuchPackage, 1.0.0\"");

        Assert.Equal(CellStatus.Failed, load.Status);
        var progress = Assert.IsType<DisplayDataOutput>(load.Outputs[0]);
        Assert.Equal("Could not install MembraneKit.NoSuchPackage, 1.0.0.", progress.Data["text/plain"]);
        Assert.IsType<ErrorOutput>(load.Outputs[1]);
    }

    [Fact]
    public async Task A_feed_folder_that_no_longer_exists_does_not_break_restoring_from_the_others()
    {
        var missingFeed = Path.Combine(TestNotebooks.TempFolder(), "deleted-feed");
        using var session = new NotebookSession(new SessionOptions { RestoreCacheDirectory = TestNotebooks.TempFolder() });

        var load = await session.ExecuteAsync($"#i \"nuget: {missingFeed}\"\n{widgets.LoadSource}").WaitAsync(TestLimits.Restore);

        Assert.True(load.Succeeded, string.Join("\n", load.Outputs.Select(o => o.ToJson().ToJsonString())));
        Assert.Contains(session.Packages, p => p.Id == WidgetPackageFixture.PackageId);
    }

    [Fact]
    public async Task A_second_session_with_the_same_packages_resolves_from_the_cache_without_running_dotnet()
    {
        using var session = new NotebookSession(new SessionOptions { RestoreCacheDirectory = widgets.RestoreCache });

        var load = await session.ExecuteAsync(widgets.LoadSource).WaitAsync(TestLimits.Restore);
        var use = await session.ExecuteAsync("WidgetExtension.LoadCount > 0").WaitAsync(TestLimits.Restore);

        Assert.True(load.Succeeded);
        Assert.Equal(0, session.RestoreCount);
        Assert.Equal("True", Assert.IsType<ExecuteResultOutput>(Assert.Single(use.Outputs)).Data["text/plain"]);
        Assert.Contains(session.Packages, p => p.Id == WidgetPackageFixture.PackageId && p.Version == widgets.Version);
    }

    [Fact]
    public async Task Asking_for_another_version_of_a_loaded_package_is_an_error()
    {
        using var session = new NotebookSession(new SessionOptions { RestoreCacheDirectory = widgets.RestoreCache });
        await session.ExecuteAsync(widgets.LoadSource).WaitAsync(TestLimits.Restore);

        var result = await session.ExecuteAsync($"#r \"nuget: {WidgetPackageFixture.PackageId}, 9.9.9\"").WaitAsync(TestLimits.Restore);

        Assert.Equal(CellStatus.Failed, result.Status);
        Assert.Contains("cannot be added because version", Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_dll_reference_loads_from_the_notebooks_folder()
    {
        var folder = TestNotebooks.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "lib"));
        File.Copy(widgets.AssemblyPath, Path.Combine(folder, "lib", "TestWidgets.dll"));
        using var session = new NotebookSession(new SessionOptions { WorkingDirectory = folder });

        var result = await session.ExecuteAsync("#r \"lib/TestWidgets.dll\"\nnew TestWidgets.Widget(\"from a file\").Name").WaitAsync(TestLimits.Restore);

        Assert.True(result.Succeeded, string.Join("\n", result.Outputs.Select(o => o.ToJson().ToJsonString())));
        Assert.Equal("from a file", Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Outputs)).Data["text/plain"]);
    }
}
