using System.Collections.Concurrent;

namespace MembraneKit.Notebooks.Tests;

public sealed class LateDisplayUpdateTests
{

    [Fact]
    public async Task An_update_from_a_later_cell_reaches_the_session_callback_with_the_display_it_replaces()
    {
        var updates = new ConcurrentQueue<LateDisplayUpdate>();
        using var session = new NotebookSession(new SessionOptions { OnLateDisplayUpdate = updates.Enqueue });
        var shown = await session.ExecuteAsync("Console.WriteLine(\"before\");\nvar d = display(\"start\");").WaitAsync(TestLimits.Cell);

        var updating = await session.ExecuteAsync("d.Update(\"from the next cell\");").WaitAsync(TestLimits.Cell);

        var display = Assert.IsType<DisplayDataOutput>(shown.Outputs[1]);
        var update = Assert.Single(updates);
        Assert.Equal(display.DisplayId, update.DisplayId);
        Assert.Equal(shown.ExecutionCount, update.ExecutionCount);
        Assert.Equal(1, update.OutputIndex);
        Assert.Equal("from the next cell", update.Output.Data["text/plain"]);
        Assert.Equal(display.DisplayId, update.Output.DisplayId);
        Assert.Empty(updating.Outputs);
        Assert.Equal("start", display.Data["text/plain"]);
    }

    [Fact]
    public async Task An_update_from_a_timer_after_the_cell_finished_arrives_on_the_timers_thread()
    {
        var arrived = new TaskCompletionSource<LateDisplayUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var session = new NotebookSession(new SessionOptions { OnLateDisplayUpdate = update => arrived.TrySetResult(update) });

        var shown = await session.ExecuteAsync("var d = display(0);\nvar timer = new System.Threading.Timer(_ => d.Update(42), null, 100, System.Threading.Timeout.Infinite);").WaitAsync(TestLimits.Cell);
        var update = await arrived.Task.WaitAsync(TestLimits.Cell);

        Assert.True(shown.Succeeded, shown.Error?.Value);
        Assert.Equal("0", Assert.IsType<DisplayDataOutput>(Assert.Single(shown.Outputs)).Data["text/plain"]);
        Assert.Equal(shown.ExecutionCount, update.ExecutionCount);
        Assert.Equal(0, update.OutputIndex);
        Assert.Equal("42", update.Output.Data["text/plain"]);
    }

    [Fact]
    public async Task An_update_while_the_cell_runs_replaces_the_output_in_place_and_is_not_late()
    {
        var updates = new ConcurrentQueue<LateDisplayUpdate>();
        var events = new List<OutputEvent>();
        using var session = new NotebookSession(new SessionOptions { OnLateDisplayUpdate = updates.Enqueue });

        var result = await session.ExecuteAsync("var d = display(1);\nd.Update(2);", onOutput: events.Add).WaitAsync(TestLimits.Cell);

        Assert.Equal("2", Assert.IsType<DisplayDataOutput>(Assert.Single(result.Outputs)).Data["text/plain"]);
        Assert.Equal([false, true], events.Select(e => e.IsUpdate));
        Assert.Empty(updates);
    }

    [Fact]
    public async Task A_disposed_session_delivers_no_late_update()
    {
        var updates = new ConcurrentQueue<LateDisplayUpdate>();
        var session = new NotebookSession(new SessionOptions { OnLateDisplayUpdate = updates.Enqueue });
        var key = "membranekit-late-" + Guid.NewGuid().ToString("N");
        await session.ExecuteAsync($$"""
            var d = display(0);
            var timer = new System.Threading.Timer(_ => { d.Update(1); AppDomain.CurrentDomain.SetData("{{key}}", true); }, null, 300, System.Threading.Timeout.Infinite);
            """).WaitAsync(TestLimits.Cell);

        session.Dispose();
        // The cell's timer tells the test (through the process-wide AppDomain data) once it has updated.
        Assert.True(SpinWait.SpinUntil(() => AppDomain.CurrentDomain.GetData(key) is true, TestLimits.Cell), "the cell's timer never ran");

        Assert.Empty(updates);
    }

    [Fact]
    public async Task Without_a_callback_a_late_update_is_dropped_quietly()
    {
        using var session = new NotebookSession();
        await session.ExecuteAsync("var d = display(0);").WaitAsync(TestLimits.Cell);

        var updating = await session.ExecuteAsync("d.Update(1);\n\"still running\"").WaitAsync(TestLimits.Cell);

        Assert.True(updating.Succeeded, updating.Error?.Value);
        Assert.Equal("still running", Assert.IsType<ExecuteResultOutput>(Assert.Single(updating.Outputs)).Data["text/plain"]);
    }
}
