using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MembraneKit.Kernel.Tests.Jupyter;

/// <summary>
/// Every course notebook run by nbclient (Debian's python3-nbclient) with no kernel name given — the
/// notebook's metadata names <c>.net-csharp</c>, which resolves to this build's kernelspec — reaches and
/// passes its own check cell, is valid nbformat, and shows what <c>membranekit run</c> shows for it.
/// </summary>
[Collection(KernelInstallationCollection.Name)]
public sealed partial class CourseNotebookTests(KernelInstallation kernel, CourseRuns course)
{
    public static TheoryData<string> Notebooks() => [.. CourseRuns.Names()];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Nbclient_runs_it_on_this_kernel_through_its_own_checks(string name)
    {
        var executed = await course.ExecuteAsync(kernel);
        Assert.True(executed.Summary.TryGetValue(name, out var entry), $"course.py reported nothing for {name}.\n{executed.Nbclient.Describe()}");
        Assert.True(entry["error"] is null, $"nbclient stopped {name}: {entry["error"]}\n{executed.Nbclient.Describe()}");
        Assert.True(entry["invalid"] is null, $"nbformat rejected nbclient's copy of {name}: {entry["invalid"]}");

        var notebook = executed.NbclientCopy(name);
        // nbclient writes the kernel_info_reply's language_info: "C#" is ours (the notebook as committed says polyglot-notebook).
        Assert.Equal("C#", (string?)notebook["metadata"]!["language_info"]!["name"]);
        Assert.Equal(".net-csharp", (string?)notebook["metadata"]!["kernelspec"]!["name"]);

        var cells = CodeCells(notebook);
        Assert.Equal(Enumerable.Range(1, cells.Length).Select(n => (int?)n), cells.Select(cell => (int?)cell["execution_count"]));
        var errors = cells.SelectMany(Outputs).Where(output => Type(output) == "error")
            .Select(output => $"{output["ename"]}: {output["evalue"]}").ToArray();
        Assert.True(errors.Length == 0, $"{name} has error outputs:\n{string.Join("\n", errors)}");

        // The last cell checks the notebook's figures: each check displays "✓ …" or throws.
        var checks = Outputs(cells[^1]).ToArray();
        Assert.True(checks.Length >= 2, $"{name}: its check cell showed {checks.Length} outputs");
        Assert.All(checks, output =>
        {
            Assert.Equal("display_data", Type(output));
            Assert.StartsWith("✓ ", Text(output["data"]!["text/plain"]), StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Nbclient_shows_what_membranekit_run_shows(string name)
    {
        var executed = await course.ExecuteAsync(kernel);
        var byNbclient = CodeCells(executed.NbclientCopy(name));
        var byRun = CodeCells(executed.RunCopy(name));
        Assert.Equal(byRun.Select(cell => (string?)cell["id"]), byNbclient.Select(cell => (string?)cell["id"]));

        foreach (var (run, nbclient) in byRun.Zip(byNbclient))
        {
            var where = $"{name}, cell {run["id"]}";
            var expected = Outputs(run).ToArray();
            var actual = Outputs(nbclient).ToArray();
            Assert.True(expected.Length == actual.Length,
                $"{where}: membranekit run wrote {expected.Length} outputs ({Types(expected)}), nbclient {actual.Length} ({Types(actual)})");
            foreach (var (want, got) in expected.Zip(actual))
            {
                Assert.Equal(Type(want), Type(got));
                Assert.Equal(Comparable(PlainText(want)), Comparable(PlainText(got)));
                Assert.True(Comparable(Html(want)) == Comparable(Html(got)), $"{where}: the {Type(want)} HTML differs beyond element ids");
            }

            Assert.Equal(Charts(expected), Charts(actual));
        }
    }

    [Fact]
    public async Task The_course_run_by_nbclient_draws_charts_carrying_plotly_js_once_per_notebook()
    {
        var executed = await course.ExecuteAsync(kernel);
        var charted = CourseRuns.Names().Select(name =>
        {
            var html = CodeCells(executed.NbclientCopy(name)).SelectMany(Outputs).Select(Html).ToArray();
            return (Name: name, Charts: Charts(html), Carriers: html.Sum(text => Regex.Count(text, "class=\"mk-plotly-js\"")));
        }).Where(notebook => notebook.Charts > 0).ToArray();

        Assert.True(charted.Length >= 5, $"only {charted.Length} course notebooks drew a chart: {string.Join(", ", charted.Select(n => n.Name))}");
        Assert.True(charted.Sum(n => n.Charts) >= 10, $"only {charted.Sum(n => n.Charts)} charts in the course");
        Assert.All(charted, notebook => Assert.True(notebook.Carriers == 1, $"{notebook.Name} carries plotly.js {notebook.Carriers} times"));
    }

    private static JsonObject[] CodeCells(JsonObject notebook) =>
        [.. notebook["cells"]!.AsArray().Select(cell => cell!.AsObject()).Where(cell => (string?)cell["cell_type"] == "code")];

    private static IEnumerable<JsonObject> Outputs(JsonObject cell) => cell["outputs"]!.AsArray().Select(output => output!.AsObject());

    private static string Type(JsonObject output) => (string?)output["output_type"] ?? "";

    private static string Types(IEnumerable<JsonObject> outputs) => string.Join(", ", outputs.Select(Type));

    /// <summary>The text a reader sees without HTML: a stream's text, a traceback, or a bundle's text/plain.</summary>
    private static string PlainText(JsonObject output) => Type(output) switch
    {
        "stream" => Text(output["text"]),
        "error" => $"{output["ename"]}: {output["evalue"]}",
        _ => Text(output["data"]?["text/plain"]),
    };

    private static string Html(JsonObject output) => Text(output["data"]?["text/html"]);

    private static int Charts(IEnumerable<JsonObject> outputs) => Charts(outputs.Select(Html));

    private static int Charts(IEnumerable<string> html) => html.Sum(text => Regex.Count(text, "<figure class=\"mk mk-chart"));

    /// <summary>
    /// Text with what may differ between two correct runs made alike: the time a <c>#!time</c> cell took, and the
    /// number in a display's element id, which counts displays in its process (<c>membranekit run</c> runs the
    /// whole course in one process, nbclient starts a kernel per notebook; the id's kind and hash stay).
    /// </summary>
    private static string Comparable(string text) => ElementIdNumber().Replace(WallTime().Replace(text, "Wall time: …"), "$1…$2");

    /// <summary>nbformat stores multi-line text as a string or a list of lines.</summary>
    private static string Text(JsonNode? node) =>
        node is JsonArray lines ? string.Concat(lines.Select(line => (string?)line)) : (string?)node ?? "";

    [GeneratedRegex(@"Wall time: [0-9.]+ ?m?s")]
    private static partial Regex WallTime();

    [GeneratedRegex(@"\b(mk-[a-z]+-)\d+(-[0-9a-f]{8})\b")]
    private static partial Regex ElementIdNumber();
}
