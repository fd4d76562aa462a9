namespace MembraneKit;

/// <summary>The GHK current equation for one ion, and I–V curves built from it.</summary>
public static partial class GoldmanHodgkinKatz
{
    /// <summary>
    /// One ion's GHK current at a membrane potential: a density in A m⁻² for an absolute permeability, or
    /// relative units (see <see cref="CurrentUnit.Relative"/>) for a relative one.
    /// </summary>
    /// <param name="gradient">The ion, its concentrations and its permeability (required).</param>
    /// <param name="membranePotential">V, inside relative to outside.</param>
    /// <param name="temperature">The temperature.</param>
    /// <remarks>I = P z² F² V/(RT) · (c_in − c_out e^(−zFV/RT)) / (1 − e^(−zFV/RT)); zero exactly at the ion's
    /// Nernst potential, outward positive.</remarks>
    /// <exception cref="InvalidInputException">The gradient has no permeability.</exception>
    public static IonCurrent CurrentOf(IonGradient gradient, Voltage membranePotential, Temperature temperature)
    {
        Guard.NotNull(gradient);
        var p = gradient.Permeability ?? throw new InvalidInputException(nameof(gradient), $"{gradient.Ion.Symbol} without a permeability",
            "an ion gradient with a permeability", "give one, e.g. gradient with { Permeability = Permeability.FromCentimetersPerSecond(1e-6) }");
        var value = CurrentDensity(gradient.Ion.Charge, p.Value, gradient.Inside.Millimolar, gradient.Outside.Millimolar, membranePotential.Volts, temperature.Kelvin);
        var unit = p.IsRelative ? CurrentUnit.Relative : CurrentUnit.AmperesPerSquareMeter;
        return new IonCurrent(gradient.Ion, CurrentLaw.GoldmanHodgkinKatz, membranePotential, gradient.Nernst(temperature), value, unit) { Permeability = p };
    }

    /// <summary>One ion's GHK current through a patch of membrane, in amperes.</summary>
    /// <param name="gradient">The ion, its concentrations and its absolute permeability.</param>
    /// <param name="membranePotential">V, inside relative to outside.</param>
    /// <param name="temperature">The temperature.</param>
    /// <param name="area">The membrane area.</param>
    /// <exception cref="InvalidInputException">The gradient has no permeability, or a relative one (which has no absolute current).</exception>
    public static IonCurrent CurrentOf(IonGradient gradient, Voltage membranePotential, Temperature temperature, Area area)
    {
        var density = CurrentOf(gradient, membranePotential, temperature);
        return density.Unit == CurrentUnit.AmperesPerSquareMeter
            ? density.ForArea(area)
            : throw new InvalidInputException(nameof(gradient), $"P_{gradient.Ion.Formula} = {gradient.Permeability}", "an absolute permeability",
                "a relative permeability gives currents only in relative units; use Permeability.FromCentimetersPerSecond(…)");
    }

    /// <summary>The GHK I–V curve of the permeant ions of a membrane (their summed current), on a uniform grid.</summary>
    /// <param name="membrane">The membrane; ions with a permeability above 0 carry current.</param>
    /// <param name="from">The first voltage.</param>
    /// <param name="to">The last voltage, above <paramref name="from"/>.</param>
    /// <param name="points">The number of voltages, at least 2.</param>
    /// <exception cref="InvalidInputException">No permeant ion, mixed kinds of permeability, from ≥ to, or fewer than 2 points.</exception>
    public static IVCurve IVCurve(Membrane membrane, Voltage from, Voltage to, int points)
    {
        var (ions, set, unit, description) = CurveInputs(membrane);
        var curve = MembraneKit.IVCurve.Compute(description, ions, set.TotalDensity, set.FillUniform, unit, from, to, points);
        return curve with { Membrane = membrane };
    }

    /// <summary>The GHK I–V curve of the permeant ions of a membrane at voltages of your choosing (for example a
    /// recorded voltage protocol), given as plain millivolts — a span, so an array or part of one serves.</summary>
    /// <param name="membrane">The membrane; ions with a permeability above 0 carry current.</param>
    /// <param name="millivolts">The voltages in mV, finite and strictly increasing; at least two.</param>
    /// <exception cref="InvalidInputException">No permeant ion, mixed kinds of permeability, or voltages that are
    /// fewer than two, not finite or not increasing.</exception>
    public static IVCurve IVCurve(Membrane membrane, ReadOnlySpan<double> millivolts)
    {
        var (ions, set, unit, description) = CurveInputs(membrane);
        var curve = MembraneKit.IVCurve.Compute(description, ions, set.TotalDensity, millivolts, unit, nameof(millivolts));
        return curve with { Membrane = membrane };
    }

    private static (Ion[] Ions, GhkIonSet Set, CurrentUnit Unit, string Description) CurveInputs(Membrane membrane)
    {
        Guard.NotNull(membrane);
        var permeant = PermeantIons(membrane);
        var unit = permeant[0].Permeability!.Value.IsRelative ? CurrentUnit.Relative : CurrentUnit.AmperesPerSquareMeter;
        var description = $"GHK current through {string.Join(", ", permeant.Select(g => g.Ion.Symbol))}";
        return ([.. permeant.Select(g => g.Ion)], IonSet(permeant, membrane.Temperature), unit, description);
    }
}
