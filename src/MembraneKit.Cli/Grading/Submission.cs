namespace MembraneKit.Cli.Grading;

/// <summary>A student's submitted file, found by <see cref="SubmissionDiscovery"/>.</summary>
/// <param name="Student">The student's id (from the folder or file name).</param>
/// <param name="Path">The file's full path.</param>
internal sealed record Submission(string Student, string Path);
