using MembraneKit.Cli.Reporting;
using MembraneKit.Cli.Running;

namespace MembraneKit.Cli.Tests;

public sealed class RunReporterTests
{
    private static NotebookOutcome Outcome(string name, bool succeeded, string summary, double seconds = 1.5) =>
        new(new NotebookJob("/n/" + name, name), 3, TimeSpan.FromSeconds(seconds), succeeded, summary, null);

    /// <summary>Spectre.Console reads [..] as markup: a name or an error message with brackets must print as it is, not throw.</summary>
    [Fact]
    public void Names_and_messages_with_markup_brackets_are_printed_as_they_are()
    {
        var output = new StringWriter();
        var reporter = new RunReporter(output, isTerminal: false);

        reporter.Summary([Outcome("a[red]b[/].ipynb", true, "ok"), Outcome("[bold]x.ipynb", false, "cell 2: Exception: [/] unbalanced [link=javascript:alert(1)]x[/]")]);
        reporter.Error("missing [/] bracket");

        var text = output.ToString();
        Assert.Contains("a[red]b[/].ipynb", text, StringComparison.Ordinal);
        Assert.Contains("[bold]x.ipynb", text, StringComparison.Ordinal);
        Assert.Contains("[link=javascript:alert(1)]x[/]", text, StringComparison.Ordinal);
        Assert.Contains("missing [/] bracket", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_closing_line_counts_failures_and_totals_the_time()
    {
        var output = new StringWriter();
        new RunReporter(output, isTerminal: false).Summary([Outcome("a.ipynb", true, "ok", 1.25), Outcome("b.ipynb", false, "cell 1: boom", 2.5)]);

        var last = output.ToString().TrimEnd().Split('\n')[^1];
        Assert.StartsWith("1 of 2 notebooks failed (in 3.75 s, peak memory ", last, StringComparison.Ordinal);
    }

    [Fact]
    public void All_succeeded_says_so()
    {
        var output = new StringWriter();
        new RunReporter(output, isTerminal: false).Summary([Outcome("a.ipynb", true, "ok", 0.5)]);

        Assert.StartsWith("All 1 notebooks succeeded in 0.50 s, peak memory ", output.ToString().TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_output_is_plain_ascii_lines_with_no_escape_codes()
    {
        var output = new StringWriter();
        new RunReporter(output, isTerminal: true).Summary([Outcome("a.ipynb", true, "ok")]);

        var text = output.ToString();
        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
        Assert.All(text, c => Assert.True(c < 128, $"non-ASCII {(int)c} in a redirected table"));
    }
}

public sealed class RunReporterLineTests
{
    /// <summary>A "not run: &lt;long path&gt;: &lt;reason&gt;" line was wrapped at 120 columns in logs.</summary>
    [Fact]
    public void A_long_line_in_redirected_output_is_never_wrapped()
    {
        var output = new StringWriter();
        var line = "  not run: /tmp/" + new string('x', 250) + "/a-broken.ipynb: no \"cells\" array";

        new RunReporter(output, isTerminal: false).Line(line);

        Assert.Equal(line + Environment.NewLine, output.ToString());
    }
}
