namespace MembraneKit.Interactive;

/// <summary>
/// plotly.js, taken from the copy Plotly.NET bundles as a resource (never a CDN), and the rule that decides
/// which chart output carries it, so that a notebook holds one copy however many charts it has.
/// </summary>
/// <remarks>
/// <para><b>The rule.</b> The first chart formatted in a process carries plotly.js, wrapped in a guard that
/// evaluates it only when <c>window.Plotly</c> is absent. Every chart (the carrier too) draws its static SVG
/// first and runs a small script that polls for <c>window.Plotly</c> and, when it appears, replaces the
/// drawing with the interactive chart. Charts never depend on the order outputs are shown in.</para>
/// <para><b>Re-runs.</b> The state is per process, so a fresh kernel or engine run carries plotly.js again on
/// its first chart. Within one process the risk is that the output holding plotly.js gets replaced: re-running
/// the carrier's cell, or "Run All" again. In a live VS Code or Jupyter page nothing breaks (plotly.js, once
/// evaluated, stays on <c>window</c> when its output is replaced), but the saved notebook would lose its
/// only copy. So the carrier is remembered by its <i>structure</i> — title, axis titles and series names,
/// not its numbers — and a chart with the same structure carries plotly.js again: re-running the carrier's
/// cell, with the same or changed parameters, puts the copy back into the output that replaces it. A chart
/// that waits in vain (the copy was lost some other way) keeps its static SVG, which is complete, and after
/// a while shows a one-line note saying how to get the interactive version back (restart and run all).</para>
/// <para><see cref="MembraneKitFormatters.Register"/> also resets the rule, so an engine that runs several
/// notebooks in one process and loads the kit for each gives each notebook its own copy.</para>
/// </remarks>
internal static class PlotlyLibrary
{
    /// <summary>The plotly.js version Plotly.NET 6.0.0 bundles.</summary>
    internal const string Version = "2.28.0";

    private const string ResourceName = "Plotly.NET.plotly-" + Version + ".min.js";
    private static readonly Lazy<string> _script = new(Load);
    private static readonly object _gate = new();
    private static string? _carrierKey;

    [ThreadStatic]
    private static bool _quiet;

    /// <summary>The script that defines window.Plotly once: the bundled plotly.js inside a guard, with the AMD
    /// and CommonJS names shadowed so that under Jupyter's require.js it still defines the global.</summary>
    internal static string Script => _script.Value;

    /// <summary>Should the chart with this structural key carry plotly.js? True for the first chart since the last
    /// reset and for any later chart with the carrier's structure.</summary>
    internal static bool ShouldCarry(string structuralKey)
    {
        if (_quiet)
        {
            return false;
        }

        lock (_gate)
        {
            if (_carrierKey is null || _carrierKey == structuralKey)
            {
                _carrierKey = structuralKey;
                return true;
            }

            return false;
        }
    }

    /// <summary>Runs <paramref name="render"/> without letting any chart it formats carry plotly.js or become the
    /// carrier: for a rendering that only reads the picture or the equations out of a display.</summary>
    internal static T Quietly<T>(Func<T> render)
    {
        var was = _quiet;
        _quiet = true;
        try
        {
            return render();
        }
        finally
        {
            _quiet = was;
        }
    }

    /// <summary>Forgets the carrier: the next chart carries plotly.js.</summary>
    internal static void Reset()
    {
        lock (_gate)
        {
            _carrierKey = null;
        }
    }

    private static string Load()
    {
        using var stream = typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Plotly.NET does not bundle {ResourceName}; the interactive charts need it.");
        using var reader = new StreamReader(stream);
        var library = reader.ReadToEnd();
        return "if(!window.Plotly){(function(define,module,exports){\n" + library + "\n}).call(window);}";
    }
}
