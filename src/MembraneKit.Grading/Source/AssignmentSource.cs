using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>
/// An instructor's assignment notebook in nbgrader's format, checked: every cell's <c>metadata.nbgrader</c>
/// valid against schema 3 (<see cref="NbgraderMetadataSchema"/>), nbgrader's rules across fields and cells,
/// well-formed solution and hidden-test regions in the cells allowed to hold them, and the per-student
/// variants of the <c>parameters</c> cell (<see cref="VariantParameter"/>). A source that breaks any rule
/// is refused with every problem, each naming the cell (index and id) and the line.
/// </summary>
public sealed class AssignmentSource
{
    private AssignmentSource(string name, Notebook notebook, IReadOnlyList<AssignmentCell> cells, int? parametersCell, IReadOnlyList<VariantParameter> variants)
    {
        Name = name;
        Notebook = notebook;
        Cells = cells;
        ParametersCellIndex = parametersCell;
        Variants = variants;
    }

    /// <summary>The source's name, for messages (its path when loaded from a file).</summary>
    public string Name { get; }

    /// <summary>The source notebook, solutions and hidden tests included. Do not change it.</summary>
    public Notebook Notebook { get; }

    /// <summary>Every cell, in order, with its role and regions.</summary>
    public IReadOnlyList<AssignmentCell> Cells { get; }

    /// <summary>The index of the cell tagged <c>parameters</c>, or <see langword="null"/>.</summary>
    public int? ParametersCellIndex { get; }

    /// <summary>The parameters each student gets a value of their own for, in line order.</summary>
    public IReadOnlyList<VariantParameter> Variants { get; }

    /// <summary>Reads and checks an assignment source file.</summary>
    /// <param name="path">The <c>.ipynb</c> file.</param>
    /// <exception cref="InvalidDataException">The file is not an nbformat 4 notebook.</exception>
    /// <exception cref="AssignmentSourceException">The notebook breaks the assignment rules; every problem is listed.</exception>
    public static AssignmentSource Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Check(Notebook.Load(path), path);
    }

    /// <summary>Checks a notebook as an assignment source.</summary>
    /// <param name="notebook">The notebook; it is copied, not changed.</param>
    /// <param name="name">A name for messages.</param>
    /// <exception cref="AssignmentSourceException">The notebook breaks the assignment rules; every problem is listed.</exception>
    public static AssignmentSource Check(Notebook notebook, string name)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(name);
        notebook = notebook.Clone();
        var problems = new List<SourceProblem>();
        var cells = new List<AssignmentCell>();
        var gradeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            cells.Add(CheckCell(index, notebook.Cells[index], gradeIds, problems));
        }

        var (parametersCell, variants) = CheckVariants(notebook, problems);
        if (problems.Count > 0)
        {
            throw new AssignmentSourceException(name, [.. problems.OrderBy(p => p.CellIndex).ThenBy(p => p.Line ?? 0)]);
        }

        return new AssignmentSource(name, notebook, cells, parametersCell, variants);
    }

    private static AssignmentCell CheckCell(int index, NotebookCell cell, Dictionary<string, int> gradeIds, List<SourceProblem> problems)
    {
        void Problem(int? line, string message) => problems.Add(new SourceProblem(index, cell.Id, line, message));

        NbgraderMetadata? meta = null;
        if (cell.Json["metadata"] is JsonObject metadata && metadata.ContainsKey(NbgraderMetadata.Key))
        {
            var errors = NbgraderMetadataSchema.Validate(metadata[NbgraderMetadata.Key]);
            foreach (var error in errors)
            {
                Problem(null, error);
            }

            if (errors.Count == 0)
            {
                meta = NbgraderMetadata.Read(cell);
            }
        }

        if (meta is not null)
        {
            CheckRoles(cell, meta, Problem);
            if (meta.IsTracked && !string.IsNullOrEmpty(meta.GradeId))
            {
                if (gradeIds.TryGetValue(meta.GradeId, out var first))
                {
                    Problem(null, $"duplicate grade_id '{meta.GradeId}': cell {first} already has it; every graded, solution or locked cell needs its own");
                }
                else
                {
                    gradeIds[meta.GradeId] = index;
                }
            }
        }

        var lines = cell.Source.Split('\n');
        var regionProblems = new List<(int Line, string Message)>();
        var solutions = RegionScanner.Scan(lines, RegionScanner.BeginSolution, RegionScanner.EndSolution, regionProblems);
        var hidden = RegionScanner.Scan(lines, RegionScanner.BeginHiddenTests, RegionScanner.EndHiddenTests, regionProblems);
        foreach (var (line, message) in regionProblems)
        {
            Problem(line, message);
        }

        if (solutions.Count > 0 && meta?.Solution != true)
        {
            Problem(solutions[0].BeginLine, "a solution region in a cell that is not a solution cell; set metadata.nbgrader.solution to true (with a grade_id) or remove the markers");
        }

        if (hidden.Count > 0 && meta?.Grade != true)
        {
            Problem(hidden[0].BeginLine, "a hidden-tests region outside a grade cell; hidden tests belong in an autograder-tests cell (metadata.nbgrader.grade true, with points)");
        }

        foreach (var solution in solutions)
        {
            var overlapping = hidden.FirstOrDefault(h => h.BeginLine < solution.EndLine && solution.BeginLine < h.EndLine);
            if (overlapping is not null)
            {
                Problem(solution.BeginLine, $"the solution region (lines {solution.BeginLine}–{solution.EndLine}) overlaps the hidden-tests region (lines {overlapping.BeginLine}–{overlapping.EndLine})");
            }
        }

        return new AssignmentCell(index, cell, meta, solutions, hidden);
    }

    // nbgrader's MetadataValidatorV3 rules, plus one nbgrader leaves to chance: points only on grade cells.
    private static void CheckRoles(NotebookCell cell, NbgraderMetadata meta, Action<int?, string> problem)
    {
        if (meta.IsTracked && string.IsNullOrEmpty(meta.GradeId))
        {
            problem(null, "a grade, solution or locked cell needs a non-empty metadata.nbgrader.grade_id (letters, digits, '_' and '-')");
        }

        if (meta.Grade && meta.Points is null)
        {
            problem(null, $"grade cell '{meta.GradeId}' has no metadata.nbgrader.points; give it the points it is worth (0 or more)");
        }

        if (!meta.Grade && meta.Points is { } points)
        {
            problem(null, $"points ({points}) on a cell that is not a grade cell; only grade cells (metadata.nbgrader.grade true) carry points");
        }

        if (meta.Task && cell.CellType != "markdown")
        {
            problem(null, $"a task cell must be markdown, not {cell.CellType}");
        }

        if (!meta.Task && cell.CellType == "markdown" && meta.Grade != meta.Solution)
        {
            problem(null, meta.Grade
                ? $"markdown grade cell '{meta.GradeId}' is not a solution cell; a markdown answer graded by hand is both"
                : "markdown solution cell is not a grade cell; a markdown answer graded by hand is both");
        }
    }

    private static (int? Cell, IReadOnlyList<VariantParameter> Variants) CheckVariants(Notebook notebook, List<SourceProblem> problems)
    {
        int? parametersCell = null;
        var variants = new List<VariantParameter>();
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            var isParameters = cell.IsCode && cell.Tags.Contains("parameters");
            if (isParameters)
            {
                if (parametersCell is { } first)
                {
                    problems.Add(new SourceProblem(index, cell.Id, null, $"a second cell tagged 'parameters' (cell {first} is the first); a notebook has one"));
                    continue;
                }

                parametersCell = index;
            }

            if (!cell.IsCode)
            {
                continue;
            }

            var lines = cell.Source.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].Contains(VariantParameter.Marker, StringComparison.Ordinal) || !lines[i].Contains("//", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!isParameters)
                {
                    problems.Add(new SourceProblem(index, cell.Id, i + 1, "a variant declaration outside the cell tagged 'parameters'; per-student values are drawn only there"));
                    continue;
                }

                try
                {
                    var variant = VariantParameter.Parse(lines[i], i + 1)!;
                    if (variants.Any(v => v.Name == variant.Name))
                    {
                        problems.Add(new SourceProblem(index, cell.Id, i + 1, $"a second variant of '{variant.Name}'"));
                    }
                    else
                    {
                        variants.Add(variant);
                    }
                }
                catch (FormatException e)
                {
                    problems.Add(new SourceProblem(index, cell.Id, i + 1, e.Message));
                }
            }
        }

        return (parametersCell, variants);
    }
}
