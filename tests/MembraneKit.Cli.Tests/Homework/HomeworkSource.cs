namespace MembraneKit.Cli.Tests.Homework;

/// <summary>The homework source shipped in notebooks/homework/.</summary>
internal static class HomeworkSource
{
    public const string FileName = "hyperkalemia-homework.ipynb";

    public static string Folder => Path.Combine(Course.CourseNotebooks.Folder, "homework");

    public static string SourcePath => Path.Combine(Folder, FileName);

    /// <summary>The start of the hint of its first solution region: what a student sees when their run stops there.</summary>
    public const string FirstHint = "ask the membrane for the ion's Nernst potential";
}
