using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks.Tests;

public sealed class ParameterInjectionTests
{
    private const string Declarations = """
        double k = 4;            // mM
        int count = 3;
        byte small = 1;
        bool verbose = false;
        string label = "a";
        double? optional = null;
        double[] steps = [1, 2];
        List<int> counts = [];
        var inferred = 2.5;
        System.TimeSpan wait = System.TimeSpan.Zero;
        """;

    private static Notebook WithParameters(string declarations = Declarations, params string[] more)
    {
        var notebook = TestNotebooks.WithCells([declarations, .. more]);
        notebook.Cells[0].Metadata["tags"] = new JsonArray("parameters");
        return notebook;
    }

    private static string Message(string name, object? value, string declarations = Declarations)
    {
        var notebook = WithParameters(declarations);
        var before = notebook.ToJson();
        var error = Assert.Throws<ArgumentException>(() => ParameterInjection.Inject(notebook, new Dictionary<string, object?> { [name] = value }));
        Assert.Equal(before, notebook.ToJson());
        return error.Message;
    }

    // Failure paths first: each names the parameter, its declared type and the value.
    [Fact]
    public void Text_for_a_double_is_refused_as_not_a_number() =>
        Assert.Equal("k is a double; 'abc' is not a number.", Message("k", "abc"));

    [Fact]
    public void A_number_with_a_unit_for_a_plain_double_says_to_give_the_number_alone() =>
        Assert.Equal("k is a double; '8mM' is not a number (give the number alone, in the unit the parameter's name or comment says).", Message("k", "8mM"));

    [Fact]
    public void A_boolean_for_a_double_is_refused() =>
        Assert.Equal("k is a double; true is not a number.", Message("k", true));

    [Fact]
    public void Null_for_a_value_type_is_refused() =>
        Assert.Equal("k is a double; null is not allowed (the type has no null).", Message("k", null));

    [Fact]
    public void A_fraction_for_an_int_is_refused() =>
        Assert.Equal("count is an int; 2.5 is not a whole number.", Message("count", 2.5));

    [Fact]
    public void An_integer_out_of_the_declared_range_is_refused() =>
        Assert.Equal("small is a byte; 300 is outside 0 to 255.", Message("small", 300L));

    [Fact]
    public void Text_for_a_bool_is_refused() =>
        Assert.Equal("verbose is a bool; 'yes' is not true or false.", Message("verbose", "yes"));

    [Fact]
    public void A_number_for_a_string_is_refused() =>
        Assert.Equal("label is a string; 5 is not text (give text as a raw, string-only parameter).", Message("label", 5L));

    [Fact]
    public void A_scalar_for_a_list_is_refused() =>
        Assert.Equal("steps is a double[]; 3 is not a list; write a list as [1, 2, 3].", Message("steps", 3L));

    [Fact]
    public void A_bad_item_in_a_list_is_named_by_its_index() =>
        Assert.Equal("steps[1] is a double; 'x' is not a number.", Message("steps", new List<object?> { 1L, "x" }));

    [Fact]
    public void A_var_parameter_takes_the_type_of_its_literal() =>
        Assert.Equal("inferred is a double; 'hot' is not a number.", Message("inferred", "hot"));

    [Fact]
    public void Null_for_a_name_the_parameters_cell_does_not_declare_is_refused_for_having_no_type() =>
        Assert.Equal("x is not declared in the parameters cell, so null gives it no type; declare it there (for example string? x = null;) or give a value.", Message("x", null));

    [Fact]
    public void A_mixed_list_for_an_undeclared_name_is_refused() =>
        Assert.StartsWith("x is not declared in the parameters cell, and the list [1, 'a'] gives it no one type;", Message("x", new List<object?> { 1L, "a" }), StringComparison.Ordinal);

    [Theory]
    [InlineData("my-k")]
    [InlineData("2k")]
    [InlineData("class")]
    [InlineData("k; System.Environment.Exit(1); var j")]
    public void A_name_that_is_not_a_csharp_identifier_is_refused(string name) =>
        Assert.Equal($"Parameter name \"{name}\" is not a C# identifier (letters, digits and _, not starting with a digit, not a keyword).", Message(name, 1L));

    [Fact]
    public void Values_of_every_kind_are_written_as_csharp_of_the_declared_type()
    {
        var notebook = WithParameters();
        var index = ParameterInjection.Inject(notebook, new Dictionary<string, object?>
        {
            ["k"] = 8L,
            ["count"] = 5L,
            ["verbose"] = true,
            ["label"] = "say \"hi\"",
            ["optional"] = null,
            ["steps"] = new List<object?> { 1L, 2.5 },
            ["counts"] = new List<object?> { 7L },
            ["inferred"] = 1e-3,
            ["wait"] = "00:00:05",
            ["fresh"] = new List<object?> { 1L, 2.5 },
            ["names"] = new List<object?> { "K", "Na" },
        });

        Assert.Equal(1, index);
        Assert.Equal("""
            // Parameters
            k = 8.0;
            count = 5;
            verbose = true;
            label = "say \"hi\"";
            optional = null;
            steps = [1.0, 2.5];
            counts = [7];
            inferred = 0.001;
            wait = System.TimeSpan.Parse("00:00:05", global::System.Globalization.CultureInfo.InvariantCulture);
            var fresh = new double[] { 1.0, 2.5 };
            var names = new string[] { "K", "Na" };
            """.ReplaceLineEndings("\n"), notebook.Cells[1].Source);
    }

    /// <summary>The generated cell is compiled and run by the engine: what the values become in the notebook.</summary>
    [Fact]
    public async Task Injected_values_compile_and_keep_their_declared_types()
    {
        var notebook = WithParameters(Declarations,
            "$\"{k.GetType().Name}={k} {count} {verbose} {label} {optional is null} {string.Join('|', steps)} {counts.Count} {inferred} {wait.TotalSeconds} {string.Join('|', fresh)} {string.Join('|', names)}\"");

        var run = await NotebookRunner.RunAsync(notebook, new RunOptions
        {
            Parameters = new Dictionary<string, object?>
            {
                ["k"] = 8L,
                ["count"] = 5L,
                ["verbose"] = true,
                ["label"] = "b",
                ["optional"] = null,
                ["steps"] = new List<object?> { 1L, 2.5 },
                ["counts"] = new List<object?> { 7L, 8L },
                ["inferred"] = 1e-3,
                ["wait"] = "00:00:05",
                ["fresh"] = new List<object?> { 1L, 2.5 },
                ["names"] = new List<object?> { "K", "Na" },
            },
        }).WaitAsync(TestLimits.Cell);

        Assert.True(run.Succeeded, string.Join("\n", run.Cells.Values.Select(c => c.Error?.Value)));
        var result = Assert.IsType<ExecuteResultOutput>(Assert.Single(run.Notebook.Cells[2].Outputs));
        Assert.Equal("Double=8 5 True b True 1|2.5 2 0.001 5 1|2.5 K|Na", result.Data["text/plain"]);
    }

    [Fact]
    public void Without_a_parameters_cell_the_values_are_declared_first()
    {
        var notebook = TestNotebooks.WithCells("1");
        var index = ParameterInjection.Inject(notebook, new Dictionary<string, object?> { ["x"] = 2L });
        Assert.Equal(0, index);
        Assert.Equal("// Parameters\nvar x = 2;", notebook.Cells[0].Source);
    }

    [Fact]
    public void No_parameters_leave_the_notebook_unchanged()
    {
        var notebook = WithParameters();
        Assert.Equal(-1, ParameterInjection.Inject(notebook, new Dictionary<string, object?>()));
        Assert.Single(notebook.Cells);
    }

    [Theory]
    [InlineData(double.NaN, "double.NaN")]
    [InlineData(double.PositiveInfinity, "double.PositiveInfinity")]
    [InlineData(2.0, "2.0")]
    [InlineData(-1.5e-300, "-1.5E-300")]
    [InlineData("tab\tquote\"", "\"tab\\tquote\\\"\"")]
    [InlineData(true, "true")]
    [InlineData(null, "null")]
    public void Literals_are_csharp_in_the_invariant_culture(object? value, string expected) =>
        Assert.Equal(expected, ParameterInjection.ToCSharpLiteral(value));

    [Fact]
    public void A_value_of_an_unknown_type_is_refused_by_name() =>
        Assert.Contains("Uri", Assert.Throws<ArgumentException>(() => ParameterInjection.ToCSharpLiteral(new Uri("http://x"))).Message, StringComparison.Ordinal);
}
