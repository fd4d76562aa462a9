namespace MembraneKit.Interactive;

/// <summary>
/// Ready-made charts, one line each in a notebook cell: <c>Charts.NernstSweep(Ion.Potassium, …)</c>. Each
/// returns a <see cref="ProgressiveChart"/>, which displays as a static SVG that becomes an interactive
/// Plotly chart where scripts run. Every number comes from the physics library.
/// </summary>
public static partial class Charts
{
    /// <summary>Default number of points along a swept axis.</summary>
    public const int DefaultPoints = 201;

    /// <summary>A chart of one curve from x and y values.</summary>
    /// <param name="title">The title.</param>
    /// <param name="xAxisTitle">The x-axis title with its unit.</param>
    /// <param name="yAxisTitle">The y-axis title with its unit.</param>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values, as many as x.</param>
    /// <param name="name">The curve's name for the legend.</param>
    public static ProgressiveChart Line(string title, string xAxisTitle, string yAxisTitle, IEnumerable<double> x, IEnumerable<double> y, string name = "") =>
        new(title, xAxisTitle, yAxisTitle, [new ChartSeries(name, [.. x], [.. y])]);

    /// <summary>A chart of several curves.</summary>
    /// <param name="title">The title.</param>
    /// <param name="xAxisTitle">The x-axis title with its unit.</param>
    /// <param name="yAxisTitle">The y-axis title with its unit.</param>
    /// <param name="series">The curves.</param>
    public static ProgressiveChart Lines(string title, string xAxisTitle, string yAxisTitle, params ChartSeries[] series) =>
        new(title, xAxisTitle, yAxisTitle, series);

    /// <summary>A chart of a function sampled at evenly spaced x: <c>Charts.Function("…", "x", "y", x => x * x, 0, 10)</c>.</summary>
    /// <param name="title">The title.</param>
    /// <param name="xAxisTitle">The x-axis title with its unit.</param>
    /// <param name="yAxisTitle">The y-axis title with its unit.</param>
    /// <param name="function">The function to plot.</param>
    /// <param name="from">First x.</param>
    /// <param name="to">Last x.</param>
    /// <param name="points">Number of samples, at least 2.</param>
    /// <param name="name">The curve's name for the legend.</param>
    public static ProgressiveChart Function(string title, string xAxisTitle, string yAxisTitle, Func<double, double> function, double from, double to, int points = DefaultPoints, string name = "")
    {
        ArgumentNullException.ThrowIfNull(function);
        var x = Sweep(from, to, points);
        return Line(title, xAxisTitle, yAxisTitle, x, x.Select(function), name);
    }

    /// <summary>
    /// An ion's Nernst potential as its outside concentration varies (log axis), the inside held fixed:
    /// for K⁺, the hyperkalemia curve — E_K rises by about 61 mV per tenfold [K⁺]ₒ at 37 °C.
    /// </summary>
    /// <param name="membrane">The membrane supplying the temperature and the ion's inside concentration.</param>
    /// <param name="ion">An ion of the membrane.</param>
    /// <param name="fromMillimolar">Lowest outside concentration, mM.</param>
    /// <param name="toMillimolar">Highest outside concentration, mM.</param>
    /// <param name="points">Number of samples.</param>
    public static ProgressiveChart NernstSweep(Membrane membrane, Ion ion, double fromMillimolar = 1, double toMillimolar = 100, int points = DefaultPoints)
    {
        ArgumentNullException.ThrowIfNull(membrane);
        var gradient = membrane.Gradient(ion);
        var outside = LogSweep(fromMillimolar, toMillimolar, points);
        var e = outside.Select(o => Nernst.Of(ion, gradient.Inside, Concentration.FromMillimolar(o), membrane.Temperature).Potential.Millivolts).ToArray();
        var now = membrane.Nernst(ion);
        return new ProgressiveChart(
            $"E_{ion.Formula} against [{ion.Symbol}]ₒ ([{ion.Symbol}]ᵢ = {Num.Quantity(gradient.Inside)}, {Num.Quantity(membrane.Temperature)})",
            $"[{ion.Symbol}]ₒ (mM)", "potential (mV)",
            [new ChartSeries($"E_{ion.Formula}", outside, e)])
        { LogX = true }
            .WithMarkers(new ChartMarker($"now: {Num.Quantity(gradient.Outside)} → {Num.Quantity(now.Potential)}", gradient.Outside.Millimolar, now.Potential.Millivolts));
    }

    /// <summary>
    /// Δμ̃ of an ion across the membrane against the membrane potential: a straight line crossing zero at the
    /// ion's equilibrium potential (marked), positive where the ion tends to leave the cell.
    /// </summary>
    /// <param name="membrane">The membrane.</param>
    /// <param name="ion">An ion of the membrane.</param>
    /// <param name="fromMillivolts">Lowest membrane potential, mV.</param>
    /// <param name="toMillivolts">Highest membrane potential, mV.</param>
    /// <param name="points">Number of samples.</param>
    public static ProgressiveChart ElectrochemicalGradient(Membrane membrane, Ion ion, double fromMillivolts = -120, double toMillivolts = 80, int points = DefaultPoints)
    {
        ArgumentNullException.ThrowIfNull(membrane);
        var v = Sweep(fromMillivolts, toMillivolts, points);
        var mu = v.Select(mv => membrane.ElectrochemicalGradient(ion, Voltage.FromMillivolts(mv)).Difference.KilojoulesPerMole).ToArray();
        var e = membrane.Nernst(ion).Potential;
        return new ProgressiveChart($"Electrochemical gradient of {ion.Symbol} (Δμ̃ = μ̃_in − μ̃_out)", "membrane potential V_m (mV)", "Δμ̃ (kJ/mol)",
            [new ChartSeries($"Δμ̃ of {ion.Symbol}", v, mu)])
            .WithMarkers(new ChartMarker($"E_{ion.Formula} = {Num.Quantity(e)}", e.Millivolts, 0))
            .WithReferenceLines(ReferenceLine.Horizontal(0, "equilibrium: Δμ̃ = 0"))
            .WithDescription($"Δμ̃ of {ion.Symbol} against V_m from {Num.Fixed(fromMillivolts, 0)} to {Num.Fixed(toMillivolts, 0)} mV, zero at E_{ion.Formula} = {Num.Quantity(e)}; above zero the ion tends to leave the cell.");
    }

    /// <summary>Evenly spaced values from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    internal static double[] Sweep(double from, double to, int points)
    {
        if (points < 2 || !double.IsFinite(from) || !double.IsFinite(to) || from == to)
        {
            throw new InvalidInputException(nameof(points), $"{points} points from {from} to {to}", "at least 2 points over a finite, non-empty range");
        }

        return [.. Enumerable.Range(0, points).Select(i => from + (to - from) * i / (points - 1))];
    }

    /// <summary>Logarithmically spaced values from <paramref name="from"/> to <paramref name="to"/>, both above 0.</summary>
    internal static double[] LogSweep(double from, double to, int points)
    {
        if (!(from > 0 && to > 0))
        {
            throw new InvalidInputException(nameof(from), $"{from} to {to}", "a range of positive values for a logarithmic axis");
        }

        return [.. Sweep(Math.Log(from), Math.Log(to), points).Select(Math.Exp)];
    }
}
