namespace MembraneKit.Notebooks.Tests;

public sealed class PackageReferenceTests
{
    // Failure paths first: a #r "nuget:" the engine cannot read fails the cell with the text it could not read.
    [Theory]
    [InlineData("#r \"nuget:\"", "Unable to parse package reference: \"\"")]
    [InlineData("#r \"nuget: , 1.0.0\"", "Unable to parse package reference: \", 1.0.0\"")]
    public async Task A_reference_without_a_package_id_fails_the_cell_naming_what_was_written(string directive, string expected)
    {
        using var session = new NotebookSession(new SessionOptions { RestoreCacheDirectory = TestNotebooks.TempFolder() });

        var result = await session.ExecuteAsync($"1 + 1;\n{directive}").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("DirectiveError", error.Name);
        Assert.Equal(expected, error.Value);
        Assert.Equal([$"cell line 2: {expected}"], error.Traceback);
        Assert.Empty(session.Packages);
    }

    [Theory]
    [InlineData("Plotly.NET", null, "Plotly.NET")]
    [InlineData("Plotly.NET", "6.0.0", "Plotly.NET, 6.0.0")]
    [InlineData("MathNet.Numerics", "5.*", "MathNet.Numerics, 5.*")]
    public void It_reads_as_the_directive_writes_it(string id, string? version, string expected) =>
        Assert.Equal(expected, new PackageReference(id, version).ToString());

    [Fact]
    public void References_are_equal_by_id_and_version() =>
        Assert.Equal(new PackageReference("A", "1.0.0"), new PackageReference("A", "1.0.0"));
}
