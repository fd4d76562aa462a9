using System.Globalization;
using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>
/// Makes a submission ready to grade, as nbgrader's <c>autograde</c> does: checks that it is a notebook of
/// this assignment, keeps the student's answer cells and the cells they added, restores every locked cell
/// (tests, parameters, setup) and every untracked cell of the assignment from the student's release, and
/// reports each locked cell that was edited (its nbgrader checksum differs), deleted or moved. The hidden
/// tests are not put in the notebook: they come with <see cref="PreparedSubmission.HiddenTestSources"/>.
/// </summary>
public static class SubmissionPreparation
{
    /// <summary>Prepares <paramref name="submission"/>; returns <see langword="null"/> with <paramref name="problem"/> when it is not a notebook of this assignment.</summary>
    /// <param name="source">The checked assignment source.</param>
    /// <param name="release">What the student was given (their variant), as <see cref="AssignmentRelease"/> makes it again.</param>
    /// <param name="submission">The submitted notebook; it is not changed.</param>
    /// <param name="problem">Why it cannot be graded, when it cannot.</param>
    public static PreparedSubmission? TryPrepare(AssignmentSource source, ReleasedNotebook release, Notebook submission, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(submission);
        problem = null;
        var tracked = source.Cells.Where(c => c.Metadata is { IsTracked: true }).ToArray();
        var submitted = submission.Cells.Select((cell, position) => (Cell: cell, Position: position, GradeId: NbgraderMetadata.Read(cell)?.GradeId)).ToArray();
        var byGradeId = submitted.Where(s => s.GradeId is not null).GroupBy(s => s.GradeId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var found = tracked.Count(c => byGradeId.ContainsKey(c.GradeId!));
        if (tracked.Length > 0 && found * 2 < tracked.Length)
        {
            var theirs = byGradeId.Keys.Take(5).ToArray();
            problem = $"it is not a notebook of this assignment: only {found} of the {tracked.Length} cells it tracks (grade_id {string.Join(", ", tracked.Take(3).Select(c => c.GradeId))}, …) are in it"
                + (theirs.Length > 0 ? $"; its own cells are {string.Join(", ", theirs)}{(byGradeId.Count > theirs.Length ? ", …" : "")}" : "");
            return null;
        }

        var tampering = new List<CellTampering>();
        var sourceIds = source.Cells.Where(c => c.Metadata is not { IsTracked: true } && c.Cell.Id is not null).Select(c => c.Cell.Id!).ToHashSet(StringComparer.Ordinal);
        var trackedIds = tracked.Select(c => c.GradeId!).ToHashSet(StringComparer.Ordinal);
        var indexOfGradeId = tracked.ToDictionary(c => c.GradeId!, c => c.Index, StringComparer.Ordinal);
        var indexOfCellId = source.Cells.Where(c => c.Cell.Id is not null).GroupBy(c => c.Cell.Id!).ToDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);

        // Cells the student added go after the assignment cell they followed (before the first, if none did).
        var added = new Dictionary<int, List<NotebookCell>>();
        var anchor = -1;
        foreach (var (cell, _, gradeId) in submitted)
        {
            if (gradeId is not null && indexOfGradeId.TryGetValue(gradeId, out var sourceIndex))
            {
                anchor = sourceIndex;
            }
            else if (gradeId is null && cell.Id is not null && sourceIds.Contains(cell.Id))
            {
                anchor = indexOfCellId[cell.Id];
            }
            else if (gradeId is null || !trackedIds.Contains(gradeId))
            {
                if (!added.TryGetValue(anchor, out var list))
                {
                    added[anchor] = list = [];
                }

                list.Add(cell);
            }
        }

        var cells = new List<JsonObject>();
        var hidden = new Dictionary<int, string>();
        var gradeCells = new List<GradeCell>();
        void Emit(NotebookCell cell, JsonObject? metadata = null)
        {
            var json = (JsonObject)cell.Json.DeepClone();
            if (metadata is not null)
            {
                json["metadata"] = metadata.DeepClone();
            }

            if (json["cell_type"]?.GetValue<string>() == "code")
            {
                json["outputs"] = new JsonArray();
                json["execution_count"] = null;
            }

            cells.Add(json);
        }

        foreach (var cell in added.GetValueOrDefault(-1) ?? [])
        {
            Emit(cell);
        }

        foreach (var assignmentCell in source.Cells)
        {
            var released = release.Notebook.Cells[assignmentCell.Index];
            if (assignmentCell.Metadata is { IsTracked: true } meta)
            {
                var gradeId = meta.GradeId!;
                byGradeId.TryGetValue(gradeId, out var theirs);
                if (meta.Solution)
                {
                    if (theirs.Cell is null)
                    {
                        tampering.Add(new CellTampering(gradeId, TamperingKind.Deleted, $"the answer cell '{gradeId}' was deleted; graded as not answered"));
                        Emit(released);
                    }
                    else
                    {
                        // Their answer, under the released cell's metadata (the roles are the assignment's, not theirs to change).
                        Emit(theirs.Cell, released.Metadata);
                    }
                }
                else
                {
                    if (theirs.Cell is null)
                    {
                        tampering.Add(new CellTampering(gradeId, TamperingKind.Deleted, $"the locked cell '{gradeId}' was deleted; it was restored"));
                    }
                    else if (Edited(theirs.Cell, released, release.Checksums.GetValueOrDefault(gradeId)) is { } what)
                    {
                        tampering.Add(new CellTampering(gradeId, TamperingKind.Edited, $"the locked cell '{gradeId}' was edited ({what}); it was restored"));
                    }

                    Emit(released);
                }

                if (meta.Grade)
                {
                    var automatic = released.IsCode;
                    gradeCells.Add(new GradeCell(cells.Count - 1, gradeId, meta.Points ?? 0, automatic));
                    if (automatic && !meta.Solution && assignmentCell.HiddenTests.Count > 0)
                    {
                        hidden[cells.Count - 1] = assignmentCell.Cell.Source;
                    }
                }
            }
            else
            {
                Emit(released);
            }

            foreach (var cell in added.GetValueOrDefault(assignmentCell.Index) ?? [])
            {
                Emit(cell);
            }
        }

        tampering.AddRange(Moved(submitted.Where(s => s.GradeId is not null && indexOfGradeId.ContainsKey(s.GradeId))
            .DistinctBy(s => s.GradeId).Select(s => (s.GradeId!, indexOfGradeId[s.GradeId!])).ToArray()));
        UniqueIds(cells);
        var root = JsonNode.Parse(release.Notebook.ToJson())!.AsObject();
        root["cells"] = new JsonArray([.. cells]);
        var notebook = Notebook.Parse(root.ToJsonString());
        return new PreparedSubmission(notebook, hidden, gradeCells, tampering, added.Values.Sum(list => list.Count));
    }

    private static string? Edited(NotebookCell theirs, NotebookCell released, string? checksum)
    {
        if (theirs.CellType != released.CellType)
        {
            return $"made a {theirs.CellType} cell";
        }

        if (!string.Equals(theirs.Source.Replace("\r\n", "\n", StringComparison.Ordinal), released.Source, StringComparison.Ordinal))
        {
            return "its source differs from the released cell";
        }

        string actual;
        try
        {
            actual = NbgraderChecksum.Compute(theirs);
        }
        catch (ArgumentException)
        {
            return "its nbgrader metadata is gone";
        }

        return checksum is not null && actual != checksum ? "its nbgrader metadata differs, so its checksum does not match" : null;
    }

    /// <summary>The tracked cells that stand out of order: all but a longest run in the released order.</summary>
    private static IEnumerable<CellTampering> Moved((string GradeId, int SourceIndex)[] order)
    {
        var length = new int[order.Length];
        var previous = new int[order.Length];
        var best = -1;
        for (var i = 0; i < order.Length; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (order[j].SourceIndex < order[i].SourceIndex && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var inOrder = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            inOrder.Add(i);
        }

        return order.Where((_, i) => !inOrder.Contains(i))
            .Select(o => new CellTampering(o.GradeId, TamperingKind.Moved, $"the cell '{o.GradeId}' was moved out of the released order; it was put back"));
    }

    private static void UniqueIds(List<JsonObject> cells)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var counter = 0;
        foreach (var cell in cells)
        {
            if (cell["id"] is not JsonValue value || !value.TryGetValue<string>(out var id))
            {
                continue;
            }

            while (!seen.Add(id))
            {
                id = string.Create(CultureInfo.InvariantCulture, $"added-{++counter}");
            }

            cell["id"] = id;
        }
    }
}
