using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Interactive.Tests;

/// <summary>
/// Every display's HTML through the sanitizers that guard untrusted outputs, run in node: JupyterLab's own
/// (<c>@jupyterlab/apputils</c> from npm, installed by <c>npm ci</c> in <c>Sanitizers/</c>) and the classic
/// Notebook's (the bundle Debian's jupyter-notebook 6.4 ships, called as its security.js calls it). What
/// survives must still read: the tables whole, each picture as an image with its text alternative, each equation
/// as LaTeX for MathJax — and nothing hidden by our stylesheet (the MathML's text, the chart's notes) visible.
/// Visibility follows what each sanitizer keeps: the classic one keeps the <c>hidden</c> attribute and mangles
/// inline styles, JupyterLab's drops <c>hidden</c> and keeps <c>display:none</c>.
/// </summary>
public class SanitizerTests : FormatterTestBase
{
    private static readonly Lazy<IReadOnlyList<Sanitized>> _sanitized = new(Run);

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (name, _) in AllSamples.All)
        {
            cases.Add(name, "lab");
            cases.Add(name, "classic");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void What_a_sanitizer_leaves_reads_as_tables_pictures_and_latex(string name, string frontEnd)
    {
        var entry = _sanitized.Value.Single(s => s.Name == name);
        var original = Dom.ParseAsWritten(entry.Html);
        var kept = Dom.ParseAsWritten(frontEnd == "lab" ? entry.Lab : entry.Classic);
        var hidden = frontEnd == "lab"
            ? (Func<IElement, bool>)(e => (e.GetAttribute("style") ?? "").Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.Ordinal))
            : e => e.HasAttribute("hidden");
        var visible = Squeeze(VisibleText(kept.Body!, hidden));

        Assert.Empty(kept.QuerySelectorAll("svg, math, script, style"));
        Assert.Equal(original.QuerySelectorAll("table tr").Length, kept.QuerySelectorAll("table tr").Length);
        Assert.Equal(original.QuerySelectorAll("img.mk-picture").Length, kept.QuerySelectorAll("img.mk-picture").Length);
        Assert.All(kept.QuerySelectorAll("img.mk-picture"), img =>
        {
            Assert.StartsWith("data:image/svg+xml;base64,", img.GetAttribute("src"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
        });
        foreach (var tex in original.QuerySelectorAll(".mk-tex"))
        {
            Assert.Contains(Squeeze(tex.TextContent), visible, StringComparison.Ordinal);
        }

        foreach (var math in original.QuerySelectorAll(".mk-mathml"))
        {
            Assert.DoesNotContain(Squeeze(math.TextContent), visible, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("The picture above is complete", visible, StringComparison.Ordinal);
        var title = original.QuerySelector(".mk-title")?.TextContent;
        if (title is not null)
        {
            Assert.Contains(Squeeze(title), visible, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_sanitizers_are_real_they_strip_inline_svg_and_mathml()
    {
        var entry = _sanitized.Value.Single(s => s.Name == "probe");
        Assert.DoesNotContain("<svg", entry.Lab, StringComparison.Ordinal);
        Assert.DoesNotContain("<math", entry.Classic, StringComparison.Ordinal);
        Assert.Contains("Outside", entry.Lab, StringComparison.Ordinal);
        Assert.Contains("Outside", entry.Classic, StringComparison.Ordinal);
    }

    private static string VisibleText(INode node, Func<IElement, bool> hidden)
    {
        if (node is IElement element && hidden(element))
        {
            return "";
        }

        return node.NodeType == NodeType.Text ? node.TextContent : string.Concat(node.ChildNodes.Select(c => VisibleText(c, hidden)));
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static IReadOnlyList<Sanitized> Run()
    {
        var folder = Path.Combine(Repository.Root, "tests", "MembraneKit.Interactive.Tests", "Sanitizers");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "@jupyterlab", "apputils")),
            $"JupyterLab's sanitizer is not installed: run `npm ci` in {folder} (.ci/run does).");
        Assert.True(File.Exists("/usr/lib/python3/dist-packages/notebook/static/components/sanitizer/index.js"),
            "The classic Notebook's sanitizer is missing: apt-get install -y jupyter-notebook (.ci/run does).");

        Formatter.ResetToDefault();
        MembraneKitFormatters.Register();
        var input = AllSamples.All.Select(s => new Sanitized(s.Name, Html(s.Value), "", ""))
            .Append(new Sanitized("probe", "<svg><text>Outside</text></svg><math><mi>E</mi></math>", "", ""))
            .ToList();
        var file = Path.Combine(Path.GetTempPath(), $"membranekit-sanitize-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(input.Select(i => new { name = i.Name, html = i.Html })));
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(folder, "sanitize.mjs"), file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
            }) ?? throw new InvalidOperationException("node did not start");
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            if (!node.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                node.Kill(entireProcessTree: true);
                Assert.Fail("node sanitize.mjs did not finish within 2 minutes");
            }

            Assert.True(node.ExitCode == 0, $"node sanitize.mjs failed ({node.ExitCode}): {stderr.Result}");
            var results = JsonSerializer.Deserialize<JsonElement[]>(stdout.Result)!;
            return [.. input.Zip(results, (i, r) => i with { Lab = r.GetProperty("lab").GetString()!, Classic = r.GetProperty("classic").GetString()! })];
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed record Sanitized(string Name, string Html, string Lab, string Classic);
}
