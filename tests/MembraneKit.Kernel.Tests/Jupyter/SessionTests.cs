using System.Text.RegularExpressions;

namespace MembraneKit.Kernel.Tests.Jupyter;

/// <summary>
/// Scripted jupyter_client sessions (Python/sessions.py): a fresh kernel for each session that interrupts,
/// restarts, shuts down or counts history; one shared kernel for the others.
/// </summary>
[Collection(KernelInstallationCollection.Name)]
public sealed partial class SessionTests(KernelInstallation kernel)
{
    private static readonly string[] FreshKernelSessions =
    [
        "test_interrupt_stops_a_loop",
        "test_interrupt_stops_a_cell_waiting_for_input",
        "test_restart_leaves_nothing_of_the_old_kernel",
        "test_shutdown_reply_then_exit",
        "test_stop_on_error_aborts_the_queued_request",
        "test_without_stop_on_error_the_queued_request_runs",
        "test_store_history_and_history_requests",
    ];

    public static TheoryData<string> Sessions() => [.. FreshKernelSessions];

    [Theory]
    [MemberData(nameof(Sessions))]
    public async Task A_session_on_a_fresh_kernel_behaves_as_a_front_end_expects(string session)
    {
        var run = await kernel.RunPythonAsync(TimeSpan.FromMinutes(2), "sessions.py", $"FreshKernelTests.{session}");
        Assert.True(run.ExitCode == 0, $"{session} failed.\n{run.Describe()}");
        Assert.Contains("Ran 1 test", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sessions_on_one_kernel_behave_as_a_front_end_expects()
    {
        var run = await kernel.RunPythonAsync(TimeSpan.FromMinutes(3), "sessions.py", "SharedKernelTests");
        Assert.True(run.ExitCode == 0, $"SharedKernelTests failed.\n{run.Describe()}");
        Assert.Contains($"Ran {Methods("SharedKernelTests").Length} tests", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fresh_kernel_session_in_the_script_is_run_here()
    {
        Assert.Equal(Methods("FreshKernelTests").Order(StringComparer.Ordinal), FreshKernelSessions.Order(StringComparer.Ordinal));
    }

    /// <summary>The test methods of one class of sessions.py.</summary>
    private static string[] Methods(string className)
    {
        var script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Python", "sessions.py"));
        var start = script.IndexOf($"class {className}(", StringComparison.Ordinal);
        Assert.True(start >= 0, $"sessions.py has no class {className}");
        var end = script.IndexOf("\nclass ", start + 1, StringComparison.Ordinal);
        var body = end < 0 ? script[start..] : script[start..end];
        return TestMethod().Matches(body).Select(m => m.Groups[1].Value).ToArray();
    }

    [GeneratedRegex(@"^    def (test_\w+)\(", RegexOptions.Multiline)]
    private static partial Regex TestMethod();
}
