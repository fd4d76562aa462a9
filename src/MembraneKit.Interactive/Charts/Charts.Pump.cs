namespace MembraneKit.Interactive;

public static partial class Charts
{
    /// <summary>
    /// The pump–leak run-down (or recovery) over time: V_m with E_K and E_Na computed from the concentrations
    /// at each moment, so the collapse of the gradients shows as the E lines closing in on V_m.
    /// </summary>
    /// <param name="trajectory">A simulated run (<see cref="PumpLeakCell.Simulate(TimeSpan, int)"/>).</param>
    public static ProgressiveChart PumpLeakRunDown(PumpLeakTrajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var minutes = trajectory.TimesInSeconds.Select(s => s / 60).ToArray();
        var series = new List<ChartSeries> { new("V_m", minutes, [.. trajectory.MembranePotentials.Select(v => v.Millivolts)]) };
        var temperature = trajectory.Cell.Membrane.Temperature;
        foreach (var gradient in trajectory.Cell.Membrane.Ions.Where(g => g.Ion == Ion.Potassium || g.Ion == Ion.Sodium))
        {
            var ion = gradient.Ion;
            var inside = trajectory.Inside(ion);
            var outside = trajectory.Outside(ion);
            var e = Enumerable.Range(0, trajectory.Count).Select(i => Nernst.Of(ion, inside[i], outside[i], temperature).Potential.Millivolts).ToArray();
            series.Add(new ChartSeries($"E_{ion.Formula}", minutes, e, SeriesStyle.Dashed));
        }

        var v = trajectory.MembranePotentials;
        var state = trajectory.Cell.IsPumpBlocked ? "pump blocked" : "pump running";
        return new ProgressiveChart($"Pump–leak cell over time ({state})", "time (min)", "potential (mV)", series)
            .WithDescription($"Pump–leak cell, {state}: V_m goes from {Num.Quantity(v[0])} to {Num.Quantity(v[^1])} over {Num.Sig(minutes[^1], 3)} min; dashed lines are E_K and E_Na from the concentrations at each moment.");
    }

    /// <summary>The inside concentrations of every permeant ion over a pump–leak run.</summary>
    /// <param name="trajectory">A simulated run.</param>
    public static ProgressiveChart PumpLeakConcentrations(PumpLeakTrajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var minutes = trajectory.TimesInSeconds.Select(s => s / 60).ToArray();
        var series = trajectory.Cell.Membrane.Ions
            .Select(g => new ChartSeries($"[{g.Ion.Symbol}]ᵢ", minutes, [.. trajectory.Inside(g.Ion).Select(c => c.Millimolar)]))
            .ToArray();
        return new ProgressiveChart("Inside concentrations over time", "time (min)", "concentration (mM)", series);
    }
}
