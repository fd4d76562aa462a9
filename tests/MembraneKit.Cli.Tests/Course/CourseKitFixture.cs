using MembraneKit.Cli.Setup;

namespace MembraneKit.Cli.Tests.Course;

/// <summary>
/// Packs the kit into the local feed and registers it, exactly as the README's main job does
/// (<c>membranekit setup</c>), once for all the course-notebook runs.
/// </summary>
public sealed class CourseKitFixture : IAsyncLifetime
{
    public string SetupLog { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new SolutionSetup(output, error).RunAsync(CourseNotebooks.Root, CancellationToken.None);
        SetupLog = output + "\n" + error;
        Assert.True(code == 0, $"membranekit setup failed ({code}):\n{SetupLog}");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
