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
    /// Nernst potential, outward positive. Accepted: every valence (±1 … ±4), concentration (10⁻²⁴ M to 20 M),
    /// temperature (200–400 K) and potential (±10 V) the quantities allow; far from 0 V the exponential is never
    /// formed where it would overflow (the asymptotic forms P z F·u·c_in and P z F·u·c_out are exact to double
    /// precision there). Accurate to a few units in the last place, except that near the Nernst potential, where
    /// the result is a difference of two large terms, to about 10⁻¹⁵ of the larger term.</remarks>
    /// <exception cref="InvalidInputException">The gradient has no permeability, or one so large (above about 10³⁰⁰)
    /// that the current leaves the double range.</exception>
    public static IonCurrent CurrentOf(IonGradient gradient, Voltage membranePotential, Temperature temperature)
    {
        Guard.NotNull(gradient);
        var p = gradient.Permeability ?? throw new InvalidInputException(nameof(gradient), $"{gradient.Ion.Symbol} without a permeability",
            "an ion gradient with a permeability", "give one, e.g. gradient with { Permeability = Permeability.FromCentimetersPerSecond(1e-6) }");
        var value = CheckedDensity(gradient, p, membranePotential, temperature);
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

    /// <summary>The GHK I–V curve of the permeant ions of a membrane on a uniform grid, written into a buffer of yours — for
    /// loops that compute many large curves (parameter scans, animations) without allocating a new array each time.</summary>
    /// <param name="membrane">The membrane; ions with a permeability above 0 carry current.</param>
    /// <param name="from">The first voltage.</param>
    /// <param name="to">The last voltage, above <paramref name="from"/>.</param>
    /// <param name="currents">Receives the summed current (A m⁻² for absolute permeabilities, relative units for relative
    /// ones) at V_i = from + i·(to − from)/(n − 1), n = its length, at least 2: the numbers <see cref="IVCurve(Membrane, Voltage, Voltage, int)"/>
    /// gives in <see cref="MembraneKit.IVCurve.Currents"/>.</param>
    /// <returns>The reversal potentials: every voltage where the current crosses zero, refined to the limit of double precision.</returns>
    /// <exception cref="InvalidInputException">No permeant ion, mixed kinds of permeability, from ≥ to, fewer than 2 elements,
    /// or a current beyond the double range (a permeability above about 10³⁰⁰).</exception>
    public static IReadOnlyList<Voltage> FillIVCurve(Membrane membrane, Voltage from, Voltage to, Span<double> currents)
    {
        var (_, set, unit, _) = CurveInputs(membrane);
        var (first, step) = MembraneKit.IVCurve.Grid(from, to, currents.Length, nameof(currents));
        return MembraneKit.IVCurve.FillAndScan(set.TotalDensity, set.FillUniform, unit, first, step, currents);
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

    /// <summary>The GHK current density of one ion, refused (never ±∞) when a huge permeability takes it out of the double range.</summary>
    internal static double CheckedDensity(IonGradient gradient, Permeability permeability, Voltage membranePotential, Temperature temperature)
    {
        var value = CurrentDensity(gradient.Ion.Charge, permeability.Value, gradient.Inside.Millimolar, gradient.Outside.Millimolar, membranePotential.Volts, temperature.Kelvin);
        return double.IsFinite(value)
            ? value
            : throw new InvalidInputException(nameof(gradient), $"P_{gradient.Ion.Formula} = {permeability}",
                $"a permeability small enough that the current at {membranePotential} is a finite number", "only ratios of relative permeabilities matter; scale them down");
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
