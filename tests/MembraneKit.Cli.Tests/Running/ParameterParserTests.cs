using System.Text.Json.Nodes;
using MembraneKit.Cli.Running;

namespace MembraneKit.Cli.Tests;

public sealed class ParameterParserTests
{
    // Failure paths first: each message names the option as given and says what is allowed.
    [Theory]
    [InlineData("=3", "A parameter is written name=value; -p \"=3\" has no name before '='.")]
    [InlineData("k", "A parameter is written name=value; -p \"k\" has no name before '='.")]
    [InlineData(" =3", "A parameter is written name=value; -p \" =3\" has no name before '='.")]
    [InlineData("my-k=3", "-p my-k=3: \"my-k\" is not a C# identifier, so it cannot name a parameter (letters, digits and _, not starting with a digit, not a keyword).")]
    [InlineData("2k=3", "-p 2k=3: \"2k\" is not a C# identifier, so it cannot name a parameter (letters, digits and _, not starting with a digit, not a keyword).")]
    [InlineData("class=3", "-p class=3: \"class\" is not a C# identifier, so it cannot name a parameter (letters, digits and _, not starting with a digit, not a keyword).")]
    [InlineData("x=NaN", "-p x=NaN: NaN is not a finite number, and a parameter's number must be one (use -r for the text \"NaN\").")]
    [InlineData("x=-Infinity", "-p x=-Infinity: -Infinity is not a finite number, and a parameter's number must be one (use -r for the text \"-Infinity\").")]
    [InlineData("x=1e999", "-p x=1e999: 1e999 is not a finite number, and a parameter's number must be one (use -r for the text \"1e999\").")]
    [InlineData("x=[a, b]", "-p x=[a, b]: a list is written as JSON, for example [1, 2.5, \"K\", true, null]; \"[a, b]\" is not (quote text items; use -r to pass the text as it is).")]
    [InlineData("x=[[1], 2]", "-p x=[[1], 2]: a list holds numbers, text, true, false or null; [1] is not one of them.")]
    public void A_bad_parameter_is_refused_with_a_message_that_says_what_is_allowed(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => ParameterParser.Parse(text, raw: false)).Message);

    [Fact]
    public void A_name_given_twice_is_refused_naming_both()
    {
        var error = Assert.Throws<FormatException>(() => ParameterParser.ParseAll(["k=1", "k=2"], []));
        Assert.Equal("Parameter k is given twice (-p k=1 and -p k=2); give each parameter once.", error.Message);
        error = Assert.Throws<FormatException>(() => ParameterParser.ParseAll(["k=1"], ["k=text"]));
        Assert.Equal("Parameter k is given twice (-p k=1 and -r k=text); give each parameter once.", error.Message);
    }

    /// <summary>papermill's rules (papermill/cli.py, _resolve_type): booleans, None, int, float, else a string.</summary>
    [Theory]
    [InlineData("x=True", true)]
    [InlineData("x=true", true)]
    [InlineData("x=False", false)]
    [InlineData("x=false", false)]
    [InlineData("x=None", null)]
    [InlineData("x=null", null)]
    [InlineData("x=42", 42L)]
    [InlineData("x=-7", -7L)]
    [InlineData("x=2.5", 2.5)]
    [InlineData("x=1e-3", 1e-3)]
    [InlineData("x=2.0", 2.0)]
    [InlineData("x=abc", "abc")]
    [InlineData("x=8mM", "8mM")]
    [InlineData("x=", "")]
    [InlineData("x=a=b", "a=b")]
    [InlineData("x=TRUE", "TRUE")]
    public void Values_take_papermills_types(string text, object? expected)
    {
        var (name, value) = ParameterParser.Parse(text, raw: false);
        Assert.Equal("x", name);
        Assert.Equal(expected, value);
        Assert.Equal(expected?.GetType(), value?.GetType());
    }

    [Fact]
    public void A_json_list_becomes_a_list_of_typed_items()
    {
        var (_, value) = ParameterParser.Parse("x=[1, 2.5, \"K\", true, null]", raw: false);
        Assert.Equal(new object?[] { 1L, 2.5, "K", true, null }, Assert.IsType<List<object?>>(value));
    }

    [Theory]
    [InlineData("x=42")]
    [InlineData("x=NaN")]
    [InlineData("x=[a, b]")]
    [InlineData("x=None")]
    public void A_raw_parameter_is_always_the_text_after_the_equals_sign(string text) =>
        Assert.Equal(text[2..], ParameterParser.Parse(text, raw: true).Value);

    [Fact]
    public void Every_kind_of_value_survives_the_trip_to_the_worker_process()
    {
        var values = ParameterParser.ParseAll(["a=1", "b=2.0", "c=true", "d=None", "e=[1, 2.5, \"K\", null]", "f=text"], ["g=3"]);
        var job = new MembraneKit.Cli.Isolation.WorkerJob("/x.ipynb", new MembraneKit.Notebooks.RunOptions { Parameters = values });

        var back = MembraneKit.Cli.Isolation.WorkerJob.FromJson(JsonNode.Parse(job.ToJson().ToJsonString())!.AsObject()).Options.Parameters;

        Assert.Equal(values.Keys, back.Keys);
        foreach (var (name, value) in values)
        {
            Assert.Equal(value, back[name]);
            Assert.Equal(value?.GetType(), back[name]?.GetType());
        }
    }
}

public sealed class RunParameterTests
{
    private static string Notebook(string folder)
    {
        var path = Path.Combine(folder, "p.ipynb");
        var notebook = MembraneKit.Notebooks.Notebook.CreateEmpty();
        var parameters = MembraneKit.Notebooks.NotebookCell.CreateCode("double k = 4; // mM\nint[] counts = [1];", ["parameters"], "csharp");
        notebook.AddCell(parameters);
        notebook.AddCell(MembraneKit.Notebooks.NotebookCell.CreateCode("$\"{k} {counts.Sum()}\"", kernelName: "csharp"));
        notebook.Save(path);
        return path;
    }

    [Fact]
    public async Task Text_for_a_double_parameter_is_reported_as_not_a_number_and_nothing_runs()
    {
        using var folder = new TempFolder();
        var (code, output, _) = await CliRun.RunAsync("run", Notebook(folder.Path), "--out", Path.Combine(folder.Path, "out"), "-p", "k=abc");

        Assert.Equal(1, code);
        Assert.Contains("not run: k is a double; 'abc' is not a number.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_name_stops_the_command_before_it_runs_anything()
    {
        using var folder = new TempFolder();
        var (code, output, error) = await CliRun.RunAsync("run", Notebook(folder.Path), "--out", Path.Combine(folder.Path, "out"), "-p", "k=1", "-p", "k=2");

        Assert.Equal(2, code);
        Assert.Equal("Parameter k is given twice (-p k=1 and -p k=2); give each parameter once.", error.Trim());
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")), output);
    }

    [Fact]
    public async Task Typed_values_and_lists_reach_the_notebook()
    {
        using var folder = new TempFolder();
        var outFolder = Path.Combine(folder.Path, "out");
        var (code, output, error) = await CliRun.RunAsync("run", Notebook(folder.Path), "--out", outFolder, "-p", "k=8", "-p", "counts=[2, 3, 4]");

        Assert.True(code == 0, output + error);
        var executed = MembraneKit.Notebooks.Notebook.Load(Path.Combine(outFolder, "p.ipynb"));
        var result = Assert.IsType<MembraneKit.Notebooks.ExecuteResultOutput>(Assert.Single(executed.Cells[2].Outputs));
        Assert.Equal("8 9", result.Data["text/plain"]);
    }
}
