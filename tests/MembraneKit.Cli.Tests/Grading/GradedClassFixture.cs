using MembraneKit.Cli.Tests.Course;
using MembraneKit.Cli.Tests.Homework;

namespace MembraneKit.Cli.Tests.Grading;

/// <summary>
/// Grades the sample class twice, once: the clean submissions alone, then the clean and the hostile ones in
/// one batch. Every grading test reads these two runs, so the hostile corpus costs one batch.
/// </summary>
public sealed class GradedClassFixture : IAsyncLifetime
{
    public static readonly string[] Limits = ["--timeout", "8", "--notebook-timeout", "150", "--memory", "384", "--parallel", "2"];

    public string Folder { get; } = CliRun.TempFolder();

    /// <summary>
    /// Whether this kernel has Landlock. Without it a submission is not confined, so the one that reads and
    /// deletes other files is left out of the batch (it would delete the class's submissions).
    /// </summary>
    public bool Sandboxed { get; } = MembraneKit.Cli.Isolation.Landlock.AbiVersion() > 0;

    public string Release => Path.Combine(Folder, "release");

    public string CleanFolder => Path.Combine(Folder, "clean");

    public string AllFolder => Path.Combine(Folder, "all");

    public string CleanOut => Path.Combine(Folder, "graded-clean");

    public string AllOut => Path.Combine(Folder, "graded-all");

    public (int Code, string Output, string Error) CleanRun { get; private set; }

    public (int Code, string Output, string Error) AllRun { get; private set; }

    internal IReadOnlyList<SampleClass.Student> Hostile { get; private set; } = [];

    internal SampleClass.HostileTargets Targets { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var kit = new CourseKitFixture();
        await kit.InitializeAsync();
        Targets = new SampleClass.HostileTargets(
            HomeworkSource.SourcePath,
            Path.Combine(AllFolder, "correct", HomeworkSource.FileName),
            Path.Combine(AllFolder, "correct"),
            AllOut,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        Hostile = [.. SampleClass.Hostile(Targets).Where(s => Sandboxed || s.Id != "h-files")];
        var roster = Path.Combine(Folder, "students.csv");
        await File.WriteAllLinesAsync(roster, ["id,name", .. SampleClass.Clean.Concat(Hostile).Select(s => $"{s.Id},")]);
        var assign = await CliRun.RunAsync("assign", HomeworkSource.SourcePath, "--out", Release, "--roster", roster, "--seed", "10");
        Assert.True(assign.ExitCode == 0, assign.Error);
        SampleClass.Write(Release, CleanFolder, SampleClass.Clean);
        SampleClass.Write(Release, AllFolder, SampleClass.Clean.Concat(Hostile));
        var manifest = Path.Combine(Release, "assignment.json");
        CleanRun = await CliRun.RunAsync(["grade", CleanFolder, "--source", HomeworkSource.SourcePath, "--manifest", manifest, "--out", CleanOut, .. Limits]);
        AllRun = await CliRun.RunAsync(["grade", AllFolder, "--source", HomeworkSource.SourcePath, "--manifest", manifest, "--out", AllOut, .. Limits]);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
