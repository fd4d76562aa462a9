using System.Text;
using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>
/// Makes student versions of an <see cref="AssignmentSource"/>, as nbgrader's <c>generate_assignment</c>
/// does: solution regions (or whole solution cells without regions) replaced by a stub that throws
/// <see cref="NotImplementedException"/> with a hint, hidden-test regions removed, outputs and execution
/// counts cleared, nbgrader's cell locks set (<c>deletable</c>/<c>editable</c>), and each tracked cell's
/// checksum and type recorded in its metadata; then, for a student, each variant parameter set to the
/// value drawn for them.
/// </summary>
public static class AssignmentRelease
{
    /// <summary>The text that replaces a markdown solution, as in nbgrader.</summary>
    public const string TextStub = "YOUR ANSWER HERE";

    /// <summary>The class version: every variant parameter keeps the source's value.</summary>
    /// <param name="source">The checked source.</param>
    public static ReleasedNotebook ForClass(AssignmentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Release(source, null, source.Variants.ToDictionary(v => v.Name, v => v.SourceValue, StringComparer.Ordinal));
    }

    /// <summary>A student's version: each variant parameter drawn from its range by the student's id and the seed.</summary>
    /// <param name="source">The checked source.</param>
    /// <param name="studentId">The student's id.</param>
    /// <param name="seed">The assignment's seed; the same seed and id always give the same values.</param>
    public static ReleasedNotebook ForStudent(AssignmentSource source, string studentId, long seed)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(studentId);
        var values = source.Variants.ToDictionary(
            v => v.Name,
            v => v.ValueAt(VariantSeed.Choose(seed, studentId, v.Name, v.Count)),
            StringComparer.Ordinal);
        return Release(source, studentId, values);
    }

    private static ReleasedNotebook Release(AssignmentSource source, string? studentId, Dictionary<string, double> values)
    {
        var notebook = source.Notebook.Clone();
        notebook.Metadata.Remove("celltoolbar");
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assignmentCell in source.Cells)
        {
            var cell = notebook.Cells[assignmentCell.Index];
            cell.ClearOutputs();
            var lines = cell.Source.Split('\n');
            if (assignmentCell.Index == source.ParametersCellIndex)
            {
                foreach (var variant in source.Variants)
                {
                    lines[variant.Line - 1] = VariantParameter.Substitute(lines[variant.Line - 1], values[variant.Name], variant);
                }
            }

            cell.Source = StudentSource(assignmentCell, lines);
            if (assignmentCell.Metadata is { IsTracked: true } meta)
            {
                Lock(cell, meta);
                var nbgrader = (JsonObject)cell.Metadata[NbgraderMetadata.Key]!;
                nbgrader.Remove("checksum");
                var checksum = NbgraderChecksum.Compute(cell);
                nbgrader["checksum"] = checksum;
                nbgrader["cell_type"] = cell.CellType;
                checksums[meta.GradeId!] = checksum;
            }
        }

        return new ReleasedNotebook(notebook, studentId, values, checksums);
    }

    private static string StudentSource(AssignmentCell cell, string[] lines)
    {
        if (cell.IsSolution && cell.Solutions.Count == 0)
        {
            return cell.Cell.IsCode ? string.Join('\n', CodeStub("", cell.GradeId, null)) : TextStub;
        }

        var result = new List<string>();
        var solutions = cell.Solutions.ToDictionary(r => r.BeginLine);
        for (var number = 1; number <= lines.Length; number++)
        {
            if (solutions.TryGetValue(number, out var solution))
            {
                var indent = lines[number - 1][..(lines[number - 1].Length - lines[number - 1].TrimStart().Length)];
                result.AddRange(cell.Cell.IsCode ? CodeStub(indent, cell.GradeId, solution.Hint) : [indent + TextStub]);
                number = solution.EndLine;
                continue;
            }

            var hidden = cell.HiddenTests.FirstOrDefault(r => r.BeginLine == number);
            if (hidden is not null)
            {
                number = hidden.EndLine;
                continue;
            }

            result.Add(lines[number - 1]);
        }

        return string.Join('\n', result);
    }

    private static string[] CodeStub(string indent, string? gradeId, string? hint)
    {
        var message = hint ?? $"write your answer here ({gradeId})";
        return
        [
            indent + "// YOUR CODE HERE",
            indent + $"throw new NotImplementedException(\"{Escape(message)}\");",
        ];
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    // nbgrader's LockCells with its defaults: nothing a student answers in can be deleted; what is locked
    // cannot be edited either.
    private static void Lock(NotebookCell cell, NbgraderMetadata meta)
    {
        if (meta.Solution)
        {
            cell.Metadata["deletable"] = false;
        }
        else if (meta.IsLocked)
        {
            cell.Metadata["deletable"] = false;
            cell.Metadata["editable"] = false;
        }
    }
}
