using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MembraneKit.Notebooks.Tests;

public sealed partial class StreamTruncationTests
{
    private static readonly StreamLimits Small = new() { HeadLines = 3, TailLines = 2, HeadBytes = 1000, TailBytes = 1000 };

    [Fact]
    public void A_stream_within_the_limits_is_left_untouched()
    {
        var fits = Lines(0, 5);

        Assert.Same(fits, StreamTruncation.Truncate(fits, "stdout", Small, "x.txt"));
        Assert.Equal("a\nb", StreamTruncation.Truncate("a\nb", "stdout", Small, "x.txt"));
        Assert.Equal("", StreamTruncation.Truncate("", "stdout", Small, "x.txt"));
    }

    [Fact]
    public void One_line_over_the_limits_is_cut_and_the_note_says_one_line()
    {
        var text = Lines(0, 6);

        var cut = StreamTruncation.Truncate(text, "stdout", Small, "n.cell-1.stdout.txt");

        Assert.Equal("line 0\nline 1\nline 2\n[… 1 line (7 bytes) of stdout cut here; the full text is in n.cell-1.stdout.txt …]\nline 4\nline 5\n", cut);
    }

    [Fact]
    public void A_long_stream_keeps_its_first_and_last_lines_and_the_note_counts_what_is_missing()
    {
        var text = Lines(0, 100_000);
        var limits = StreamLimits.Default;

        var cut = StreamTruncation.Truncate(text, "stderr", limits, "lab.cell-2.stderr.txt");

        var lines = cut.Split('\n');
        Assert.Equal(Lines(0, 500), string.Join("\n", lines[..500]) + "\n");
        Assert.Equal(Lines(99_500, 100_000), string.Join("\n", lines[501..]));
        var (linesCut, bytesCut) = ReadNote(lines[500]);
        Assert.Equal(99_000, linesCut);
        // Counted here independently: "line " + digits + "\n" for each missing line.
        Assert.Equal(Enumerable.Range(500, 99_000).Sum(i => 6L + i.ToString(CultureInfo.InvariantCulture).Length), bytesCut);
        Assert.Contains("of stderr cut here; the full text is in lab.cell-2.stderr.txt", lines[500], StringComparison.Ordinal);
    }

    [Fact]
    public void Long_lines_are_kept_whole_up_to_the_byte_limit_and_bytes_are_counted_in_UTF_8()
    {
        // Each line: 10 × "é" (2 bytes) + "\n" = 21 bytes.
        var line = new string('é', 10) + "\n";
        var text = string.Concat(Enumerable.Repeat(line, 100));
        var limits = new StreamLimits { HeadLines = 50, TailLines = 50, HeadBytes = 70, TailBytes = 50 };

        var cut = StreamTruncation.Truncate(text, "stdout", limits, null);

        // 70 bytes hold 3 whole lines at the head; 50 bytes hold 2 at the tail.
        Assert.Equal(string.Concat(Enumerable.Repeat(line, 3)) + "[… 95 lines (1,995 bytes) of stdout cut here …]\n" + line + line, cut);
    }

    [Fact]
    public void A_single_enormous_line_is_cut_inside_and_never_through_a_surrogate_pair()
    {
        // "😀" is a surrogate pair, 4 bytes in UTF-8.
        var text = string.Concat(Enumerable.Repeat("😀", 1000));
        var limits = new StreamLimits { HeadBytes = 10, TailBytes = 6 };

        var cut = StreamTruncation.Truncate(text, "stdout", limits, "f.txt");

        Assert.Equal("😀😀\n[… 3,988 bytes of one line of stdout cut here; the full text is in f.txt …]\n😀", cut);
        Assert.Equal(4000, Encoding.UTF8.GetByteCount(text));
    }

    [Fact]
    public void Applied_to_a_notebook_it_cuts_each_long_stream_names_a_file_for_each_and_returns_the_full_text()
    {
        var notebook = TestNotebooks.WithCells("1", "2");
        notebook.InsertCell(0, new NotebookCell(new System.Text.Json.Nodes.JsonObject { ["cell_type"] = "markdown", ["metadata"] = new System.Text.Json.Nodes.JsonObject(), ["source"] = "# x" }));
        var longText = Lines(0, 10);
        notebook.Cells[1].AddOutput(new StreamOutput("stdout", longText));
        notebook.Cells[1].AddOutput(new DisplayDataOutput(new Dictionary<string, string> { ["text/plain"] = Lines(0, 10) }));
        notebook.Cells[1].AddOutput(new StreamOutput("stdout", longText + "more\n"));
        notebook.Cells[1].AddOutput(new StreamOutput("stderr", "short\n"));
        notebook.Cells[2].AddOutput(new StreamOutput("stderr", longText));

        var cuts = StreamTruncation.Apply(notebook, Small, "lab");

        Assert.Equal(["lab.cell-2.stdout.txt", "lab.cell-2.stdout-2.txt", "lab.cell-3.stderr.txt"], cuts.Select(c => c.FileName));
        Assert.Equal([(1, 0), (1, 2), (2, 0)], cuts.Select(c => (c.CellIndex, c.OutputIndex)));
        Assert.Equal([longText, longText + "more\n", longText], cuts.Select(c => c.FullText));
        Assert.Equal([5, 6, 5], cuts.Select(c => c.LinesCut));
        var outputs = notebook.Cells[1].Outputs;
        Assert.Contains("[… 5 lines (35 bytes) of stdout cut here; the full text is in lab.cell-2.stdout.txt …]", ((StreamOutput)outputs[0]).Text, StringComparison.Ordinal);
        Assert.Equal(Lines(0, 10), ((DisplayDataOutput)outputs[1]).Data["text/plain"]);
        Assert.Equal(new StreamOutput("stderr", "short\n"), outputs[3]);
        NotebookValidator.AssertValid(notebook);
    }

    private static string Lines(int from, int to)
    {
        var builder = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            builder.Append("line ").Append(i).Append('\n');
        }

        return builder.ToString();
    }

    private static (int Lines, long Bytes) ReadNote(string note)
    {
        var match = Note().Match(note);
        Assert.True(match.Success, $"not a note: {note}");
        return (int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), long.Parse(match.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\[… ([\d,]+) lines? \(([\d,]+) bytes\) of \w+ cut here")]
    private static partial Regex Note();
}
