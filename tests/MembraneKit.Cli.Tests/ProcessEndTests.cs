using MembraneKit.Cli.Isolation;

namespace MembraneKit.Cli.Tests;

/// <summary>Why a worker ended, as the run reports it (exit codes as .NET reports them on Linux).</summary>
public sealed class ProcessEndTests
{
    [Fact]
    public void The_runtime_s_stack_overflow_report_names_the_overflow_whatever_the_exit_code()
    {
        var error = Tail("Stack overflow.", "Repeated 1000 times:", "   at Submission#1.F(Int32)");

        var end = ProcessEnd.Describe(134, null, error);

        Assert.Equal("the cell overflowed the stack", end.Reason);
        Assert.Equal(["Stack overflow.", "Repeated 1000 times:", "   at Submission#1.F(Int32)"], end.ErrorLines);
    }

    [Fact]
    public void A_code_given_to_environment_exit_is_named_even_when_it_looks_like_a_signal()
    {
        Assert.Equal("the cell called Environment.Exit(137)", ProcessEnd.Describe(137, 137, Tail()).Reason);
        Assert.Equal("the cell called Environment.Exit(0)", ProcessEnd.Describe(0, 0, Tail()).Reason);
    }

    [Fact]
    public void A_process_killed_by_a_signal_is_reported_with_the_signal_s_name()
    {
        Assert.Equal("the process was killed by SIGKILL (signal 9)", ProcessEnd.Describe(137, null, Tail()).Reason);
        Assert.Equal("the process was killed by SIGSEGV (signal 11)", ProcessEnd.Describe(139, null, Tail()).Reason);
    }

    [Fact]
    public void An_unhandled_exception_on_another_thread_is_quoted_from_the_runtime_s_report()
    {
        var error = Tail("Unhandled exception. System.InvalidOperationException: from a timer", "   at Submission#2.<>c.<Initialize>b__0_0()");

        var end = ProcessEnd.Describe(134, null, error);

        Assert.Equal("the process was killed by SIGABRT (signal 6): Unhandled exception. System.InvalidOperationException: from a timer", end.Reason);
    }

    [Fact]
    public void Any_other_end_gives_the_exit_code_and_the_last_line_written()
    {
        Assert.Equal("the process ended with exit code 1: could not load the runtime", ProcessEnd.Describe(1, null, Tail("warming up", "could not load the runtime", "")).Reason);
        Assert.Equal("the process ended with exit code 70", ProcessEnd.Describe(70, null, Tail()).Reason);
    }

    [Fact]
    public void A_long_error_output_keeps_its_first_and_last_lines_and_says_how_many_were_left_out()
    {
        var error = Tail([.. Enumerable.Range(1, 100).Select(i => $"line {i}")]);

        Assert.Equal([.. Enumerable.Range(1, 20).Select(i => $"line {i}"), "[… 60 more lines …]", .. Enumerable.Range(81, 20).Select(i => $"line {i}")], error.Lines);
    }

    private static ErrorTail Tail(params string[] lines)
    {
        var tail = new ErrorTail();
        foreach (var line in lines)
        {
            tail.Add(line);
        }

        return tail;
    }
}
