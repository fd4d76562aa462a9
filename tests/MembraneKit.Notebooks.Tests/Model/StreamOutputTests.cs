using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks.Tests;

public sealed class StreamOutputTests
{
    [Fact]
    public void Two_stream_outputs_are_equal_when_name_and_text_are()
    {
        var output = new StreamOutput("stdout", "a\nb");

        Assert.Equal(new StreamOutput("stdout", "a\nb"), output);
        Assert.Equal(new StreamOutput("stdout", "a\nb").GetHashCode(), output.GetHashCode());
        Assert.NotEqual(new StreamOutput("stderr", "a\nb"), output);
        Assert.NotEqual(new StreamOutput("stdout", "a\nc"), output);
        Assert.Equal(new StreamOutput("stdout", "x"), output with { Text = "x" });
        Assert.Equal(1, (output with { Text = "x" }).Length);
        var (name, text) = output;
        Assert.Equal(("stdout", "a\nb"), (name, text));
    }

    [Fact]
    public void A_stream_output_is_written_as_lines_that_keep_their_line_ends()
    {
        var json = new StreamOutput("stderr", "one\ntwo\nthree").ToJson();

        Assert.Equal("stream", json["output_type"]!.GetValue<string>());
        Assert.Equal("stderr", json["name"]!.GetValue<string>());
        Assert.Equal(["one\n", "two\n", "three"], json["text"]!.AsArray().Select(line => line!.GetValue<string>()));
    }

    [Fact]
    public async Task The_output_an_event_carries_keeps_the_text_it_had_when_the_stream_grows_later()
    {
        using var session = new NotebookSession();
        var events = new List<OutputEvent>();

        await session.ExecuteAsync("Console.Write(\"first \");\nConsole.Write(\"second \");\nConsole.Write(\"third\");", onOutput: events.Add).WaitAsync(TestLimits.Cell);

        // Read only now, after every write: each view still shows the stream as it was at its event.
        Assert.Equal(["first ", "first second ", "first second third"], events.Select(e => ((StreamOutput)e.Output).Text));
        Assert.Equal([6, 13, 18], events.Select(e => ((StreamOutput)e.Output).Length));
    }

    [Fact]
    public void A_stream_output_read_from_a_notebook_joins_its_lines()
    {
        var output = NotebookOutput.FromJson(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = new JsonArray("a\n", "b") });

        Assert.Equal(new StreamOutput("stdout", "a\nb"), output);
    }
}
