using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks.Tests;

public sealed class NotebookCellTests
{
    private static NotebookCell FirstCell(string cellJson) =>
        Notebook.Parse($$"""{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{{cellJson}}]}""").Cells[0];

    // Failure paths first: what a hand-edited or foreign file may hold.
    [Fact]
    public void Tags_that_are_not_strings_are_left_out_and_the_others_kept()
    {
        var cell = FirstCell("""{"cell_type": "code", "id": "a", "source": "", "metadata": {"tags": ["parameters", 3, null, {"x": 1}, "slow"]}, "outputs": [], "execution_count": null}""");

        Assert.Equal(["parameters", "slow"], cell.Tags);
    }

    [Fact]
    public void Tags_that_are_not_a_list_are_no_tags()
    {
        var cell = FirstCell("""{"cell_type": "code", "id": "a", "source": "", "metadata": {"tags": "parameters"}, "outputs": [], "execution_count": null}""");

        Assert.Empty(cell.Tags);
    }

    [Fact]
    public void A_kernel_name_that_is_not_text_is_no_kernel_name_and_the_older_language_key_is_read_next()
    {
        var numeric = FirstCell("""{"cell_type": "code", "id": "a", "source": "", "metadata": {"polyglot_notebook": {"kernelName": 7}}, "outputs": [], "execution_count": null}""");
        var older = FirstCell("""{"cell_type": "code", "id": "a", "source": "", "metadata": {"polyglot_notebook": {"kernelName": 7}, "dotnet_interactive": {"language": "fsharp"}}, "outputs": [], "execution_count": null}""");

        Assert.Null(numeric.KernelName);
        Assert.Equal("fsharp", older.KernelName);
    }

    [Fact]
    public void An_output_of_a_type_nbformat_does_not_know_is_refused_naming_the_cell_and_the_output() =>
        Assert.Equal(
            "The notebook is not valid nbformat 4: cell 1, output 2 has \"output_type\" \"future_kind\"; nbformat 4 allows \"stream\", \"display_data\", \"execute_result\" and \"error\".",
            Assert.Throws<InvalidDataException>(() => FirstCell("""{"cell_type": "code", "id": "a", "source": "1", "metadata": {}, "execution_count": 1, "outputs": [{"output_type": "stream", "name": "stdout", "text": "hi\n"}, {"output_type": "future_kind", "x": 1}]}""")).Message);

    [Fact]
    public void A_markdown_cell_has_no_execution_count_to_set_and_no_outputs_to_clear()
    {
        var cell = FirstCell("""{"cell_type": "markdown", "id": "a", "source": "# Title", "metadata": {}}""");

        cell.ExecutionCount = 3;
        cell.ClearOutputs();

        Assert.Null(cell.ExecutionCount);
        Assert.False(cell.Json.ContainsKey("execution_count"));
        Assert.False(cell.Json.ContainsKey("outputs"));
        Assert.False(cell.IsCode);
        Assert.Equal("markdown", cell.CellType);
    }

    [Fact]
    public void A_null_output_is_refused_by_name() =>
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => NotebookCell.CreateCode("1").AddOutput(null!)).ParamName);

    [Fact]
    public void Missing_metadata_is_created_empty_when_asked_for()
    {
        var cell = FirstCell("""{"cell_type": "raw", "id": "a", "source": "x"}""");

        cell.Metadata["note"] = "kept";

        Assert.Equal("kept", cell.Json["metadata"]!["note"]!.GetValue<string>());
        Assert.Empty(cell.Tags);
        Assert.Null(cell.KernelName);
    }

    [Fact]
    public void Source_given_as_lines_reads_as_one_text_and_is_written_back_as_lines()
    {
        var cell = FirstCell("""{"cell_type": "code", "id": "a", "source": ["var x = 1;\n", "x"], "metadata": {}, "outputs": [], "execution_count": null}""");

        Assert.Equal("var x = 1;\nx", cell.Source);
        cell.Source = "a\nb\n";
        Assert.Equal(["a\n", "b\n"], cell.Json["source"]!.AsArray().Select(line => line!.GetValue<string>()));
    }

    [Fact]
    public void Clearing_a_code_cell_removes_its_outputs_and_count_and_keeps_the_rest()
    {
        var cell = FirstCell("""{"cell_type": "code", "id": "a", "source": "1", "metadata": {"keep": true}, "execution_count": 4, "outputs": [{"output_type": "stream", "name": "stdout", "text": "hi"}], "future": 1}""");

        cell.ClearOutputs();

        Assert.Empty(cell.Outputs);
        Assert.Null(cell.ExecutionCount);
        Assert.True(cell.Metadata["keep"]!.GetValue<bool>());
        Assert.Equal(1, cell.Json["future"]!.GetValue<int>());
    }

    [Fact]
    public void A_new_code_cell_carries_its_tags_and_kernel_and_has_not_run()
    {
        var cell = NotebookCell.CreateCode("1 + 1", ["parameters", "a<b"], "csharp");

        Assert.Equal(["parameters", "a<b"], cell.Tags);
        Assert.Equal("csharp", cell.KernelName);
        Assert.Null(cell.ExecutionCount);
        Assert.Empty(cell.Outputs);
        Assert.Null(cell.Id);
        Assert.Equal("1 + 1", cell.Source);
        var notebook = Notebook.CreateEmpty();
        notebook.AddCell(cell);
        var path = Path.Combine(TestNotebooks.TempFolder(), "cell.ipynb");
        notebook.Save(path);
        NotebookValidator.AssertValid(path);
    }

    [Fact]
    public void Metadata_that_is_not_an_object_is_refused_when_the_file_is_read() =>
        Assert.Contains("cell 1's \"metadata\"", Assert.Throws<InvalidDataException>(() => FirstCell("""{"cell_type": "code", "source": "", "metadata": [], "outputs": [], "execution_count": null}""")).Message, StringComparison.Ordinal);

    [Fact]
    public void The_json_view_is_live_edits_through_it_show_in_the_model()
    {
        var cell = NotebookCell.CreateCode("1");

        cell.Json["metadata"]!["tags"] = new JsonArray("parameters");

        Assert.Equal(["parameters"], cell.Tags);
    }
}
