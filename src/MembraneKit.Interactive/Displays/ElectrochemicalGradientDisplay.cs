using static MembraneKit.Interactive.MathMl;

namespace MembraneKit.Interactive;

/// <summary>Display of an <see cref="ElectrochemicalGradient"/>: μ̃ on each side, Δμ̃ with its equation and
/// numbers, and which way the ion tends to move.</summary>
internal static class ElectrochemicalGradientDisplay
{
    internal static string Html(ElectrochemicalGradient g)
    {
        var t = g.Temperature;
        var table = new Table()
            .Column("Side").Column("ψ", "mV").Column("μ̃", "kJ/mol")
            .Row("inside", Num.Fixed(g.MembranePotential.Millivolts, 1), Num.Sig(g.Inside.KilojoulesPerMole, 4))
            .Row("outside", "0.0", Num.Sig(g.Outside.KilojoulesPerMole, 4))
            .Row("Δμ̃ = in − out", Num.Fixed(g.MembranePotential.Millivolts, 1), Num.Sig(g.Difference.KilojoulesPerMole, 4));

        // Δμ̃ = RT ln(c_in/c_out) + zFV, the two terms from the two μ̃ (μ⁰ cancels).
        var electrical = g.Ion.Charge * PhysicalConstants.Faraday * g.MembranePotential.Volts / 1000;
        var chemical = g.Difference.KilojoulesPerMole - electrical;
        var equation = Block(
            "delta mu tilde equals R T ln of inside over outside concentration plus z F V m",
            O("Δ"), I("μ̃"), O("="), I("R"), I("T"), Upright("ln"), Paren(Frac(Conc(g.Ion.Formula, "i"), Conc(g.Ion.Formula, "o"))),
            O("+"), I("z"), I("F"), Sub(I("V"), I("m")),
            O("="), Quantity(Num.Sig(chemical, 4), "kJ/mol"), O(electrical < 0 ? "−" : "+"), Quantity(Num.Sig(Math.Abs(electrical), 4), "kJ/mol"),
            O("="), Quantity(Num.Sig(g.Difference.KilojoulesPerMole, 4), "kJ/mol"));
        return new Card("gradient", $"Electrochemical gradient of {g.Ion.Symbol} at V_m = {Num.Quantity(g.MembranePotential)}", g.ToString())
            .Table(table)
            .Equation("chemical term + electrical term (μ⁰ is the same on both sides and cancels)", equation)
            .Verdict(Verdict(g))
            .Note($"Δμ̃ = {Num.Sig(g.Difference.InThermalUnits(t), 3)} RT at {Num.Quantity(t)}; standard state 1 M.")
            .UsesConstants()
            .ToHtml();
    }

    internal static string Text(ElectrochemicalGradient g) => g.ToString();

    private static string Verdict(ElectrochemicalGradient g) => g.IsAtEquilibrium
        ? $"{g.Ion.Symbol} is at equilibrium: μ̃ is the same on both sides, no net flux."
        : g.Difference.JoulesPerMole > 0
            ? $"μ̃ is higher inside: {g.Ion.Symbol} tends to leave the cell (Δμ̃ = {Num.Sig(g.Difference.KilojoulesPerMole, 3)} kJ/mol > 0)."
            : $"μ̃ is higher outside: {g.Ion.Symbol} tends to enter the cell (Δμ̃ = {Num.Sig(g.Difference.KilojoulesPerMole, 3)} kJ/mol < 0).";
}
