using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>
/// A cell's nbgrader metadata (<c>metadata.nbgrader</c>, schema version 3), read after the schema has
/// accepted it. nbgrader's roles: a <em>grade</em> cell is scored (autograder tests, or an answer graded by
/// hand), a <em>solution</em> cell is where the student writes, a <em>locked</em> cell is read-only, a
/// <em>task</em> is a markdown cell graded by hand.
/// </summary>
/// <param name="Grade">Whether the cell is scored.</param>
/// <param name="Solution">Whether the student writes in the cell.</param>
/// <param name="Locked">The <c>locked</c> flag as written (see <see cref="IsLocked"/> for what it means).</param>
/// <param name="Task">Whether the cell is a manually graded task.</param>
/// <param name="GradeId">The cell's nbgrader id, or <see langword="null"/>.</param>
/// <param name="Points">What the cell is worth, or <see langword="null"/>.</param>
/// <param name="Checksum">The checksum recorded at release, or <see langword="null"/>.</param>
public sealed record NbgraderMetadata(bool Grade, bool Solution, bool Locked, bool Task, string? GradeId, double? Points, string? Checksum)
{
    /// <summary>The key of the metadata object in a cell's metadata.</summary>
    public const string Key = "nbgrader";

    /// <summary>The schema version this kit reads and writes.</summary>
    public const int SchemaVersion = 3;

    /// <summary>
    /// Whether the student may not change the cell, as nbgrader decides it: never a solution cell, always a
    /// grade cell that is not a solution, otherwise the <c>locked</c> flag.
    /// </summary>
    public bool IsLocked => !Solution && (Grade || Locked);

    /// <summary>Whether nbgrader tracks the cell (it needs a <c>grade_id</c> and gets a checksum at release).</summary>
    public bool IsTracked => Grade || Solution || IsLocked;

    /// <summary>The nbgrader metadata of a cell, or <see langword="null"/> when it has none.</summary>
    /// <param name="cell">The cell.</param>
    /// <remarks>Call it on a cell whose metadata <see cref="NbgraderMetadataSchema"/> accepted; wrong types read as absent.</remarks>
    public static NbgraderMetadata? Read(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Json["metadata"]?[Key] is not JsonObject meta)
        {
            return null;
        }

        return new NbgraderMetadata(
            Flag(meta, "grade"),
            Flag(meta, "solution"),
            Flag(meta, "locked"),
            Flag(meta, "task"),
            meta["grade_id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : null,
            meta["points"] is JsonValue points && points.GetValueKind() == JsonValueKind.Number ? double.Parse(points.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) : null,
            meta["checksum"] is JsonValue sum && sum.GetValueKind() == JsonValueKind.String ? sum.GetValue<string>() : null);
    }

    private static bool Flag(JsonObject meta, string name) => meta[name] is JsonValue value && value.GetValueKind() == JsonValueKind.True;
}
