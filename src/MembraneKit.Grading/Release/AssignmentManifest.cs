using System.Text.Json;
using System.Text.Json.Serialization;

namespace MembraneKit.Grading;

/// <summary>
/// What <c>membranekit assign</c> released (<c>assignment.json</c> in the output folder), for a later
/// <c>grade</c> to read: the source (name and SHA-256), the seed, the tracked cells, and per released
/// notebook its file, parameter values and checksums.
/// </summary>
/// <param name="Format">The manifest's format, <c>membranekit-assignment/1</c>.</param>
/// <param name="Source">The source file's name.</param>
/// <param name="SourceSha256">The SHA-256 of the source file's bytes, in lowercase hex.</param>
/// <param name="Seed">The seed the variants were drawn with.</param>
/// <param name="Cells">The tracked cells of the source, in order.</param>
/// <param name="Releases">One entry per notebook written.</param>
public sealed record AssignmentManifest(
    string Format,
    string Source,
    string SourceSha256,
    long Seed,
    IReadOnlyList<ManifestCell> Cells,
    IReadOnlyList<ManifestRelease> Releases)
{
    /// <summary>The value of <see cref="Format"/> this version writes.</summary>
    public const string CurrentFormat = "membranekit-assignment/1";

    /// <summary>The manifest's file name in the output folder.</summary>
    public const string FileName = "assignment.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The manifest as indented JSON with camel-case names.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    /// <summary>Reads a manifest written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The text.</param>
    /// <exception cref="InvalidDataException">It is not a manifest of this format.</exception>
    public static AssignmentManifest Parse(string json)
    {
        AssignmentManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<AssignmentManifest>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Not an assignment manifest: {e.Message}", e);
        }

        if (manifest?.Format != CurrentFormat)
        {
            throw new InvalidDataException($"Not an assignment manifest of format '{CurrentFormat}' (format: '{manifest?.Format}').");
        }

        return manifest;
    }
}

/// <summary>A tracked cell of the source, as the manifest records it.</summary>
/// <param name="GradeId">Its <c>grade_id</c>.</param>
/// <param name="Index">Its position in the notebook, from 0.</param>
/// <param name="CellId">Its nbformat id, if any.</param>
/// <param name="CellType">Its type.</param>
/// <param name="Grade">Whether it is scored.</param>
/// <param name="Solution">Whether the student writes in it.</param>
/// <param name="Locked">Whether the student may not change it (nbgrader's rule).</param>
/// <param name="Task">Whether it is a task graded by hand.</param>
/// <param name="Points">What it is worth, for a grade cell.</param>
/// <param name="HiddenTests">Whether the source holds hidden tests in it that the students do not see.</param>
public sealed record ManifestCell(string GradeId, int Index, string? CellId, string CellType, bool Grade, bool Solution, bool Locked, bool Task, double? Points, bool HiddenTests);

/// <summary>One released notebook, as the manifest records it.</summary>
/// <param name="Student">The student's id, or <see langword="null"/> for the class version.</param>
/// <param name="Name">The student's name, or <see langword="null"/>.</param>
/// <param name="File">The notebook's path relative to the output folder, with '/' separators.</param>
/// <param name="Parameters">The value of each variant parameter.</param>
/// <param name="Checksums">The nbgrader checksum of each tracked cell as released, by <c>grade_id</c>.</param>
public sealed record ManifestRelease(string? Student, string? Name, string File, IReadOnlyDictionary<string, double> Parameters, IReadOnlyDictionary<string, string> Checksums);
