namespace MembraneKit.Interactive;

/// <summary>Displays of an <see cref="Ion"/> and of an <see cref="IonGradient"/>.</summary>
internal static class IonDisplay
{
    internal static string Html(Ion ion)
    {
        var table = new Table().Column("Ion").Column("name").Column("z").Column("λ°", "S cm² mol⁻¹").Column("mobility", "m² V⁻¹ s⁻¹").Column("D", "m² s⁻¹")
            .Row(ion.Symbol, ion.Name, Num.Signed(ion.Charge, 0), Optional(ion.LimitingEquivalentConductivity, 4), Optional(ion.Mobility, 3), Optional(ion.DiffusionCoefficient, 3));
        return new Card("ion", $"{ion.Name} ({ion.Symbol})", ion.Name + ion.Formula + ion.Charge)
            .Table(table)
            .Note("Limiting conductivity at infinite dilution and 25 °C (CRC Handbook, Vanýsek); mobility u = λ°/F, D = RTλ°/(|z|F²).")
            .UsesConstants()
            .ToHtml();
    }

    internal static string Text(Ion ion) => $"{ion.Symbol} ({ion.Name}, z = {Num.Signed(ion.Charge, 0)})";

    internal static string Html(IonGradient g)
    {
        var table = new Table().Column("Ion").Column("inside", "mM").Column("outside", "mM").Column("out/in").Column("permeability").Column("conductance")
            .Row(g.Ion.Symbol, Num.Compact(g.Inside.Millimolar), Num.Compact(g.Outside.Millimolar), Num.Sig(g.Outside / g.Inside, 3),
                g.Permeability is { } p ? Num.Quantity(p) : "—", g.Conductance is { } c ? Num.Quantity(c) : "—");
        return new Card("gradient", $"Gradient of {g.Ion.Symbol}", Text(g))
            .Table(table)
            .Note("Its Nernst potential depends on the temperature: gradient.Nernst(37.Celsius()).")
            .ToHtml();
    }

    internal static string Text(IonGradient g)
    {
        var text = $"{g.Ion.Symbol}: {g.Inside} inside, {g.Outside} outside";
        text += g.Permeability is { } p ? $", P = {p}" : "";
        return text + (g.Conductance is { } c ? $", g = {c}" : "");
    }

    private static string Optional(double? value, int digits) => value is { } v ? Num.Sig(v, digits) : "—";
}
