namespace MembraneKit.Notebooks.Tests;

public sealed class NotebookFormatTests
{
    private const string Cell = """{"cell_type": "markdown", "metadata": {}, "source": "x"}""";

    /// <summary>Files that are not nbformat 4, with what the error must say about each.</summary>
    public static readonly TheoryData<string, string, string> Invalid = new()
    {
        { "array", "[]", "the JSON is an array, not a notebook" },
        { "string", "\"notebook\"", "the JSON is \"notebook\", not a notebook" },
        { "not-json", "{\"cells\": [", "not valid JSON" },
        { "empty-file", "", "not valid JSON" },
        { "no-cells", """{"metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "no \"cells\" array" },
        { "cells-object", """{"cells": {}, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "\"cells\" is an object, not an array" },
        { "cells-null", """{"cells": null, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "\"cells\" is null, not an array" },
        { "no-nbformat", """{"cells": [], "metadata": {}, "nbformat_minor": 5}""", "no \"nbformat\" version" },
        { "nbformat-3", """{"cells": [], "metadata": {}, "nbformat": 3, "nbformat_minor": 0}""", "it is nbformat 3; this engine reads nbformat 4" },
        { "nbformat-5", """{"cells": [], "metadata": {}, "nbformat": 5, "nbformat_minor": 0}""", "it is nbformat 5" },
        { "nbformat-string", """{"cells": [], "metadata": {}, "nbformat": "4", "nbformat_minor": 4}""", "\"nbformat\" is \"4\", not the integer 4" },
        { "nbformat-real", """{"cells": [], "metadata": {}, "nbformat": 4.0, "nbformat_minor": 4}""", "\"nbformat\" is 4.0, not the integer 4" },
        { "minor-string", """{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": "4"}""", "\"nbformat_minor\" is \"4\", not a whole number" },
        { "metadata-array", """{"cells": [], "metadata": [], "nbformat": 4, "nbformat_minor": 4}""", "the notebook's \"metadata\" is an array, not an object" },
        { "cell-number", $$"""{"cells": [{{Cell}}, 5], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 2 is 5, not an object" },
        { "no-cell-type", """{"cells": [{"metadata": {}, "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1 has no \"cell_type\"" },
        { "unknown-cell-type", $$"""{"cells": [{{Cell}}, {{Cell}}, {"cell_type": "sql", "metadata": {}, "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 3 has \"cell_type\" \"sql\"; nbformat 4 allows \"code\", \"markdown\" and \"raw\"" },
        { "cell-type-number", """{"cells": [{"cell_type": 1, "metadata": {}, "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1 has \"cell_type\" 1" },
        { "no-source", """{"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": []}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1 has no \"source\"" },
        { "source-number", """{"cells": [{"cell_type": "raw", "metadata": {}, "source": 7}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1's \"source\" is 7; it must be a string or an array of strings" },
        { "source-mixed", """{"cells": [{"cell_type": "raw", "metadata": {}, "source": ["a", 1]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1's \"source\" is an array; it must be a string or an array of strings" },
        { "cell-metadata-array", """{"cells": [{"cell_type": "raw", "metadata": [], "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1's \"metadata\" is an array, not an object" },
        { "execution-count-real", """{"cells": [{"cell_type": "code", "execution_count": 1.5, "metadata": {}, "outputs": [], "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1's \"execution_count\" is 1.5" },
        { "outputs-object", """{"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": {}, "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1's \"outputs\" is an object, not an array" },
        { "output-unknown", """{"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [{"output_type": "weird"}], "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1, output 1 has \"output_type\" \"weird\"" },
        { "output-number", """{"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [3], "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1, output 1 is 3, not an object" },
        { "stream-name-number", """{"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [{"output_type": "stream", "name": 1, "text": "a"}], "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1, output 1 (a stream) has \"name\" 1, not a string" },
        { "error-ename-number", """{"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [{"output_type": "error", "ename": 1, "evalue": "v", "traceback": []}], "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "cell 1, output 1 (an error) needs string \"ename\" and \"evalue\"" },
        { "result-count-real", """{"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [{"output_type": "execute_result", "execution_count": 2.5, "data": {}, "metadata": {}}], "source": "x"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "(an execute_result) has \"execution_count\" 2.5" },
    };

    /// <summary>Files the validator accepts (some only just), every one of which must load.</summary>
    private static readonly Dictionary<string, string> Valid = new()
    {
        ["minimal-4.4"] = """{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""",
        ["minor-0"] = $$"""{"cells": [{{Cell}}], "metadata": {}, "nbformat": 4, "nbformat_minor": 0}""",
        ["4.5-without-ids"] = $$"""{"cells": [{{Cell}}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""",
        ["repeated-key"] = """{"cells": [5], "cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""",
        ["every-output"] = """
            {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {"tags": ["x"]}, "source": ["a\n", "b"], "outputs": [
              {"output_type": "stream", "name": "stdout", "text": ["x\n"]},
              {"output_type": "display_data", "data": {"text/plain": "p", "application/json": {"a": 1}}, "metadata": {}},
              {"output_type": "execute_result", "execution_count": 3, "data": {"text/plain": ["1"]}, "metadata": {}},
              {"output_type": "error", "ename": "E", "evalue": "v", "traceback": ["t"]}]},
             {"attachments": {}, "cell_type": "markdown", "metadata": {}, "source": []},
             {"cell_type": "raw", "metadata": {"format": "text/html"}, "source": ""}],
             "metadata": {"kernelspec": {"name": ".net-csharp", "display_name": ".NET (C#)", "language": "C#"}, "anything": [1, null]},
             "nbformat": 4, "nbformat_minor": 4}
            """,
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_file_that_is_not_nbformat_4_is_rejected_with_its_name_and_what_is_wrong(string name, string json, string expected)
    {
        var path = Path.Combine(TestNotebooks.TempFolder(), name + ".ipynb");
        File.WriteAllText(path, json);

        var error = Assert.Throws<InvalidDataException>(() => Notebook.Load(path));
        var fromText = Assert.Throws<InvalidDataException>(() => Notebook.Parse(json));

        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The notebook is not valid nbformat 4: ", fromText.Message, StringComparison.Ordinal);
        Assert.Contains(expected, fromText.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_official_validator_rejects_every_file_this_engine_rejects()
    {
        var folder = TestNotebooks.TempFolder();
        var paths = new List<string>();
        foreach (var row in Invalid)
        {
            var path = Path.Combine(folder, (string)row[0] + ".ipynb");
            File.WriteAllText(path, (string)row[1]);
            paths.Add(path);
        }

        var verdicts = NotebookValidator.CheckAsWritten(paths);

        Assert.All(paths.Zip(verdicts), pair => Assert.True(pair.Second is not null, $"the validator accepts {Path.GetFileName(pair.First)}, which the engine rejects"));
    }

    [Fact]
    public void Every_file_the_official_validator_accepts_loads_the_course_notebooks_included()
    {
        var folder = TestNotebooks.TempFolder();
        var paths = Valid.Select(pair =>
        {
            var path = Path.Combine(folder, pair.Key + ".ipynb");
            File.WriteAllText(path, pair.Value);
            return path;
        }).ToList();
        var course = Directory.GetFiles(Path.Combine(TestNotebooks.RepositoryRoot, "notebooks"), "*.ipynb");
        Assert.Equal(11, course.Length);
        paths.AddRange(course);
        var made = Path.Combine(folder, "made-by-tests.ipynb");
        TestNotebooks.WithCells("1", "#!markdown\n# x").Save(made);
        paths.Add(made);

        var verdicts = NotebookValidator.CheckAsWritten(paths);

        Assert.All(paths.Zip(verdicts), pair => Assert.True(pair.Second is null, $"the validator rejects {pair.First}: {pair.Second}"));
        Assert.All(paths, path => Assert.NotNull(Notebook.Load(path)));
        Assert.Empty(Notebook.Load(paths[3]).Cells);
        Assert.Equal(4, Notebook.Load(paths[4]).Cells[0].Outputs.Count);
    }
}
