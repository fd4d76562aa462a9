namespace MembraneKit.Grading.Tests.Roster;

public class RosterTests
{
    private static MembraneKit.Grading.Roster Parse(string text) => MembraneKit.Grading.Roster.Parse(new StringReader(text), "students.csv");

    private static string Refused(string text) => Assert.Throws<InvalidDataException>(() => Parse(text)).Message;

    [Fact]
    public void Ids_and_names_are_read_in_order_with_quoted_commas_and_extra_columns()
    {
        var roster = Parse("id,name,email\ns001,\"Hodgkin, Alan\",a@x\ns002,Andrew Huxley,b@x\n");
        Assert.Equal([new Student("s001", "Hodgkin, Alan"), new Student("s002", "Andrew Huxley")], roster.Students);
    }

    [Fact]
    public void The_name_column_is_optional_and_columns_may_come_in_any_order()
    {
        Assert.Equal([new Student("a1", "")], Parse("id\na1\n").Students);
        Assert.Equal([new Student("a1", "Bernard Katz")], Parse("Name,ID\nBernard Katz,a1\n").Students);
    }

    [Fact]
    public void A_header_without_an_id_column_is_refused_naming_line_1()
    {
        var message = Refused("student,name\ns1,A\n");
        Assert.Contains("students.csv, line 1", message, StringComparison.Ordinal);
        Assert.Contains("no 'id' column", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_is_refused_naming_both_lines()
    {
        var message = Refused("id,name\ns1,A\ns2,B\ns1,C\n");
        Assert.True(message.Contains("line 4", StringComparison.Ordinal), message);
        Assert.Contains("line 4", message, StringComparison.Ordinal);
        Assert.Contains("already on line 2", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,name\n,Nobody\n", "line 2", "the id is empty")]
    [InlineData("id,name\ns1,A\n../etc,B\n", "line 3", "may hold only letters")]
    [InlineData("id,name\ns1,A\ns2,B,extra\n", "line 3", "3 field(s) where the header has 2")]
    [InlineData("id,name\ns1,\"Unclosed\n", "students.csv, line", "malformed CSV")]
    public void A_bad_line_is_refused_and_named(string text, string line, string what)
    {
        var message = Refused(text);
        Assert.True(message.Contains(line, StringComparison.Ordinal), message);
        Assert.Contains(line, message, StringComparison.Ordinal);
        Assert.Contains(what, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("id,name\n")]
    public void A_roster_with_no_students_is_refused(string text)
    {
        Assert.Contains("students.csv", Refused(text), StringComparison.Ordinal);
    }
}
