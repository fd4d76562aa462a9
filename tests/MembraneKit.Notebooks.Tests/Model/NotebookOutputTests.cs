using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks.Tests;

public sealed class NotebookOutputTests
{
    // Failure paths first.
    [Fact]
    public void An_output_type_the_model_does_not_know_reads_as_none() =>
        Assert.Null(NotebookOutput.FromJson(new JsonObject { ["output_type"] = "future_kind" }));

    [Fact]
    public void Null_json_is_refused_by_name() =>
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => NotebookOutput.FromJson(null!)).ParamName);

    [Fact]
    public void Text_that_is_not_json_under_a_json_mime_type_is_kept_as_text()
    {
        var output = new DisplayDataOutput(new Dictionary<string, string> { ["application/json"] = "{not json", ["text/plain"] = "x" });

        var json = output.ToJson();

        Assert.Equal("{not json", json["data"]!["application/json"]!.GetValue<string>());
        Assert.Equal(output.Data, Assert.IsType<DisplayDataOutput>(NotebookOutput.FromJson(json)).Data);
    }

    [Fact]
    public void An_execute_result_without_a_count_reads_as_count_zero()
    {
        var read = NotebookOutput.FromJson(new JsonObject { ["output_type"] = "execute_result", ["data"] = new JsonObject { ["text/plain"] = "1" }, ["metadata"] = new JsonObject() });

        Assert.Equal(0, Assert.IsType<ExecuteResultOutput>(read).ExecutionCount);
    }

    [Fact]
    public void Json_under_a_json_mime_type_is_written_as_an_object_and_read_back_as_its_text()
    {
        var output = new DisplayDataOutput(new Dictionary<string, string> { ["application/vnd.plotly.v1+json"] = """{"data":[1,2]}""", ["text/plain"] = "chart" });

        var json = output.ToJson();

        Assert.IsType<JsonObject>(json["data"]!["application/vnd.plotly.v1+json"]);
        Assert.Equal("""{"data":[1,2]}""", Assert.IsType<DisplayDataOutput>(NotebookOutput.FromJson(json)).Data["application/vnd.plotly.v1+json"]);
    }

    [Fact]
    public void Each_kind_survives_a_trip_through_nbformat_json_and_the_official_validator()
    {
        NotebookOutput[] outputs =
        [
            new StreamOutput("stderr", "line one\nline two\n"),
            new DisplayDataOutput(new Dictionary<string, string> { ["text/html"] = "<b>x</b>\n<i>y</i>", ["text/plain"] = "x y" }),
            new ExecuteResultOutput(3, new Dictionary<string, string> { ["text/plain"] = "42" }),
            new ErrorOutput("System.Exception", "boom <b>", ["cell line 1: boom", "  at X"]),
        ];
        var cell = NotebookCell.CreateCode("1");
        cell.ExecutionCount = 3;
        foreach (var output in outputs)
        {
            cell.AddOutput(output);
        }

        var notebook = Notebook.CreateEmpty();
        notebook.AddCell(cell);
        var path = Path.Combine(TestNotebooks.TempFolder(), "outputs.ipynb");
        notebook.Save(path);

        NotebookValidator.AssertValid(path);
        var read = Notebook.Load(path).Cells[0].Outputs;
        Assert.Equal(outputs[0], read[0]);
        Assert.Equal(((DisplayDataOutput)outputs[1]).Data, Assert.IsType<DisplayDataOutput>(read[1]).Data);
        Assert.Equal(3, Assert.IsType<ExecuteResultOutput>(read[2]).ExecutionCount);
        Assert.Equal(((ExecuteResultOutput)outputs[2]).Data, ((ExecuteResultOutput)read[2]).Data);
        var error = Assert.IsType<ErrorOutput>(read[3]);
        Assert.Equal(("System.Exception", "boom <b>"), (error.Name, error.Value));
        Assert.Equal(["cell line 1: boom", "  at X"], error.Traceback);
    }
}
