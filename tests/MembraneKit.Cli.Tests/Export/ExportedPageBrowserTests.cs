using MembraneKit.Cli.Tests.Course;
using Microsoft.Playwright;

namespace MembraneKit.Cli.Tests;

/// <summary>
/// A page written by <c>membranekit run --html</c> from a notebook that loads the kit, draws two charts and
/// carries hostile markdown and names, opened in Debian's chromium (never a downloaded browser): one copy of
/// plotly.js, every chart interactive, no console error, no request off the machine, no dialog, and no
/// <c>javascript:</c> (or <c>data:</c>/<c>vbscript:</c>) address anywhere in the DOM.
/// </summary>
public sealed class ExportedPageBrowserTests(CourseKitFixture kit) : IClassFixture<CourseKitFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] Cells =
    [
        "#r \"nuget: MembraneKit.Interactive, VERSION\"",
        "var cell = Membrane.At(37.Celsius()).With(Ion.Potassium, inside: 140, outside: 4).With(Ion.Sodium, inside: 15, outside: 145);\ncell",
        "Charts.NernstSweep(cell, Ion.Potassium, 1, 20)",
        "Charts.Line(\"<img src=x onerror=alert(3)>\", \"x\", \"y\", new double[] { 0, 1, 2 }, new double[] { 1, 4, 9 }, \"[s](javascript:alert(4))\")",
    ];

    private const string HostileMarkdown = "# A page <script>alert(1)</script>\n\n[click](javascript:alert(2)) [data](data:text/html,<script>alert(5)</script>) <vbscript:msgbox(6)> [ok](https://example.org)\n\n[ref]\n\n[ref]: JaVaScRiPt:alert(7)";

    [Fact]
    public async Task An_exported_page_has_one_plotly_interactive_charts_no_errors_and_no_active_hostile_links()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does.");
        Assert.False(string.IsNullOrEmpty(kit.SetupLog));
        var folder = Path.Combine(CourseNotebooks.Root, "artifacts", "test-pages", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var html = await ExportAsync(folder);
            await using var browser = await BrowserSession.StartAsync();
            var page = browser.Page;
            await page.GotoAsync(new Uri(html).AbsoluteUri);

            await page.WaitForFunctionAsync(
                "() => { const f = [...document.querySelectorAll('figure.mk-chart')]; return f.length === 2 && f.every(x => x.getAttribute('data-mk-interactive') === 'true' && x.querySelector('.js-plotly-plot .main-svg')); }",
                null, new() { Timeout = 90_000, PollingInterval = 250 });
            Assert.Equal(1, await page.Locator("script.mk-plotly-js").CountAsync());
            Assert.Equal(1, await page.EvaluateAsync<int>("() => [...document.scripts].filter(s => s.textContent.includes('plotly.js v')).length"));

            // Interactive: dragging across a chart's plot area zooms it, as a reader would.
            var before = await page.EvaluateAsync<double[]>("() => document.querySelector('figure.mk-chart .js-plotly-plot')._fullLayout.xaxis.range.slice()");
            var plot = page.Locator("figure.mk-chart .js-plotly-plot .nsewdrag").First;
            await plot.ScrollIntoViewIfNeededAsync();
            var box = await plot.BoundingBoxAsync() ?? throw new InvalidOperationException("the chart's plot area has no box");
            await page.Mouse.MoveAsync(box.X + box.Width * 0.3f, box.Y + box.Height * 0.5f);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(box.X + box.Width * 0.6f, box.Y + box.Height * 0.5f, new() { Steps = 10 });
            await page.Mouse.UpAsync();
            await page.WaitForFunctionAsync(
                "before => { const r = document.querySelector('figure.mk-chart .js-plotly-plot')._fullLayout.xaxis.range; return r[0] > before[0] && r[1] < before[1]; }",
                before, new() { Timeout = 30_000 });

            var active = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => [e.localName, a.name, a.value, e.classList.contains('mk-picture')]))
                    .filter(([, , v]) => /^(javascript|vbscript|data):/i.test(v.replace(/[\u0000-\u0020\u007f]/g, '')) && !/^data:image\/(png|jpeg);base64,/i.test(v))
                    // The kit's pictures: an SVG in an <img>, which a browser draws without running anything in it.
                    .filter(([n, a, v, picture]) => !(picture && n === 'img' && a === 'src' && /^data:image\/svg\+xml;base64,/.test(v)))
                    .map(x => x.slice(0, 3).join(' '))
                """);
            Assert.Empty(active);
            Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.links].filter(l => /^(javascript|vbscript|data):/i.test(l.protocol)).length"));
            Assert.Equal(1, await page.Locator("a[href='https://example.org']").CountAsync());
            Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
            Assert.Empty(browser.Problems);
            Assert.Empty(browser.Requests);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> ExportAsync(string folder)
    {
        // The repository's NuGet.config (cleared sources, the registry) applies above this folder; this one adds the kit's feed.
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><add key="membranekit-local" value="{Path.Combine(CourseNotebooks.Root, "artifacts", "packages")}" /></packageSources></configuration>
            """);
        var notebook = MembraneKit.Notebooks.Notebook.Parse(new System.Text.Json.Nodes.JsonObject
        {
            ["cells"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["cell_type"] = "markdown",
                ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
                ["source"] = HostileMarkdown,
            }),
            ["metadata"] = System.Text.Json.Nodes.JsonNode.Parse(MembraneKit.Notebooks.Notebook.CreateEmpty().Metadata.ToJsonString()),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
        }.ToJsonString());
        foreach (var source in Cells)
        {
            notebook.AddCell(MembraneKit.Notebooks.NotebookCell.CreateCode(source.Replace("VERSION", CourseNotebooks.KitVersion(), StringComparison.Ordinal), kernelName: "csharp"));
        }

        var path = Path.Combine(folder, "page <b>.ipynb");
        notebook.Save(path);
        var (code, output, error) = await CliRun.RunAsync("run", path, "--out", Path.Combine(folder, "out"), "--html");
        Assert.True(code == 0, output + error);
        return Path.Combine(folder, "out", "page <b>.html");
    }

    /// <summary>Chromium with a fresh profile, JavaScript on, every request off the machine refused and recorded.</summary>
    private sealed class BrowserSession : IAsyncDisposable
    {
        private IPlaywright _playwright = null!;
        private IBrowser _browser = null!;

        public IPage Page { get; private set; } = null!;

        public List<string> Problems { get; } = [];

        public List<string> Requests { get; } = [];

        public static async Task<BrowserSession> StartAsync()
        {
            var session = new BrowserSession { _playwright = await Playwright.CreateAsync() };
            session._browser = await session._playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Chromium,
                Headless = true,
                Timeout = 60_000,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var context = await session._browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 800 } });
            context.SetDefaultTimeout(60_000);
            await context.RouteAsync("**/*", async route =>
            {
                if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
                {
                    await route.ContinueAsync();
                }
                else
                {
                    session.Requests.Add(route.Request.Url);
                    await route.AbortAsync();
                }
            });
            session.Page = await context.NewPageAsync();
            session.Page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    session.Problems.Add("console: " + message.Text);
                }
            };
            session.Page.PageError += (_, error) => session.Problems.Add("page error: " + error);
            session.Page.Dialog += async (_, dialog) =>
            {
                session.Problems.Add("dialog: " + dialog.Message);
                await dialog.DismissAsync();
            };
            return session;
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.CloseAsync();
            _playwright.Dispose();
        }
    }
}
