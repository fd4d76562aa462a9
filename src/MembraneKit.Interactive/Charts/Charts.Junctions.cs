namespace MembraneKit.Interactive;

public static partial class Charts
{
    private const int MostProfilePoints = 201;

    /// <summary>Each ion's concentration across a liquid junction at steady state, from the left solution (0) to the right one (1).</summary>
    /// <param name="profile">From <see cref="LiquidJunctionPotential.Profile"/> of a Nernst–Planck result.</param>
    public static ProgressiveChart JunctionConcentrations(JunctionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var picks = ProfilePoints(profile.Positions.Count);
        var x = picks.Select(j => profile.Positions[j]).ToArray();
        var series = profile.Ions.Select((ion, i) => new ChartSeries(ion.Symbol, x, [.. picks.Select(j => profile.Concentrations[i][j])]));
        return new ProgressiveChart("Concentrations across the junction (Nernst–Planck steady state)", "position, left (0) to right (1)", "concentration (mM)", series)
            .WithDescription($"Concentration of {string.Join(", ", profile.Ions.Select(i => i.Symbol))} from the left solution to the right one; " +
                "with ions of different valence or mobility the profiles bend away from the straight lines Henderson's equation assumes.");
    }

    /// <summary>The potential φ(x) − φ(left) across a liquid junction at steady state; its value at 1 is E_j.</summary>
    /// <param name="profile">From <see cref="LiquidJunctionPotential.Profile"/> of a Nernst–Planck result.</param>
    public static ProgressiveChart JunctionPotential(JunctionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var picks = ProfilePoints(profile.Positions.Count);
        var x = picks.Select(j => profile.Positions[j]).ToArray();
        var y = picks.Select(j => profile.PotentialMillivolts[j]).ToArray();
        var end = profile.PotentialMillivolts[^1];
        return new ProgressiveChart("Potential across the junction (Nernst–Planck steady state)", "position, left (0) to right (1)", "φ(x) − φ(left) (mV)",
            [new ChartSeries("φ", x, y)])
            .WithMarkers(new ChartMarker($"E_j = {Num.Signed(end, 2)} mV", 1, end))
            .WithDescription($"Potential across the junction relative to the left solution, reaching E_j = {Num.Signed(end, 2)} mV at the right solution.");
    }

    // At most about 200 points, always the first and the last.
    private static int[] ProfilePoints(int count)
    {
        var stride = Math.Max(1, (count - 1 + MostProfilePoints - 2) / (MostProfilePoints - 1));
        var picks = Enumerable.Range(0, count).Where(j => j % stride == 0).ToList();
        if (picks[^1] != count - 1)
        {
            picks.Add(count - 1);
        }

        return [.. picks];
    }
}
