using MembraneKit.Cli.Setup;
using MembraneKit.Testing;

namespace MembraneKit.Cli.Tests.Course;

/// <summary>
/// Packs the kit into the local feed and registers it, exactly as the README's main job does
/// (<c>membranekit setup</c>), once for all the course-notebook runs — and once for every test process that
/// runs them (the kernel's tests do too): <see cref="LocalFeed"/> holds a lock across the setup and skips it
/// when the feed already holds packages made from these sources.
/// </summary>
public sealed class CourseKitFixture : IAsyncLifetime
{
    public string SetupLog { get; private set; } = "";

    public async Task InitializeAsync() =>
        SetupLog = await LocalFeed.EnsurePackedAsync(CourseNotebooks.Root, async cancellationToken =>
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await new SolutionSetup(output, error).RunAsync(CourseNotebooks.Root, cancellationToken);
            return (code, output + "\n" + error);
        }, TimeSpan.FromMinutes(20));

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Fails unless the local feed holds the kit package the notebooks load, at the version they name.</summary>
    public void AssertKitPacked()
    {
        var package = Path.Combine(LocalFeed.Folder(CourseNotebooks.Root), $"MembraneKit.Interactive.{CourseNotebooks.KitVersion()}.nupkg");
        Assert.True(File.Exists(package), $"the feed has no {Path.GetFileName(package)}; setup said:\n{SetupLog}");
    }
}
