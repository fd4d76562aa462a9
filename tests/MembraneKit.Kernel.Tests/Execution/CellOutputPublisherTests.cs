using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Kernel.Tests.Execution;

public class CellOutputPublisherTests
{
    private static readonly TimeSpan Never = TimeSpan.FromHours(1);

    private sealed class Sink
    {
        private readonly Lock _gate = new();
        private readonly List<(string Type, JsonObject Content)> _messages = [];

        public IReadOnlyList<(string Type, JsonObject Content)> Messages
        {
            get
            {
                lock (_gate)
                {
                    return _messages.ToArray();
                }
            }
        }

        public void Publish(string type, JsonObject content)
        {
            lock (_gate)
            {
                _messages.Add((type, content));
            }
        }

        public string Text(string stream = "stdout") =>
            string.Concat(Messages.Where(m => m.Type == "stream" && (string?)m.Content["name"] == stream).Select(m => (string?)m.Content["text"]));
    }

    [Fact]
    public void A_burst_of_a_hundred_thousand_writes_becomes_a_few_stream_messages()
    {
        var sink = new Sink();
        using var publisher = new CellOutputPublisher(sink.Publish, 1, TimeSpan.FromMilliseconds(50));
        var expected = new System.Text.StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            var line = $"{i}\n";
            expected.Append(line);
            // Each write a new stream output: the engine's merged-text events cost the same per write.
            publisher.OnOutput(new OutputEvent(new StreamOutput(StreamOutput.StandardOutput, line), i, IsUpdate: false));
        }

        publisher.Complete();
        Assert.Equal(expected.ToString(), sink.Text());
        Assert.InRange(sink.Messages.Count, 1, 50);
    }

    [Fact]
    public void A_growing_stream_output_sends_only_what_each_write_added()
    {
        var sink = new Sink();
        using var publisher = new CellOutputPublisher(sink.Publish, 1, Never);
        publisher.OnOutput(new OutputEvent(new StreamOutput("stdout", "a"), 0, IsUpdate: false) { AppendedText = "a" });
        publisher.Flush();
        publisher.OnOutput(new OutputEvent(new StreamOutput("stdout", "ab"), 0, IsUpdate: true) { AppendedText = "b" });
        publisher.OnOutput(new OutputEvent(new StreamOutput("stdout", "abc"), 0, IsUpdate: true) { AppendedText = "c" });
        publisher.Complete();
        Assert.Equal(["a", "bc"], sink.Messages.Select(m => (string?)m.Content["text"]));
    }

    [Fact]
    public async Task An_engine_that_reports_the_real_console_sends_what_each_write_added()
    {
        using var session = new NotebookSession();
        var sink = new Sink();
        using var publisher = new CellOutputPublisher(sink.Publish, 1, Never);
        var result = await session.ExecuteAsync("Console.Write(\"one \"); Console.Write(\"two \"); Console.WriteLine(\"three\");", onOutput: publisher.OnOutput);
        publisher.Complete();
        Assert.True(result.Succeeded);
        Assert.Equal("one two three\n", sink.Text());
    }

    [Fact]
    public void Gathered_text_goes_out_after_the_interval_without_waiting_for_the_cell_to_end()
    {
        var sink = new Sink();
        using var publisher = new CellOutputPublisher(sink.Publish, 1, TimeSpan.FromMilliseconds(20));
        publisher.OnOutput(new OutputEvent(new StreamOutput("stdout", "progress\n"), 0, IsUpdate: false));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (sink.Messages.Count == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }

        Assert.Equal("progress\n", sink.Text());
        publisher.Complete();
    }

    [Fact]
    public void Outputs_keep_their_order_around_gathered_text()
    {
        var sink = new Sink();
        using var publisher = new CellOutputPublisher(sink.Publish, 7, Never);
        publisher.OnOutput(new OutputEvent(new StreamOutput("stdout", "before\n"), 0, IsUpdate: false));
        publisher.OnOutput(new OutputEvent(new StreamOutput("stderr", "warning\n"), 1, IsUpdate: false));
        publisher.OnOutput(new OutputEvent(new DisplayDataOutput(new Dictionary<string, string> { ["text/plain"] = "shown" }) { DisplayId = "d1" }, 2, IsUpdate: false));
        publisher.OnOutput(new OutputEvent(new StreamOutput("stdout", "after\n"), 3, IsUpdate: false));
        publisher.OnOutput(new OutputEvent(new DisplayDataOutput(new Dictionary<string, string> { ["text/plain"] = "changed" }) { DisplayId = "d1" }, 2, IsUpdate: true));
        publisher.OnOutput(new OutputEvent(new ExecuteResultOutput(99, new Dictionary<string, string> { ["text/plain"] = "42" }), 4, IsUpdate: false));
        publisher.OnOutput(new OutputEvent(new ErrorOutput("E", "failed", ["line 1"]), 5, IsUpdate: false));
        publisher.Complete();

        Assert.Equal(["stream", "stream", "display_data", "stream", "update_display_data", "execute_result", "error"], sink.Messages.Select(m => m.Type));
        Assert.Equal("stderr", (string?)sink.Messages[1].Content["name"]);
        Assert.Equal("d1", (string?)sink.Messages[2].Content["transient"]!["display_id"]);
        Assert.Equal("d1", (string?)sink.Messages[4].Content["transient"]!["display_id"]);
        Assert.Equal("changed", (string?)sink.Messages[4].Content["data"]!["text/plain"]);
        Assert.Equal(7, (int?)sink.Messages[5].Content["execution_count"]);
        Assert.Equal(["line 1"], sink.Messages[6].Content["traceback"]!.AsArray().Select(line => (string?)line));
    }

    [Fact]
    public void A_json_mime_type_travels_as_json()
    {
        var bundle = CellOutputPublisher.Bundle(new Dictionary<string, string> { ["application/json"] = """{"a":[1,2]}""", ["text/plain"] = """{"a":[1,2]}""" });
        Assert.IsType<JsonObject>(bundle["application/json"]);
        Assert.Equal(2, (int?)bundle["application/json"]!["a"]![1]);
        Assert.IsAssignableFrom<JsonValue>(bundle["text/plain"]);
    }

    [Fact]
    public void A_character_written_in_two_halves_is_never_split_between_messages()
    {
        var sink = new Sink();
        using var publisher = new CellOutputPublisher(sink.Publish, 1, Never);
        var face = "\U0001F600";
        publisher.OnOutput(new OutputEvent(new StreamOutput("stdout", "a" + face[0]), 0, IsUpdate: false) { AppendedText = "a" + face[0] });
        publisher.Flush();
        publisher.OnOutput(new OutputEvent(new StreamOutput("stdout", "a" + face), 0, IsUpdate: true) { AppendedText = face[1..] });
        publisher.Complete();
        Assert.Equal(["a", face], sink.Messages.Select(m => (string?)m.Content["text"]));
    }

    [Fact]
    public void Outputs_after_the_cell_completed_are_dropped()
    {
        var sink = new Sink();
        using var publisher = new CellOutputPublisher(sink.Publish, 1, Never);
        publisher.Complete();
        publisher.OnOutput(new OutputEvent(new StreamOutput("stdout", "late"), 0, IsUpdate: false));
        publisher.Complete();
        Assert.Empty(sink.Messages);
    }
}
