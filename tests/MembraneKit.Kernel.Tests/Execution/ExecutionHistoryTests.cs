namespace MembraneKit.Kernel.Tests.Execution;

public class ExecutionHistoryTests
{
    private static ExecutionHistory Sample()
    {
        var history = new ExecutionHistory();
        history.Add(1, "var a = 1;", null);
        history.Add(2, "a + 1", "2");
        history.Add(3, "a * 3", "3");
        history.Add(4, "a + 1", "2");
        history.Add(5, "Console.WriteLine(a);", null);
        return history;
    }

    [Fact]
    public void Tail_gives_the_last_entries_oldest_first()
    {
        Assert.Equal([4, 5], Sample().Tail(2).Select(e => e.Line));
        Assert.Equal(5, Sample().Tail(100).Count);
        Assert.Empty(Sample().Tail(0));
    }

    [Fact]
    public void Range_is_start_inclusive_stop_exclusive_in_this_session_only()
    {
        Assert.Equal([2, 3], Sample().Range(0, 2, 4).Select(e => e.Line));
        Assert.Equal([2, 3], Sample().Range(ExecutionHistory.CurrentSession, 2, 4).Select(e => e.Line));
        Assert.Equal([4, 5], Sample().Range(0, 4, null).Select(e => e.Line));
        Assert.Empty(Sample().Range(7, 1, null));
    }

    [Theory]
    [InlineData("a + ?", new[] { 2, 4 })]
    [InlineData("a [*+] *", new[] { 2, 3, 4 })]
    [InlineData("a [^+] 3", new[] { 3 })]
    [InlineData("*Console*", new[] { 5 })]
    [InlineData("a", new int[0])]
    [InlineData("A + 1", new int[0])]
    [InlineData("*", new[] { 1, 2, 3, 4, 5 })]
    public void Search_matches_the_whole_input_with_a_glob(string pattern, int[] lines)
    {
        Assert.Equal(lines, Sample().Search(pattern, null, unique: false).Select(e => e.Line));
    }

    [Fact]
    public void Search_can_keep_only_the_last_of_equal_inputs_and_only_the_last_n()
    {
        Assert.Equal([3, 4], Sample().Search("a ? ?", null, unique: true).Select(e => e.Line));
        Assert.Equal([3, 4], Sample().Search("a ? ?", 2, unique: false).Select(e => e.Line));
        Assert.Equal([4], Sample().Search("a + 1", 3, unique: true).Select(e => e.Line));
    }

    [Fact]
    public void Regex_characters_in_a_pattern_match_themselves()
    {
        var history = new ExecutionHistory();
        history.Add(1, "x.Length()", null);
        history.Add(2, "xaLength()", null);
        Assert.Equal([1], history.Search("x.Length()", null, false).Select(e => e.Line));
    }
}
