using System.Text;
using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks.Tests;

public sealed class NotebookTests
{
    // A notebook as Jupyter writes it (sorted keys, one-space indent), full of fields this model does not know.
    private const string JupyterStyle = """
        {
         "cells": [
          {
           "attachments": {
            "pic.png": {
             "image/png": "iVBORw0KGgo="
            }
           },
           "cell_type": "markdown",
           "id": "md-1",
           "metadata": {
            "slideshow": {
             "slide_type": "slide"
            }
           },
           "source": [
            "# Title — with ünïcode ✓\n",
            "Some \"quoted\" text\\with a backslash\ttab"
           ]
          },
          {
           "cell_type": "code",
           "execution_count": 7,
           "id": "code-1",
           "metadata": {
            "collapsed": false,
            "custom_tool": {
             "nested": [
              1,
              2.5,
              1e-07,
              null,
              true
             ]
            },
            "polyglot_notebook": {
             "kernelName": "csharp"
            },
            "tags": [
             "parameters"
            ]
           },
           "outputs": [
            {
             "data": {
              "application/json": {
               "a": [
                1,
                2
               ]
              },
              "image/png": "iVBORw0KGgo=",
              "text/plain": [
               "line one\n",
               "line two"
              ]
             },
             "execution_count": 7,
             "metadata": {
              "isolated": true
             },
             "output_type": "execute_result"
            },
            {
             "name": "stdout",
             "output_type": "stream",
             "text": [
              "\u0001 control\n"
             ]
            }
           ],
           "source": [
            "var x = 1;\n",
            "x"
           ]
          },
          {
           "cell_type": "raw",
           "id": "raw-1",
           "metadata": {
            "format": "text/x-custom"
           },
           "source": [
            "raw text"
           ]
          }
         ],
         "metadata": {
          "kernelspec": {
           "display_name": ".NET (C#)",
           "language": "C#",
           "name": ".net-csharp"
          },
          "language_info": {
           "name": "polyglot-notebook"
          },
          "polyglot_notebook": {
           "kernelInfo": {
            "defaultKernelName": "csharp",
            "items": [
             {
              "aliases": [],
              "name": "csharp"
             }
            ]
           }
          },
          "unknown_tool": {
           "empty_object": {},
           "setting": "kept"
          }
         },
         "nbformat": 4,
         "nbformat_minor": 5
        }

        """;

    [Fact]
    public void A_notebook_written_by_Jupyter_round_trips_byte_for_byte_with_its_unknown_fields()
    {
        var text = JupyterStyle.Replace("\r\n", "\n", StringComparison.Ordinal);

        var written = Notebook.Parse(text).ToJson();

        Assert.Equal(text, written);
    }

    [Fact]
    public void The_file_written_is_the_one_nbformat_itself_writes_for_the_same_notebook()
    {
        var folder = TestNotebooks.TempFolder();
        var ours = Path.Combine(folder, "ours.ipynb");
        var notebook = Notebook.Parse(JupyterStyle);
        notebook.Cells[1].ClearOutputs();
        notebook.Cells[1].AddOutput(new DisplayDataOutput(new Dictionary<string, string> { ["text/plain"] = "a\nb\n", ["text/html"] = "<b>é</b>" }));
        notebook.Cells[1].AddOutput(new ErrorOutput("System.Exception", "bad", ["System.Exception at cell line 1", "   at cell code"]));
        notebook.Save(ours);

        // nbformat reads our file and writes it back: identical bytes mean we write as Jupyter does.
        var theirs = Python.Run("import nbformat,sys; nb=nbformat.read(sys.argv[1], as_version=4); nbformat.write(nb, sys.argv[2])", ours, Path.Combine(folder, "theirs.ipynb"));

        Assert.Equal("", theirs);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "theirs.ipynb"), Encoding.UTF8), File.ReadAllText(ours, Encoding.UTF8));
        NotebookValidator.AssertValid(ours);
    }

    [Fact]
    public void A_source_stored_as_one_string_stays_one_string()
    {
        var text = "{\n \"cells\": [\n  {\n   \"cell_type\": \"raw\",\n   \"metadata\": {},\n   \"source\": \"one\\ntwo\"\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 4\n}\n";

        var notebook = Notebook.Parse(text);

        Assert.Equal("one\ntwo", notebook.Cells[0].Source);
        Assert.Equal(text, notebook.ToJson());
    }

    [Fact]
    public void Outputs_read_back_as_typed_outputs_with_their_text_joined()
    {
        var cell = Notebook.Parse(JupyterStyle).Cells[1];

        Assert.Collection(
            cell.Outputs,
            result =>
            {
                var executeResult = Assert.IsType<ExecuteResultOutput>(result);
                Assert.Equal(7, executeResult.ExecutionCount);
                Assert.Equal("line one\nline two", executeResult.Data["text/plain"]);
                Assert.Equal("{\"a\":[1,2]}", executeResult.Data["application/json"]);
            },
            stream => Assert.Equal(new StreamOutput("stdout", "\u0001 control\n"), stream));
        Assert.Equal(["parameters"], cell.Tags);
        Assert.Equal("csharp", cell.KernelName);
    }

    /// <summary>The write that fails midway is <see cref="AtomicFileTests"/>' business; here, that Save goes through it.</summary>
    [Fact]
    public void Saving_replaces_the_file_through_a_temporary_sibling_and_leaves_no_temporary_behind()
    {
        var folder = TestNotebooks.TempFolder();
        var path = Path.Combine(folder, "n.ipynb");
        File.WriteAllText(path, "old");

        Notebook.Parse(JupyterStyle).Save(path);

        Assert.Equal(["n.ipynb"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.StartsWith("{\n \"cells\"", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_inserted_into_a_4_5_notebook_gets_an_id_and_stays_valid()
    {
        var notebook = Notebook.Parse(JupyterStyle);

        notebook.InsertCell(1, NotebookCell.CreateCode("var y = 2;", ["injected-parameters"]));

        Assert.NotNull(notebook.Cells[1].Id);
        Assert.Equal(4, notebook.Cells.Count);
        NotebookValidator.AssertValid(notebook);
        Assert.IsType<JsonObject>(notebook.Metadata["unknown_tool"]);
    }
}
