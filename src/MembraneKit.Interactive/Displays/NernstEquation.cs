using static MembraneKit.Interactive.MathMl;

namespace MembraneKit.Interactive;

/// <summary>The Nernst equation in MathML, in symbols and with one ion's numbers substituted.</summary>
internal static class NernstEquation
{
    /// <summary>E_X = (RT / zF) ln([X]ₒ / [X]ᵢ) in symbols.</summary>
    internal static Markup General(string formula = "ion", string? symbol = null) => Block(
        $"E sub {formula} equals R T over z F times the natural log of the outside concentration over the inside concentration",
        Symbol("E", formula), O("="), Frac(Row(I("R"), I("T")), Row(I("z"), I("F"))), Upright("ln"),
        Paren(Frac(Conc(symbol ?? formula, "o"), Conc(symbol ?? formula, "i"))));

    /// <summary>The equation with an ion's numbers: E_K = (8.314 × 310.15)/(+1 × 96485) ln(4 / 140) = 26.73 mV × (−3.555) = −95.0 mV.</summary>
    internal static Markup Substituted(EquilibriumPotential e)
    {
        var z = e.Ion.Charge;
        var thermalMillivolts = e.Temperature.ThermalVoltage.Millivolts / z;
        var logRatio = Math.Log(e.Outside / e.Inside);
        return Block(
            $"E sub {e.Ion.Formula} equals {Num.Sig(thermalMillivolts, 4)} millivolts times ln of {Num.Compact(e.Outside.Millimolar)} over {Num.Compact(e.Inside.Millimolar)}, which is {Num.Quantity(e.Potential)}",
            Symbol("E", e.Ion.Formula), O("="),
            Frac(Row(N("8.314"), O("×"), N(Num.Fixed(e.Temperature.Kelvin, 2)), T("\u202FK")), Row(N(Num.Signed(z, 0)), O("×"), N("96485"))),
            Upright("ln"), Paren(Frac(Quantity(Num.Compact(e.Outside.Millimolar), "mM"), Quantity(Num.Compact(e.Inside.Millimolar), "mM"))),
            O("="), Quantity(Num.Sig(thermalMillivolts, 4), "mV"), O("×"), Paren(N(logRatio, 4)),
            O("="), Quantity(Num.Fixed(e.Potential.Millivolts, 1), "mV"));
    }
}
