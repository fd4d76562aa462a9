namespace MembraneKit.Notebooks.Tests;

public sealed class CellInterruptionTests
{
    [Fact]
    public async Task A_loop_that_never_ends_is_stopped_at_its_check_and_the_session_runs_on()
    {
        using var session = new NotebookSession(new SessionOptions { CellTimeout = TimeSpan.FromSeconds(1) });

        var spinning = await session.ExecuteAsync("var n = 0L;\nwhile (true) { n++; }").WaitAsync(TestLimits.Cell);
        var after = await session.ExecuteAsync("n > 0").WaitAsync(TestLimits.Cell);

        Assert.Equal(CellStatus.TimedOut, spinning.Status);
        Assert.False(spinning.LeftRunning);
        Assert.Equal("TimeoutError", Assert.IsType<ErrorOutput>(Assert.Single(spinning.Outputs)).Name);
        Assert.Equal("True", Assert.IsType<ExecuteResultOutput>(Assert.Single(after.Outputs)).Data["text/plain"]);
    }

    [Fact]
    public async Task An_interrupt_stops_only_the_session_asked_and_not_a_busy_neighbour()
    {
        using var stopped = new NotebookSession();
        using var neighbour = new NotebookSession();
        await neighbour.ExecuteAsync("var done = 0;").WaitAsync(TestLimits.Cell);

        var spinning = stopped.ExecuteAsync("while (true) { }");
        var busy = neighbour.ExecuteAsync("for (var i = 0; i < 300; i++) { System.Threading.Thread.Sleep(10); done = i; }\ndone");
        await Task.Delay(500);
        stopped.Interrupt();

        Assert.Equal(CellStatus.Cancelled, (await spinning.WaitAsync(TestLimits.Cell)).Status);
        var finished = await busy.WaitAsync(TestLimits.Cell);
        Assert.Equal("299", Assert.IsType<ExecuteResultOutput>(Assert.Single(finished.Outputs)).Data["text/plain"]);
    }
}
