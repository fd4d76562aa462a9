namespace MembraneKit.Grading;

/// <summary>A student of a roster.</summary>
/// <param name="Id">The student's id: letters, digits, '.', '_' and '-' (it names their folder).</param>
/// <param name="Name">The student's name, possibly empty.</param>
public sealed record Student(string Id, string Name);
