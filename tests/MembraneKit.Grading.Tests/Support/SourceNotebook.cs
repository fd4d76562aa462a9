using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Grading.Tests;

/// <summary>Builds small assignment sources cell by cell, with nbgrader metadata written out as JSON.</summary>
internal sealed class SourceNotebook
{
    private readonly Notebook _notebook = Notebook.CreateEmpty();

    public SourceNotebook Code(string source, string? nbgrader = null, string id = "", params string[] tags)
    {
        var cell = NotebookCell.CreateCode(source, tags, "csharp");
        return Add(cell, nbgrader, id);
    }

    public SourceNotebook Markdown(string source, string? nbgrader = null, string id = "")
    {
        var cell = NotebookCell.CreateCode(source);
        cell.Json["cell_type"] = "markdown";
        cell.Json.Remove("outputs");
        cell.Json.Remove("execution_count");
        return Add(cell, nbgrader, id);
    }

    public SourceNotebook WithOutput(string text)
    {
        var cell = _notebook.Cells[^1];
        cell.AddOutput(new StreamOutput("stdout", text));
        cell.ExecutionCount = 7;
        return this;
    }

    public Notebook Build() => _notebook.Clone();

    public AssignmentSource Check() => AssignmentSource.Check(Build(), "test.ipynb");

    public AssignmentSourceException Refused() => Assert.Throws<AssignmentSourceException>(Check);

    /// <summary>nbgrader metadata as nbgrader writes it: every required flag present.</summary>
    public static string Meta(bool grade = false, bool solution = false, bool locked = false, string? id = null, double? points = null, bool task = false)
    {
        var meta = new JsonObject
        {
            ["schema_version"] = 3,
            ["grade"] = grade,
            ["solution"] = solution,
            ["locked"] = locked,
        };
        if (task)
        {
            meta["task"] = true;
        }

        if (id is not null)
        {
            meta["grade_id"] = id;
        }

        if (points is { } p)
        {
            meta["points"] = p;
        }

        return meta.ToJsonString();
    }

    private SourceNotebook Add(NotebookCell cell, string? nbgrader, string id)
    {
        if (nbgrader is not null)
        {
            cell.Metadata[NbgraderMetadata.Key] = JsonNode.Parse(nbgrader);
        }

        _notebook.AddCell(cell);
        if (id.Length > 0)
        {
            cell.Json["id"] = id;
        }

        return this;
    }
}
