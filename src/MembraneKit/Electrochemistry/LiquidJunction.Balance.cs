namespace MembraneKit;

// Making each side neutral by adjusting one named ion: explicit, never silent.
public sealed partial record LiquidJunction
{
    /// <summary>
    /// The same junction with one ion's concentrations changed so that each side is electrically neutral. Recipes rarely
    /// balance exactly (a buffer titrated "to pH 7.3 with KOH", ATP of uncertain charge); LJPcalc silently changes the
    /// ion with the largest right-side concentration, here you name the ion and see the change.
    /// </summary>
    /// <param name="ion">An ion already in the junction; its concentration on each side becomes −Σ(others) zc / z.</param>
    /// <exception cref="InvalidInputException">The ion is not in the junction, or balancing would need a negative concentration
    /// (the message gives the side and the amount).</exception>
    public LiquidJunction BalancedBy(Ion ion)
    {
        var known = Guard.NotNull(ion);
        var index = IonList.ToList().FindIndex(i => i.Ion == known);
        if (index < 0)
        {
            throw new InvalidInputException(nameof(ion), known.Symbol, $"an ion of the junction ({string.Join(", ", IonList.Select(i => i.Ion.Symbol))})");
        }

        var others = IonList.Where((_, i) => i != index).ToArray();
        var left = -others.Sum(i => i.Ion.Charge * i.LeftMillimolar) / known.Charge;
        var right = -others.Sum(i => i.Ion.Charge * i.RightMillimolar) / known.Charge;
        foreach (var (side, value) in new[] { ("left", left), ("right", right) })
        {
            if (value < 0)
            {
                throw new InvalidInputException(nameof(ion), known.Symbol,
                    $"an ion whose {side} concentration can balance the {side} side ({known.Symbol} would need {Guard.Format(value)} mM)",
                    $"balance with an ion of the other sign");
            }
        }

        return With(known, Snap(left), Snap(right), nameof(ion));
    }

    // A sum that cancels to rounding error is zero, not 10⁻¹⁴ mM.
    private double Snap(double millimolar) =>
        millimolar < 1e-12 * IonList.Sum(i => Math.Abs(i.Ion.Charge) * (i.LeftMillimolar + i.RightMillimolar)) ? 0 : millimolar;
}
