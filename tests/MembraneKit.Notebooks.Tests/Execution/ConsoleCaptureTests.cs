using System.Text;

namespace MembraneKit.Notebooks.Tests;

public sealed class ConsoleCaptureTests
{

    [Fact]
    public async Task A_hundred_thousand_lines_arrive_whole_in_order_one_appended_text_per_line()
    {
        using var session = new NotebookSession();
        var events = new List<OutputEvent>();

        var result = await session.ExecuteAsync("for (var i = 0; i < 100_000; i++) Console.WriteLine(i);", onOutput: events.Add).WaitAsync(TestLimits.Cell);

        var expected = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            expected.Append(i).Append('\n');
        }

        Assert.Equal(new StreamOutput("stdout", expected.ToString()), Assert.Single(result.Outputs));
        Assert.Equal(100_000, events.Count);
        Assert.False(events[0].IsUpdate);
        Assert.All(events.Skip(1), e => Assert.True(e.IsUpdate));
        Assert.All(events, e => Assert.Equal(0, e.Index));
        Assert.Equal("0\n", events[0].AppendedText);
        Assert.Equal("99999\n", events[^1].AppendedText);
        Assert.Equal(expected.ToString(), string.Concat(events.Select(e => e.AppendedText)));
    }

    [Fact]
    public async Task Every_way_of_writing_lands_in_order_between_displays_and_stderr()
    {
        using var session = new NotebookSession();
        var events = new List<OutputEvent>();
        const string code = """
            Console.Write("a");
            Console.Write('→');
            Console.Error.Write("e1");
            Console.Error.WriteLine('!');
            Console.WriteLine(new[] { 'b', 'c' });
            var shown = display(1);
            Console.Out.Write(new StringBuilder("sb"));
            Console.WriteLine("{0}+{1}", 2, 3);
            Console.Out.WriteLine("span".AsSpan());
            shown.Update(2);
            foreach (var c in "pér\n") Console.Write(c);
            Console.Error.Write(4.5);
            Console.WriteLine();
            """;

        var result = await session.ExecuteAsync(code, onOutput: events.Add).WaitAsync(TestLimits.Cell);

        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Collection(
            result.Outputs,
            o => Assert.Equal(new StreamOutput("stdout", "a→"), o),
            o => Assert.Equal(new StreamOutput("stderr", "e1!\n"), o),
            o => Assert.Equal(new StreamOutput("stdout", "bc\n"), o),
            o => Assert.Equal("2", Assert.IsType<DisplayDataOutput>(o).Data["text/plain"]),
            o => Assert.Equal(new StreamOutput("stdout", "sb2+3\nspan\npér\n"), o),
            o => Assert.Equal(new StreamOutput("stderr", "4.5"), o),
            o => Assert.Equal(new StreamOutput("stdout", "\n"), o));
        Assert.Equal(result.Outputs, Replay(events));
    }

    [Fact]
    public async Task Lines_written_from_several_threads_all_arrive_whole_each_thread_in_its_own_order()
    {
        using var session = new NotebookSession();
        var events = new List<OutputEvent>();
        const string code = """
            var threads = Enumerable.Range(0, 4).Select(t => new System.Threading.Thread(() =>
            {
                for (var i = 0; i < 5_000; i++)
                {
                    Console.WriteLine($"t{t} {i}");
                    if (i % 1000 == 0) Console.Error.WriteLine($"t{t} err {i}");
                    if (i % 2500 == 0) display($"t{t} shows {i}");
                }
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());
            """;

        // onOutput runs on whichever thread wrote; the lock keeps this test's list consistent.
        var result = await session.ExecuteAsync(code, onOutput: e =>
        {
            lock (events)
            {
                events.Add(e);
            }
        }).WaitAsync(TestLimits.Cell);

        Assert.True(result.Succeeded, result.Error?.Value);
        var stdout = result.Outputs.OfType<StreamOutput>().Where(o => o.Name == "stdout").SelectMany(o => o.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var stderr = result.Outputs.OfType<StreamOutput>().Where(o => o.Name == "stderr").SelectMany(o => o.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        for (var t = 0; t < 4; t++)
        {
            var prefix = $"t{t} ";
            Assert.Equal(Enumerable.Range(0, 5_000).Select(i => $"t{t} {i}"), stdout.Where(line => line.StartsWith(prefix, StringComparison.Ordinal)));
            Assert.Equal(Enumerable.Range(0, 5).Select(i => $"t{t} err {i * 1000}"), stderr.Where(line => line.StartsWith(prefix, StringComparison.Ordinal)));
        }

        Assert.Equal(20_000, stdout.Count);
        Assert.Equal(8, result.Outputs.OfType<DisplayDataOutput>().Count());
        Assert.Equal(result.Outputs, Replay(events));
    }

    [Fact]
    public async Task Writes_outside_any_cell_go_to_the_original_console_not_to_a_cell()
    {
        using var session = new NotebookSession();
        await session.ExecuteAsync("1").WaitAsync(TestLimits.Cell);

        // The test host's own writes: no cell is current on this thread.
        Console.Write('x');
        Console.WriteLine("outside");
        var result = await session.ExecuteAsync("Console.Write(\"inside\");").WaitAsync(TestLimits.Cell);

        Assert.Equal(new StreamOutput("stdout", "inside"), Assert.Single(result.Outputs));
    }

    /// <summary>Rebuilds a cell's outputs from its events the way a front end would.</summary>
    internal static List<NotebookOutput> Replay(IEnumerable<OutputEvent> events)
    {
        var outputs = new List<NotebookOutput>();
        foreach (var e in events)
        {
            if (e.AppendedText is { } appended)
            {
                var name = ((StreamOutput)e.Output).Name;
                if (e.IsUpdate)
                {
                    var previous = (StreamOutput)outputs[e.Index];
                    Assert.Equal(name, previous.Name);
                    outputs[e.Index] = new StreamOutput(name, previous.Text + appended);
                }
                else
                {
                    Assert.Equal(outputs.Count, e.Index);
                    outputs.Add(new StreamOutput(name, appended));
                }
            }
            else if (e.IsUpdate)
            {
                outputs[e.Index] = e.Output;
            }
            else
            {
                Assert.Equal(outputs.Count, e.Index);
                outputs.Add(e.Output);
            }
        }

        return outputs;
    }
}
