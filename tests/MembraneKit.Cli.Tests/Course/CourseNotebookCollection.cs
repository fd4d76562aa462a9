namespace MembraneKit.Cli.Tests.Course;

/// <summary>The tests that run course notebooks share one packed kit and run one notebook at a time: displays
/// register with a process-wide formatter, so two notebooks in one process should not run at once.</summary>
[CollectionDefinition(Name)]
public sealed class CourseNotebookCollection : ICollectionFixture<CourseKitFixture>
{
    public const string Name = "Course notebooks";
}
