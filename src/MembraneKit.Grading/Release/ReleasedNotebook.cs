using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>A student version of an assignment, and what a grader needs to know of it.</summary>
/// <param name="Notebook">The student notebook.</param>
/// <param name="StudentId">The student it was made for, or <see langword="null"/> for the class version.</param>
/// <param name="Parameters">The value of each variant parameter in this version.</param>
/// <param name="Checksums">The nbgrader checksum of each tracked cell as released, by <c>grade_id</c>.</param>
public sealed record ReleasedNotebook(Notebook Notebook, string? StudentId, IReadOnlyDictionary<string, double> Parameters, IReadOnlyDictionary<string, string> Checksums);
