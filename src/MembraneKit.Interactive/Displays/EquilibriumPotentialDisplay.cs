namespace MembraneKit.Interactive;

/// <summary>Display of an <see cref="EquilibriumPotential"/>: its inputs, the Nernst equation with the numbers
/// substituted, and what the value means.</summary>
internal static class EquilibriumPotentialDisplay
{
    internal static string Html(EquilibriumPotential e)
    {
        var table = new Table()
            .Column("Ion").Column("z").Column("inside", "mM").Column("outside", "mM").Column("temperature").Column("RT/zF", "mV").Column($"E_{e.Ion.Formula}", "mV")
            .Row(e.Ion.Symbol, Num.Signed(e.Ion.Charge, 0), Num.Compact(e.Inside.Millimolar), Num.Compact(e.Outside.Millimolar),
                Num.Quantity(e.Temperature), Num.Sig(e.ThermalVoltage.Millivolts / e.Ion.Charge, 4), Num.Fixed(e.Potential.Millivolts, 1));
        return new Card("nernst", $"Equilibrium (Nernst) potential of {e.Ion.Symbol}: {Num.Quantity(e.Potential)}", e.ToString() + e.Inside + e.Outside + e.Temperature)
            .Table(table)
            .Equation("Nernst equation", NernstEquation.General(e.Ion.Formula, e.Ion.Symbol))
            .Equation("with the numbers", NernstEquation.Substituted(e))
            .Verdict(Verdict(e))
            .UsesConstants()
            .ToHtml();
    }

    /// <summary>A list of equilibrium potentials (<see cref="Membrane.EquilibriumPotentials"/>) as one compact table.</summary>
    internal static string Html(IEnumerable<EquilibriumPotential> potentials)
    {
        var list = potentials.ToList();
        var table = new Table().Column("Ion").Column("z").Column("inside", "mM").Column("outside", "mM").Column("E_ion", "mV");
        foreach (var e in list)
        {
            table.Row(e.Ion.Symbol, Num.Signed(e.Ion.Charge, 0), Num.Compact(e.Inside.Millimolar), Num.Compact(e.Outside.Millimolar), Num.Fixed(e.Potential.Millivolts, 1));
        }

        var temperatures = list.Select(e => e.Temperature).Distinct().ToList();
        return new Card("nernst", "Equilibrium (Nernst) potentials" + (temperatures.Count == 1 ? $" at {Num.Quantity(temperatures[0])}" : ""), string.Join(";", list))
            .Table(table)
            .Equation("Nernst equation", NernstEquation.General())
            .UsesConstants()
            .ToHtml();
    }

    internal static string Text(IEnumerable<EquilibriumPotential> potentials) => string.Join("; ", potentials);

    internal static string Text(EquilibriumPotential e) =>
        $"{e} ({e.Ion.Symbol}: {e.Inside} inside, {e.Outside} outside, {e.Temperature})";

    private static string Verdict(EquilibriumPotential e)
    {
        var side = e.Potential.Millivolts switch
        {
            > 0.05 => "positive",
            < -0.05 => "negative",
            _ => "zero",
        };
        return $"At V_m = {Num.Quantity(e.Potential)} (inside {side}) the electric force on {e.Ion.Symbol} exactly balances its diffusion, so its net flux is zero.";
    }
}
