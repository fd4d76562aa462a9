using MembraneKit.Cli.Setup;

namespace MembraneKit.Cli.Tests.Course;

/// <summary>
/// Packs the kit into the local feed and registers it, exactly as the README's main job does
/// (<c>membranekit setup</c>), once per test run for every class that runs notebooks: the course and the
/// homework classes run in parallel, and two packs at once would fight over the same package files.
/// </summary>
public sealed class CourseKitFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<(int Code, string Log)>> Setup = new(RunSetupAsync);

    public string SetupLog { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var (code, log) = await Setup.Value;
        SetupLog = log;
        Assert.True(code == 0, $"membranekit setup failed ({code}):\n{SetupLog}");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(int Code, string Log)> RunSetupAsync()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new SolutionSetup(output, error).RunAsync(CourseNotebooks.Root, CancellationToken.None);
        return (code, output + "\n" + error);
    }
}
