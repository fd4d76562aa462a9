using System.Text.Json;
using MembraneKit.Testing;
using Microsoft.Playwright;

namespace MembraneKit.Kernel.Tests.Jupyter;

/// <summary>
/// An executed course notebook opened as a student opens one they were sent: in the classic Notebook (Debian's
/// jupyter-notebook 6.4) in real Chromium, without running anything. As saved, its outputs are untrusted: the
/// Notebook sanitizes their HTML (no scripts, no &lt;style&gt;, no &lt;svg&gt; or &lt;math&gt;) — every display
/// must still show its table, its equations (typeset by the Notebook's MathJax from the LaTeX fallback) and its
/// pictures (images), with no run-together text of a drawing. Signed with <c>jupyter trust</c>, the same file
/// shows the MathML and the interactive chart. Screenshots of both go to <c>artifacts/kernel-tests/</c>.
/// </summary>
[Collection(KernelInstallationCollection.Name)]
public sealed class SavedOutputsTests(KernelInstallation kernel, CourseRuns course)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Notebook = "08-hyperkalemia";
    private const float Wait = 120_000;

    /// <summary>What the page shows, measured in the browser: counts of what is drawn and the visible text.</summary>
    private const string Measure = """
        () => {
          const shown = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
          const area = [...document.querySelectorAll('.output_area')];
          const q = s => area.flatMap(a => [...a.querySelectorAll(s)]);
          return JSON.stringify({
            displays: q('.mk').length,
            inlineSvg: q('.mk svg').length,
            math: q('.mk-mathml math').filter(shown).length,
            pictures: q('img.mk-picture').length,
            picturesDrawn: q('img.mk-picture').filter(i => i.complete && i.naturalWidth > 100 && shown(i)).length,
            tables: q('table.mk-table').filter(shown).length,
            equations: q('.mk-eqbox').length,
            equationsTypeset: q('.mk-eqbox').filter(b => [...b.querySelectorAll('.MathJax, math')].some(m => shown(m) && m.getBoundingClientRect().width > 40)).length,
            latexShown: q('.mk-tex').filter(shown).length,
            mathmlShown: q('.mk-mathml').filter(shown).length,
            interactive: q('figure.mk-chart[data-mk-interactive=true] .js-plotly-plot').length,
            charts: q('figure.mk-chart').length,
            text: area.map(a => a.innerText).join('\n'),
          });
        }
        """;

    [Fact]
    public async Task An_untrusted_saved_notebook_shows_every_table_equation_and_picture_and_no_run_together_drawing()
    {
        var (folder, file, environment) = await ExecutedCopyAsync("untrusted");
        var shown = await OpenAsync(folder, file, environment, trusted: false, "classic-notebook-untrusted.png");

        Assert.True(shown.Displays >= 4, $"only {shown.Displays} displays");
        Assert.Equal(0, shown.InlineSvg);
        Assert.Equal(0, shown.Math);
        Assert.True(shown.Pictures >= 2 && shown.PicturesDrawn == shown.Pictures, $"{shown.PicturesDrawn} of {shown.Pictures} pictures drawn");
        Assert.True(shown.Tables >= 2, $"{shown.Tables} tables");
        Assert.True(shown.Equations >= 1 && shown.EquationsTypeset == shown.Equations, $"{shown.EquationsTypeset} of {shown.Equations} equations typeset");
        Assert.Equal(0, shown.MathmlShown);
        Assert.Equal(0, shown.Interactive);
        Assert.DoesNotContain("Outside (extracellular)", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("RTzF", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("The picture above is complete", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\frac", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_notebook_trusted_shows_the_mathml_and_the_interactive_chart()
    {
        var (folder, file, environment) = await ExecutedCopyAsync("trusted");
        var sign = await ProcessRun.RunAsync("/usr/bin/python3", ["-m", "nbformat.sign", file], TimeSpan.FromMinutes(1), environment);
        Assert.True(sign.ExitCode == 0, sign.Describe());
        var shown = await OpenAsync(folder, file, environment, trusted: true, "classic-notebook-trusted.png");

        Assert.True(shown.Charts >= 1 && shown.Interactive == shown.Charts, $"{shown.Interactive} of {shown.Charts} charts interactive");
        Assert.True(shown.Math >= 1, "no MathML shown");
        Assert.Equal(0, shown.LatexShown);
        Assert.True(shown.Tables >= 2, $"{shown.Tables} tables");
        Assert.True(shown.PicturesDrawn >= 1, "the diagram is not drawn");
        Assert.True(shown.Equations >= 1 && shown.EquationsTypeset == shown.Equations, $"{shown.EquationsTypeset} of {shown.Equations} equations drawn");
        Assert.DoesNotContain("The picture above is complete", shown.Text, StringComparison.Ordinal);
    }

    /// <summary>The course notebook executed by nbclient on this kernel, copied into a folder of its own, with an
    /// environment whose Jupyter data folder (which holds the trust database) is its own too: signing one copy
    /// must not make another copy with the same content trusted.</summary>
    private async Task<(string Folder, string File, IReadOnlyDictionary<string, string> Environment)> ExecutedCopyAsync(string name)
    {
        await course.FeedAsync();
        var folder = Path.Combine(kernel.Root, "saved-" + name);
        Directory.CreateDirectory(folder);
        var run = await kernel.RunPythonAsync(TimeSpan.FromMinutes(8), "course.py", folder, Path.Combine(CourseRuns.NotebooksFolder, Notebook + ".ipynb"));
        var file = Path.Combine(folder, Notebook + ".ipynb");
        Assert.True(File.Exists(file), $"nbclient wrote no executed copy of {Notebook}.\n{run.Describe()}");
        var environment = new Dictionary<string, string>(kernel.Environment) { ["JUPYTER_DATA_DIR"] = Path.Combine(folder, ".jupyter-data") };
        return (folder, file, environment);
    }

    private async Task<Shown> OpenAsync(string folder, string file, IReadOnlyDictionary<string, string> environment, bool trusted, string screenshot)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does.");
        await using var server = await NotebookServer.StartAsync(folder, environment, TimeSpan.FromMinutes(1));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        // Tall enough for the whole notebook: the classic Notebook scrolls inside the page, so a full-page
        // screenshot is only as tall as the window.
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1200, Height = 9000 } });
        await context.RouteAsync("**/*", route => new Uri(route.Request.Url).Host == "127.0.0.1" ? route.ContinueAsync() : route.AbortAsync());
        var page = await context.NewPageAsync();
        var path = ScreenshotPath(screenshot);
        try
        {
            await page.GotoAsync(server.Url($"notebooks/{Path.GetFileName(file)}"), new() { Timeout = Wait });
            await page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded", null, new() { Timeout = Wait, PollingInterval = 250 });
            Assert.Equal(trusted, await page.EvaluateAsync<bool>("() => Jupyter.notebook.trusted"));
            await page.WaitForFunctionAsync("() => !window.MathJax || !MathJax.Hub || (MathJax.Hub.queue.pending === 0 && !MathJax.Hub.queue.running)",
                null, new() { Timeout = Wait, PollingInterval = 250 });
            if (trusted)
            {
                await page.WaitForFunctionAsync(
                    "() => [...document.querySelectorAll('.output_area figure.mk-chart')].every(f => f.getAttribute('data-mk-interactive') === 'true')",
                    null, new() { Timeout = Wait, PollingInterval = 250 });
            }

            var shown = JsonSerializer.Deserialize<Shown>(await page.EvaluateAsync<string>(Measure), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            await page.ScreenshotAsync(new() { FullPage = true, Path = path });
            return shown;
        }
        catch (Exception e)
        {
            await page.ScreenshotAsync(new() { FullPage = true, Path = path });
            throw new Xunit.Sdk.XunitException($"{e.Message}\nScreenshot: {path}\n--- Notebook server log ---\n{server.Log}");
        }
    }

    private static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(CourseRuns.Root, "artifacts", "kernel-tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    /// <summary>The page's measurements (see <see cref="Measure"/>).</summary>
    public sealed record Shown(
        int Displays, int InlineSvg, int Math, int Pictures, int PicturesDrawn, int Tables, int Equations, int EquationsTypeset,
        int LatexShown, int MathmlShown, int Interactive, int Charts, string Text);
}
