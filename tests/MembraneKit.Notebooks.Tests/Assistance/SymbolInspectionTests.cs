namespace MembraneKit.Notebooks.Tests;

public sealed class SymbolInspectionTests
{
    private const string DocumentedCell = """
        /// <summary>Doubles <paramref name="x"/>; compare a &lt; b &amp; *stars* with <see cref="Math.Sqrt"/>.</summary>
        /// <param name="x">The value to double.</param>
        /// <returns>Twice <paramref name="x"/>.</returns>
        /// <remarks>Uses <c>2 * x</c>.</remarks>
        int Twice(int x) => 2 * x;
        """;

    [Fact]
    public async Task Math_Sqrt_shows_its_signature_and_its_framework_summary()
    {
        using var session = new NotebookSession();

        var inspection = await Inspect(session, "Math.Sqrt|(2)");

        Assert.NotNull(inspection);
        Assert.StartsWith("double Math.Sqrt(double d)\n\n", inspection.PlainText, StringComparison.Ordinal);
        Assert.Contains("square root", inspection.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("```csharp\ndouble Math.Sqrt(double d)\n```\n\n", inspection.Markdown, StringComparison.Ordinal);
        Assert.Contains("square root", inspection.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inside_a_calls_parentheses_the_method_called_is_shown()
    {
        using var session = new NotebookSession();

        var inspection = await Inspect(session, "Math.Sqrt(|");

        Assert.StartsWith("double Math.Sqrt(double d)", inspection!.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_from_an_earlier_cell_shows_its_doc_comment_summary()
    {
        using var session = new NotebookSession();
        Assert.True((await session.ExecuteAsync(DocumentedCell).Within()).Succeeded);

        var inspection = await Inspect(session, "Twi|ce(3)");

        Assert.Equal("int Twice(int x)\n\nDoubles x; compare a < b & *stars* with Sqrt.", inspection!.PlainText);
        Assert.Equal("```csharp\nint Twice(int x)\n```\n\nDoubles `x`; compare a \\< b \\& \\*stars\\* with `Sqrt`.", inspection.Markdown);
    }

    [Fact]
    public async Task Detail_level_one_adds_parameters_returns_and_remarks()
    {
        using var session = new NotebookSession();
        await session.ExecuteAsync(DocumentedCell).Within();

        var inspection = await Inspect(session, "Twice|", detailLevel: 1);

        Assert.Equal(
            "int Twice(int x)\n\nDoubles x; compare a < b & *stars* with Sqrt.\n\nParameters:\n  x: The value to double.\n\nReturns:\nTwice x.\n\nRemarks:\nUses 2 * x.",
            inspection!.PlainText);
        Assert.Contains("**Parameters**\n\n- `x`: The value to double.", inspection.Markdown, StringComparison.Ordinal);
        Assert.Contains("**Remarks**\n\nUses `2 * x`.", inspection.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_function_from_an_assembly_with_its_xml_beside_it_shows_that_documentation()
    {
        using var session = new NotebookSession();

        var inspection = await Inspect(session, "disp|lay(1)");

        Assert.StartsWith("DisplayedValue NotebookKernel.display(object? value, params string[] mimeTypes)\n\nDisplays a value as a display_data output", inspection!.PlainText, StringComparison.Ordinal);
        Assert.Contains("Displays a value as a `display_data` output", inspection.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_of_an_earlier_cell_shows_its_type_without_the_script_class()
    {
        using var session = new NotebookSession();
        await session.ExecuteAsync("var answer = 42;").Within();

        var inspection = await Inspect(session, "answer|");

        Assert.Equal("int answer", inspection!.PlainText);
    }

    [Theory]
    [InlineData("|")]
    [InlineData("var x = 1; |")]
    [InlineData("// a comm|ent")]
    [InlineData("#r \"nuget: Some.Pack|age, 1.0\"")]
    public async Task Where_there_is_no_symbol_there_is_no_inspection(string marked)
    {
        using var session = new NotebookSession();

        Assert.Null(await Inspect(session, marked));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public async Task A_detail_level_other_than_0_or_1_is_an_error_that_names_it(int detailLevel)
    {
        using var session = new NotebookSession();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => session.InspectAsync("Math", 4, detailLevel));

        Assert.Equal("detailLevel", error.ParamName);
        Assert.Equal(detailLevel, error.ActualValue);
        Assert.Contains("use 0", error.Message, StringComparison.Ordinal);
    }

    private static Task<SymbolInspection?> Inspect(NotebookSession session, string marked, int detailLevel = 0)
    {
        var (code, cursor) = Cursor.At(marked);
        return session.InspectAsync(code, cursor, detailLevel).Within();
    }
}
