using System.Text.RegularExpressions;

namespace MembraneKit.Kernel.Tests.Jupyter;

/// <summary>Scripted jupyter_client sessions (Python/sessions.py), one fresh kernel each.</summary>
[Collection(KernelInstallationCollection.Name)]
public sealed partial class SessionTests(KernelInstallation kernel)
{
    private static readonly string[] Names =
    [
        "test_interrupt_stops_a_loop",
        "test_interrupt_stops_a_cell_waiting_for_input",
        "test_restart_leaves_nothing_of_the_old_kernel",
        "test_shutdown_reply_then_exit",
        "test_stdin_round_trip",
        "test_console_read_without_stdin_fails_clearly",
        "test_stop_on_error_aborts_the_queued_request",
        "test_without_stop_on_error_the_queued_request_runs",
        "test_update_display_data",
        "test_silent_broadcasts_nothing_and_keeps_the_count",
        "test_store_history_and_history_requests",
        "test_user_expressions",
        "test_completion_counts_code_points",
        "test_completion_knows_the_session",
        "test_inspection_shows_signature_and_docs",
        "test_is_complete",
        "test_comms_are_answered_sanely",
        "test_kernel_info",
        "test_console_bursts_become_few_stream_messages",
    ];

    public static TheoryData<string> Sessions() => [.. Names];

    [Theory]
    [MemberData(nameof(Sessions))]
    public async Task A_scripted_session_behaves_as_a_front_end_expects(string session)
    {
        var run = await kernel.RunPythonAsync(TimeSpan.FromMinutes(2), "sessions.py", $"SessionTests.{session}");
        Assert.True(run.ExitCode == 0, $"{session} failed.\n{run.Describe()}");
        Assert.Contains("Ran 1 test", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_session_in_the_script_is_run_here()
    {
        var script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Python", "sessions.py"));
        var defined = TestMethod().Matches(script).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(defined, Names.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^    def (test_\w+)\(", RegexOptions.Multiline)]
    private static partial Regex TestMethod();
}
