namespace MembraneKit.Interactive.Tests;

/// <summary>
/// The samples of <see cref="AllSamples"/> built again from names that are markup, in every place a user
/// names something: an ion of their own (name and formula), a redox couple's species and source, a
/// selectivity filter's name, signature, source and mechanism, a liquid junction's ion, a conductance's
/// label, and a chart's title, axis titles and series names. Each is paired with the same sample built from
/// plain names, so a test can compare what the markup changed.
/// </summary>
internal static class HostileSamples
{
    /// <summary>Attacks on the contexts a display writes into: element text, a quoted attribute, a script, SVG and CDATA.</summary>
    internal static readonly string[] Attacks =
    [
        "<img src=x onerror=alert(1)>",
        "\"'><b data-attack=2>bold</b>",
        "</script><script>alert(3)</script>",
        "]]></title></desc></svg><svg onload=alert(4)>",
    ];

    private static readonly Lazy<IReadOnlyList<(string Name, object Standard, object Hostile)>> _all = new(Build);

    internal static IReadOnlyList<(string Name, object Standard, object Hostile)> All => _all.Value;

    internal static Ion Cation { get; } = Ion.Define(Attacks[0], Attacks[1], 1);

    internal static Ion Anion { get; } = Ion.Define(Attacks[2], Attacks[3], -1);

    private static IReadOnlyList<(string, object, object)> Build()
    {
        var cell = Samples.Cell.With(Cation, inside: 10, outside: 100).With(Anion, inside: 20, outside: 5);
        var hostile = new SampleInputs(
            cell,
            Cation,
            Anion,
            RedoxCouple.Define(Attacks[1] + Attacks[2], Attacks[0], Voltage.FromVolts(0.771), 1, 1.0.Molar(), 1.0.Molar(), Temperature.Standard, Attacks[3]),
            RedoxCouple.Define(Attacks[3], Attacks[2], Voltage.FromVolts(0.151), 2, 1.0.Molar(), 1.0.Molar(), Temperature.Standard, Attacks[0]),
            SelectivityFilter.Define(Attacks[0], Attacks[1], Cation, Ion.Potassium, MolarEnergy.FromKilojoulesPerMole(-5), Temperature.Body, Attacks[2], isIllustrative: true, Attacks[3]),
            Ion.Define(Attacks[2], Attacks[0], 1, 349.8),
            VoltageDependentConductance.From(v => Conductance.FromNanosiemens(20 / (1 + Math.Exp((v.Millivolts + 80) / 10))), Attacks[1] + Attacks[3]));
        var pairs = AllSamples.All.Zip(AllSamples.Build(hostile), (plain, evil) => (plain.Name, plain.Value, evil.Value)).ToList();

        double[] x = [0, 1, 2, 3];
        double[] y = [-70, -55, 20, -75];
        pairs.Add(("Charts.Line", Charts.Line("title", "x", "y", x, y, "series"), Charts.Line(Attacks[0], Attacks[1], Attacks[2], x, y, Attacks[3])));
        pairs.Add(("Charts.Lines", Charts.Lines("title", "x", "y", new ChartSeries("one", x, y), new ChartSeries("two", x, x, SeriesStyle.Dashed)),
            Charts.Lines(Attacks[3], Attacks[2], Attacks[1], new ChartSeries(Attacks[0], x, y), new ChartSeries(Attacks[2], x, x, SeriesStyle.Dashed))));
        pairs.Add(("Charts.Function", Charts.Function("title", "x", "y", v => v * v, -1, 1, 11, "series"), Charts.Function(Attacks[1], Attacks[0], Attacks[3], v => v * v, -1, 1, 11, Attacks[2])));
        pairs.Add(("Charts.NernstSweep", Charts.NernstSweep(Samples.Cell, Ion.Sodium), Charts.NernstSweep(cell, Cation)));
        pairs.Add(("Charts.ElectrochemicalGradient", Charts.ElectrochemicalGradient(Samples.Cell, Ion.Sodium), Charts.ElectrochemicalGradient(cell, Cation)));
        return pairs;
    }
}
