namespace MembraneKit.Notebooks.Tests;

public sealed class CodeCompletenessTests
{
    [Theory]
    [InlineData("var x = 1;")]
    [InlineData("1 + 1")]
    [InlineData("Console.WriteLine(1)")]
    [InlineData("class C { }")]
    [InlineData("using System.Text;")]
    [InlineData("// just a comment")]
    [InlineData("")]
    [InlineData("var s = \"\"\"\n  raw\n  \"\"\";")]
    [InlineData("#r \"nuget: Some.Package, 1.0\"")]
    [InlineData("#!time\nMath.Sqrt(2)")]
    [InlineData("#!markdown\n# An { unclosed heading")]
    [InlineData("if (x) { y(); }")]
    public void A_finished_cell_is_complete(string code) =>
        Assert.Equal(new CodeCompleteness(CompletenessStatus.Complete, ""), NotebookSession.CheckCompleteness(code));

    [Theory]
    [InlineData("if (x) {", "    ")]
    [InlineData("void F() {\n    if (x) {", "        ")]
    [InlineData("class C {", "    ")]
    [InlineData("foo(", "")]
    [InlineData("var a = new[] { 1,", "    ")]
    [InlineData("int[] a = [1, 2", "")]
    [InlineData("var s = \"abc", "")]
    [InlineData("var s = @\"abc\nde", "")]
    [InlineData("var s = \"\"\"\nraw", "")]
    [InlineData("var s = $\"\"\"\n{x}", "")]
    [InlineData("/* a comment", "")]
    [InlineData("if (x)", "    ")]
    [InlineData("if (x) { } else", "    ")]
    [InlineData("for (var i = 0; i < 3; i++)", "    ")]
    [InlineData("1 +", "")]
    [InlineData("x.", "")]
    [InlineData("var x = 1", "")]
    [InlineData("return", "")]
    [InlineData("#if DEBUG", "")]
    [InlineData("#!time\nvoid F() {", "    ")]
    public void A_cell_that_needs_more_text_is_incomplete_with_the_indent_of_its_next_line(string code, string indent) =>
        Assert.Equal(new CodeCompleteness(CompletenessStatus.Incomplete, indent), NotebookSession.CheckCompleteness(code));

    [Theory]
    [InlineData("}")]
    [InlineData("var a = new[] { 1 };}")]
    [InlineData("x)")]
    [InlineData("foo(]")]
    [InlineData("int x = 5 5;")]
    [InlineData("else")]
    [InlineData("class C { void M() { int x = 5 5;")]
    public void A_cell_no_added_text_can_fix_is_invalid(string code) =>
        Assert.Equal(new CodeCompleteness(CompletenessStatus.Invalid, ""), NotebookSession.CheckCompleteness(code));

    [Fact]
    public void Checking_null_is_an_error_that_names_the_code() =>
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => NotebookSession.CheckCompleteness(null!)).ParamName);
}
