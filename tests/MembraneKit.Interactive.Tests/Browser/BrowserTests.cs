using Microsoft.Playwright;

namespace MembraneKit.Interactive.Tests;

/// <summary>Launches Debian's chromium once (never a downloaded browser) for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    internal const string Chromium = "/usr/bin/chromium";

    public IPlaywright? Playwright { get; private set; }

    public IBrowser? Browser { get; private set; }

    public string PagePath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        PagePath = DisplayPage.Write();
        if (!File.Exists(Chromium))
        {
            return;
        }

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();

        // Playwright gives a non-persistent browser a fresh, empty profile (--user-data-dir in a new temp folder).
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
    }
}

[Collection(FormatterCollection.Name)]
public class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<(IPage Page, List<string> Problems, List<string> Requests)> Open(bool javaScript, string? initScript = null)
    {
        Assert.True(fixture.Browser is not null, $"{BrowserFixture.Chromium} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does.");
        var context = await fixture.Browser!.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 1000, Height = 800 } });
        var requests = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                requests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        if (initScript is not null)
        {
            await context.AddInitScriptAsync(initScript);
        }

        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        await page.GotoAsync(new Uri(fixture.PagePath).AbsoluteUri);
        return (page, problems, requests);
    }

    [Fact]
    public async Task With_scripts_every_chart_becomes_an_interactive_plotly_chart_offline()
    {
        var (page, problems, requests) = await Open(javaScript: true);

        var charts = await page.Locator("figure.mk-chart").CountAsync();
        Assert.True(charts >= 10, $"only {charts} charts on the page");
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('figure.mk-chart')].every(f => f.getAttribute('data-mk-interactive') === 'true' && f.querySelector('.js-plotly-plot .main-svg'))",
            null, new() { Timeout = 90_000, PollingInterval = 250 });

        var hiddenStatics = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('figure.mk-chart .mk-chart-static')].filter(s => getComputedStyle(s).display === 'none').length");
        Assert.Equal(charts, hiddenStatics);
        Assert.Equal(1, await page.Locator("script.mk-plotly-js").CountAsync());
        Assert.Equal(0, await page.Locator("b").CountAsync());
        var screenshot = await page.ScreenshotAsync(new() { FullPage = true, Path = Repository.Artifacts("browser", "displays.png") });
        Assert.True(PngPixels.InkFraction(screenshot) > 0.02, "the screenshot is blank");
        Assert.Empty(problems);
        Assert.Empty(requests);
        await page.Context.CloseAsync();
    }

    /// <summary>VS Code replaces a cell's output when the cell is re-run, and the output that carried plotly.js may
    /// go; a chart output added afterwards (inserted the way notebook renderers do, scripts re-created) still
    /// becomes interactive because plotly.js stays on window.</summary>
    [Fact]
    public async Task A_chart_added_after_the_carrier_output_is_gone_still_becomes_interactive()
    {
        var (page, problems, requests) = await Open(javaScript: true);
        await page.WaitForFunctionAsync("() => window.Plotly && window.Plotly.newPlot", null, new() { Timeout = 60_000 });

        await page.EvaluateAsync(@"html => {
            document.querySelector('script.mk-plotly-js').closest('section').remove();
            const output = document.createElement('section');
            output.id = 'late-output';
            output.innerHTML = html;
            for (const old of output.querySelectorAll('script')) {
                const s = document.createElement('script');
                s.textContent = old.textContent;
                old.replaceWith(s);
            }
            document.body.appendChild(output);
        }", DisplayPage.LateChart);

        Assert.Equal(0, await page.Locator("script.mk-plotly-js").CountAsync());
        await page.WaitForFunctionAsync("() => document.querySelector('#late-output figure.mk-chart[data-mk-interactive=true] .js-plotly-plot')", null, new() { Timeout = 30_000 });
        Assert.Empty(problems);
        Assert.Empty(requests);
        await page.Context.CloseAsync();
    }

    /// <summary>Classic Jupyter pages load require.js, whose AMD <c>define</c> makes plotly.js register as a module
    /// instead of setting window.Plotly; the carrier hides <c>define</c> so the charts still find it.</summary>
    [Fact]
    public async Task Charts_become_interactive_on_a_page_with_an_amd_loader()
    {
        var (page, problems, requests) = await Open(javaScript: true, "window.define = function () { window.__amdCalls = (window.__amdCalls || 0) + 1; }; window.define.amd = true;");
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('figure.mk-chart')].every(f => f.getAttribute('data-mk-interactive') === 'true')",
            null, new() { Timeout = 90_000, PollingInterval = 250 });
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__amdCalls || 0"));
        Assert.Empty(problems);
        Assert.Empty(requests);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_scripts_every_chart_shows_its_static_picture()
    {
        var (page, problems, requests) = await Open(javaScript: false);

        var visibleSvgs = await page.Locator("figure.mk-chart .mk-chart-static img.mk-picture").EvaluateAllAsync<int>(
            "imgs => imgs.filter(i => { const r = i.getBoundingClientRect(); return i.complete && i.naturalWidth > 300 && r.width > 300 && r.height > 200; }).length");
        Assert.Equal(await page.Locator("figure.mk-chart").CountAsync(), visibleSvgs);
        Assert.Equal(0, await page.Locator(".js-plotly-plot").CountAsync());
        Assert.True(await page.Locator(".mk-figure img.mk-picture").First.IsVisibleAsync());
        Assert.True(await page.Locator("math").First.IsVisibleAsync());
        // With the displays' own stylesheet, every MathML equation shows and its LaTeX fallback does not.
        Assert.Equal(await page.Locator(".mk-mathml").CountAsync(), await page.Locator(".mk-mathml").EvaluateAllAsync<int>("es => es.filter(e => e.getBoundingClientRect().height > 8).length"));
        Assert.Equal(0, await page.Locator(".mk-tex").EvaluateAllAsync<int>("es => es.filter(e => e.getClientRects().length > 0).length"));
        await page.ScreenshotAsync(new() { FullPage = true, Path = Repository.Artifacts("browser", "displays-no-script.png") });
        Assert.Empty(problems);
        Assert.Empty(requests);
        await page.Context.CloseAsync();
    }
}
