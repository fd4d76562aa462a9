using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MembraneKit.Notebooks.Tests;

/// <summary>
/// The differential corpus (corpus.ipynb): small cells run through our engine must end as they end in the genuine
/// Polyglot Notebooks C# kernel — success or failure, the error's first line, and each output's kind, MIME types and
/// text. genuine-kernel.json holds what the genuine kernel produced, recorded by eng/genuine-kernel-check.sh
/// (which builds nothing of it into the repository: the kernel is built from its public sources into /tmp).
/// </summary>
/// <remarks>
/// Outputs are compared as a front end ends up showing them: display updates applied in place, consecutive stream
/// writes merged. One difference is by design and allowed everywhere: our engine always adds <c>text/plain</c>
/// beside <c>text/html</c> (the Jupyter convention; the genuine kernel sends only the preferred type). Where the
/// genuine kernel sent only HTML, the texts of the two HTML fragments are compared. Other known differences are listed
/// in <see cref="KnownDifferences"/> with their reason; docs/compatibility.md lists them too.
/// </remarks>
public sealed partial class DifferentialCorpusTests
{
    /// <summary>Cells whose results differ from the genuine kernel's on purpose, with the reason.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["magic-fsharp"] = "this engine runs C# only and says so; the genuine kernel built here has no F# subkernel and calls #!fsharp an unknown magic (the VS Code tool runs the cell in F#)",
        ["directive-relative-source"] = "a relative #i source fails in both; the genuine kernel says only \"Invalid URI\", this engine names the folder it looked in and suggests an absolute path",
    };

    private static readonly Lazy<Task<(JsonObject Genuine, Dictionary<string, JsonObject> Ours)>> Results = new(RunAsync);

    public static TheoryData<string> CellIds() => [.. Ids()];

    private static string[] Ids() => [.. Notebook.Load(CorpusPath).Cells.Where(c => c.IsCode).Select(c => c.Id!)];

    [Fact]
    public void The_corpus_has_at_least_forty_cells_and_every_one_was_recorded_from_the_genuine_kernel()
    {
        var ids = Ids();
        var genuine = JsonNode.Parse(File.ReadAllText(GenuinePath))!.AsObject();
        Assert.True(ids.Length >= 40, $"the corpus has {ids.Length} code cells");
        Assert.Equal(ids.Order(StringComparer.Ordinal), genuine.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CellIds))]
    public async Task The_cell_ends_as_it_ends_in_the_genuine_kernel(string id)
    {
        var (genuine, ours) = await Results.Value;
        var expected = genuine[id]!.AsObject();
        var actual = ours[id];
        var differences = Differences(expected, actual);
        if (KnownDifferences.TryGetValue(id, out var reason))
        {
            Assert.True(differences.Count > 0, $"{id} is listed as a known difference ({reason}) but now agrees: remove it from the list and from docs/compatibility.md");
            return;
        }

        Assert.True(differences.Count == 0, $"{id} differs from the genuine kernel:\n{string.Join("\n", differences)}\n genuine: {expected.ToJsonString()}\n ours:    {actual.ToJsonString()}");
    }

    private static List<string> Differences(JsonObject genuine, JsonObject ours)
    {
        var differences = new List<string>();
        if (genuine["success"]!.GetValue<bool>() != ours["success"]!.GetValue<bool>())
        {
            differences.Add($"success: genuine {genuine["success"]}, ours {ours["success"]}");
        }

        if (genuine["error"]!.GetValue<string>() != ours["error"]!.GetValue<string>())
        {
            differences.Add($"error: genuine \"{genuine["error"]}\", ours \"{ours["error"]}\"");
        }

        var expected = genuine["outputs"]!.AsArray();
        var actual = ours["outputs"]!.AsArray();
        if (expected.Count != actual.Count)
        {
            differences.Add($"outputs: genuine {expected.Count}, ours {actual.Count}");
            return differences;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i]!, actual[i]!);
            if (e["kind"]!.GetValue<string>() != a["kind"]!.GetValue<string>())
            {
                differences.Add($"output {i} kind: genuine {e["kind"]}, ours {a["kind"]}");
            }

            var genuineMimes = e["mimes"]!.AsArray().Select(m => m!.GetValue<string>()).ToHashSet();
            var ourMimes = a["mimes"]!.AsArray().Select(m => m!.GetValue<string>()).ToHashSet();
            if (!genuineMimes.IsSubsetOf(ourMimes) || ourMimes.Except(genuineMimes).Any(m => m != "text/plain"))
            {
                differences.Add($"output {i} MIME types: genuine {string.Join(", ", genuineMimes)}, ours {string.Join(", ", ourMimes)}");
            }

            var ourText = genuineMimes.Contains("text/plain") ? a["plain"] : a["htmlText"];
            if (e["text"]!.GetValue<string>() != ourText?.GetValue<string>())
            {
                differences.Add($"output {i} text: genuine \"{e["text"]}\", ours \"{ourText}\"");
            }
        }

        return differences;
    }

    private static async Task<(JsonObject, Dictionary<string, JsonObject>)> RunAsync()
    {
        var genuine = JsonNode.Parse(await File.ReadAllTextAsync(GenuinePath))!.AsObject();
        var run = await NotebookRunner.RunFileAsync(CorpusPath, new RunOptions { ContinueOnError = true, CellTimeout = TimeSpan.FromMinutes(3) });
        var ours = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (index, result) in run.Cells)
        {
            var id = run.Notebook.Cells[index].Id!;
            // Exceptions are named by their type, as the genuine kernel names them; our own errors (compilation,
            // directives, magics, restores) carry their message alone, as its diagnostics do.
            var error = result.Error is not { } e ? "" : e.Name.Contains('.', StringComparison.Ordinal) ? $"{e.Name}: {e.Value}" : e.Value;
            ours[id] = new JsonObject
            {
                ["success"] = result.Succeeded,
                ["error"] = Normalise(error.Split('\n')[0]),
                ["outputs"] = new JsonArray([.. Shown(result.Outputs)]),
            };
        }

        return (genuine, ours);
    }

    /// <summary>Our outputs as a front end shows them, in the shape of the genuine results; errors are compared apart.</summary>
    private static IEnumerable<JsonNode> Shown(IEnumerable<NotebookOutput> outputs)
    {
        var shown = new List<(string Kind, IReadOnlyDictionary<string, string> Data)>();
        foreach (var output in outputs)
        {
            (string Kind, IReadOnlyDictionary<string, string> Data)? item = output switch
            {
                StreamOutput s => ($"stream:{s.Name}", new Dictionary<string, string> { ["text/plain"] = s.Text }),
                ExecuteResultOutput r => ("execute_result", r.Data),
                DisplayDataOutput d => ("display_data", d.Data),
                _ => null,
            };
            if (item is not { } next)
            {
                continue;
            }

            if (next.Kind.StartsWith("stream:", StringComparison.Ordinal) && shown.Count > 0 && shown[^1].Kind == next.Kind)
            {
                shown[^1] = (next.Kind, new Dictionary<string, string> { ["text/plain"] = shown[^1].Data["text/plain"] + next.Data["text/plain"] });
                continue;
            }

            shown.Add(next);
        }

        return shown.Select(o => (JsonNode)new JsonObject
        {
            ["kind"] = o.Kind,
            ["mimes"] = new JsonArray([.. o.Data.Keys.Order(StringComparer.Ordinal).Select(m => (JsonNode)m)]),
            ["plain"] = o.Data.TryGetValue("text/plain", out var plain) ? Normalise(plain) : null,
            ["htmlText"] = o.Data.TryGetValue("text/html", out var html) ? Normalise(HtmlText(html)) : null,
        });
    }

    /// <summary>The text of an HTML fragment without its styles and scripts, white space collapsed (as the Python half does).</summary>
    private static string HtmlText(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        var parts = new List<string>();
        Collect(document.Body!, parts);
        return string.Join(" ", string.Concat(parts).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        static void Collect(INode node, List<string> parts)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    parts.Add(text.Data);
                }
                else if (child is IElement element && element.LocalName is not ("style" or "script"))
                {
                    Collect(element, parts);
                }
            }
        }
    }

    /// <summary>Timings and submission numbers differ from run to run and kernel to kernel.</summary>
    private static string Normalise(string text) =>
        SubmissionNumber().Replace(WallTime().Replace(text, "Wall time: <t>ms"), "Submission#<n>");

    [GeneratedRegex("Wall time: [0-9.]+ms")]
    private static partial Regex WallTime();

    [GeneratedRegex("Submission#[0-9]+")]
    private static partial Regex SubmissionNumber();

    private static string Folder => Path.Combine(RepositoryRoot(), "tests", "MembraneKit.Notebooks.Tests", "Differential");

    private static string CorpusPath => Path.Combine(Folder, "corpus.ipynb");

    private static string GenuinePath => Path.Combine(Folder, "genuine-kernel.json");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MembraneKit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("MembraneKit.sln not found above the test folder.");
    }
}
