using System.Globalization;
using System.Text.Json.Nodes;
using MembraneKit.Notebooks;
using MembraneKit.Notebooks.Tests;

namespace MembraneKit.Grading.Tests.Source;

public class NbgraderChecksumTests
{
    public static TheoryData<int> ReleasedCells()
    {
        var data = new TheoryData<int>();
        foreach (var i in Enumerable.Range(0, Fixture()["cells"]!.AsArray().Count))
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReleasedCells))]
    public void The_checksum_is_the_one_nbgrader_wrote_when_it_released_the_cell(int index)
    {
        var entry = Fixture()["cells"]![index]!;
        var cell = NotebookCell.CreateCode(entry["source"]!.GetValue<string>());
        cell.Json["cell_type"] = entry["cell_type"]!.GetValue<string>();
        cell.Metadata[NbgraderMetadata.Key] = entry["nbgrader"]!.DeepClone();

        Assert.Equal(entry["nbgrader"]!["checksum"]!.GetValue<string>(), NbgraderChecksum.Compute(cell));
    }

    [Fact]
    public void The_fixture_covers_half_points_whole_points_solutions_locked_cells_and_tasks()
    {
        var metas = Fixture()["cells"]!.AsArray().Select(c => c!["nbgrader"]!).ToArray();
        Assert.Contains(metas, m => m["points"]?.GetValue<double>() == 0.5);
        Assert.Contains(metas, m => m["points"]?.GetValue<double>() == 2);
        Assert.Contains(metas, m => m["solution"]!.GetValue<bool>() && !m["grade"]!.GetValue<bool>());
        Assert.Contains(metas, m => m["locked"]!.GetValue<bool>());
        Assert.Contains(metas, m => m["task"]?.GetValue<bool>() == true);
    }

    [Fact]
    public void Changing_the_source_or_the_points_changes_the_checksum()
    {
        var cell = NotebookCell.CreateCode("Expect.That(true, \"x\");");
        cell.Metadata[NbgraderMetadata.Key] = JsonNode.Parse(SourceNotebook.Meta(grade: true, id: "t", points: 1));
        var original = NbgraderChecksum.Compute(cell);

        cell.Source += " ";
        Assert.NotEqual(original, NbgraderChecksum.Compute(cell));
        cell.Source = cell.Source[..^1];
        Assert.Equal(original, NbgraderChecksum.Compute(cell));
        cell.Metadata[NbgraderMetadata.Key]!["points"] = 2;
        Assert.NotEqual(original, NbgraderChecksum.Compute(cell));
    }

    [Fact]
    public void A_cell_without_a_grade_id_has_no_checksum_and_says_why()
    {
        var cell = NotebookCell.CreateCode("x");
        var error = Assert.Throws<ArgumentException>(() => NbgraderChecksum.Compute(cell));
        Assert.Contains("nbgrader metadata", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_are_written_as_python_writes_str_of_a_float()
    {
        double[] values = [0, 1, 2, 0.5, 0.1, 1.0 / 3, 10, 100, 1e15, 1e16, 1.5e16, 123456789012345.6, 0.0001, 0.00001, 1e-7, 2.5e-5, 1e22, 7.0e300, 5e-324, 1.7976931348623157e308];
        var script = "import sys\nfor a in sys.argv[1:]:\n    print(str(float(a)))";
        var expected = Python.Run(script, [.. values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expected, values.Select(PythonFloat.Format));
    }

    private static JsonNode Fixture() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "nbgrader-released-cells.json")))!;
}
