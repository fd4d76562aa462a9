namespace MembraneKit;

/// <summary>The GHK voltage equation: the potential at which the GHK currents of all permeant ions sum to zero.</summary>
public static partial class GoldmanHodgkinKatz
{
    /// <summary>
    /// The resting (zero-current) potential of a membrane from its ions' permeabilities: the GHK voltage
    /// equation in closed form when every permeant ion is monovalent, otherwise the zero of the summed GHK
    /// currents found numerically by a bracketing solver, to the limit of double precision.
    /// </summary>
    /// <param name="membrane">A membrane whose permeant ions have a permeability (relative or absolute, not mixed);
    /// ions without a permeability, or with permeability 0, are impermeant.</param>
    /// <remarks>
    /// Closed form for K⁺, Na⁺ and Cl⁻ (and any other monovalent ions):
    /// V = (RT/F) ln[(Σ_cations P c_out + Σ_anions P c_in) / (Σ_cations P c_in + Σ_anions P c_out)].
    /// Only ratios of permeabilities matter, so scaling them all changes nothing. With divalent ions
    /// (Ca²⁺, Mg²⁺) there is no closed form in general; the potential is then the unique V with
    /// Σ_i I_i(V) = 0, which lies between the smallest and largest Nernst potential of the permeant ions
    /// because each GHK current rises monotonically through zero at its own Nernst potential.
    /// Sources: Goldman (1943); Hodgkin &amp; Katz (1949); Hille (2001), ch. 14.
    /// </remarks>
    /// <exception cref="InvalidInputException">The membrane has no ions, no ion has a permeability above 0, or
    /// relative and absolute permeabilities are mixed.</exception>
    public static GoldmanPotential Potential(Membrane membrane)
    {
        Guard.NotNull(membrane);
        var permeant = PermeantIons(membrane);
        var set = IonSet(permeant, membrane.Temperature, relativeToLargest: true);
        var closedForm = set.IsMonovalent;
        var volts = closedForm ? ClosedFormVolts(permeant, membrane.Temperature.Kelvin) : NumericalVolts(set, permeant, membrane.Temperature);
        return new GoldmanPotential(membrane, Voltage.FromVoltsUnchecked(volts), new EquatableList<IonGradient>(permeant), closedForm);
    }

    /// <summary>
    /// The membrane potential over a range of permeability ratios P_varied / P_reference, the other
    /// permeabilities held: how the reversal potential moves between the ions' Nernst potentials as the
    /// membrane (or channel) favours one ion or the other.
    /// </summary>
    /// <param name="membrane">The membrane; <paramref name="reference"/> must have a permeability above 0.</param>
    /// <param name="varied">The ion whose permeability is set to ratio × P_reference.</param>
    /// <param name="reference">The ion the ratio is taken against.</param>
    /// <param name="ratios">The ratios P_varied / P_reference, each finite and not negative.</param>
    /// <exception cref="InvalidInputException">An ion missing from the membrane, a reference without a
    /// permeability, an empty or negative ratio list.</exception>
    public static PotentialSweep SweepPermeabilityRatio(Membrane membrane, Ion varied, Ion reference, IEnumerable<double> ratios)
    {
        Guard.NotNull(membrane);
        var list = RatioList(ratios);
        membrane.Gradient(varied);
        var referencePermeability = membrane.Gradient(reference).Permeability is { Value: > 0 } p
            ? p
            : throw new InvalidInputException(nameof(reference), reference.Symbol, "an ion with a permeability above 0", $"set one with .WithPermeability(Ion.{reference.Name}, 1.0)");
        var potentials = list.Select(ratio =>
        {
            var scaled = referencePermeability.IsRelative
                ? Permeability.Relative(ratio * referencePermeability.Value)
                : Permeability.FromMetersPerSecond(ratio * referencePermeability.Value);
            return Potential(membrane.WithPermeability(varied, scaled)).Potential;
        });
        return new PotentialSweep(membrane, varied, reference, CurrentLaw.GoldmanHodgkinKatz, list, new EquatableList<Voltage>(potentials));
    }

    /// <summary>The ions with a permeability above 0, checked to be all relative or all absolute.</summary>
    internal static IReadOnlyList<IonGradient> PermeantIons(Membrane membrane)
    {
        var ions = membrane.RequireIons();
        var permeant = ions.Where(g => g.Permeability is { Value: > 0 }).ToList();
        if (permeant.Count == 0)
        {
            var given = ions.Any(g => g.Permeability is not null) ? "every permeability is 0" : "no ion has a permeability";
            throw new InvalidInputException("membrane", given, "at least one ion with a permeability above 0",
                "set permeabilities with .WithPermeability(Ion.Potassium, 1.0) (relative) or Permeability.FromCentimetersPerSecond(…)");
        }

        if (permeant.Select(g => g.Permeability!.Value.IsRelative).Distinct().Count() > 1)
        {
            throw new InvalidInputException("membrane",
                string.Join(", ", permeant.Select(g => $"P_{g.Ion.Formula} = {g.Permeability}")),
                "permeabilities of one kind: all relative or all absolute");
        }

        return permeant;
    }

    /// <summary>The permeant ions as plain numbers for the fast GHK evaluation.</summary>
    /// <param name="permeant">The ions with a permeability above 0.</param>
    /// <param name="temperature">The temperature.</param>
    /// <param name="relativeToLargest">Divide every permeability by the largest (for the zero-current potential, which
    /// depends only on their ratios): the sums then stay in range at any common scale of the permeabilities.</param>
    internal static GhkIonSet IonSet(IReadOnlyList<IonGradient> permeant, Temperature temperature, bool relativeToLargest = false)
    {
        var scale = relativeToLargest ? permeant.Max(g => g.Permeability!.Value.Value) : 1;
        return GhkIonSet.From(permeant.Select(g => (g.Ion.Charge, g.Permeability!.Value.Value / scale, g.Inside.Millimolar, g.Outside.Millimolar)), temperature.Kelvin);
    }

    /// <summary>The validated list of ratios for a sweep.</summary>
    internal static EquatableList<double> RatioList(IEnumerable<double>? ratios)
    {
        var list = new EquatableList<double>(Guard.NotNull(ratios));
        if (list.Count == 0)
        {
            throw new InvalidInputException(nameof(ratios), "empty", "at least one ratio");
        }

        foreach (var ratio in list)
        {
            Guard.NonNegative(ratio, "", nameof(ratios));
        }

        return list;
    }

    private static double ClosedFormVolts(IReadOnlyList<IonGradient> permeant, double kelvin)
    {
        // Only ratios of permeabilities matter: divide by the largest first, so that every weight is at most 1 and the
        // largest is exactly 1. The sums then neither overflow nor underflow whatever the common scale (10⁻³⁰⁰ or
        // 10³⁰⁰), and both hold the largest-permeability ion's term, at least the smallest concentration accepted.
        var largest = permeant.Max(g => g.Permeability!.Value.Value);
        double numerator = 0, denominator = 0;
        foreach (var g in permeant)
        {
            var p = g.Permeability!.Value.Value / largest;
            if (g.Ion.Charge > 0)
            {
                numerator += p * g.Outside.Millimolar;
                denominator += p * g.Inside.Millimolar;
            }
            else
            {
                numerator += p * g.Inside.Millimolar;
                denominator += p * g.Outside.Millimolar;
            }
        }

        return PhysicalConstants.GasConstant * kelvin / PhysicalConstants.Faraday * Math.Log(numerator / denominator);
    }

    private static double NumericalVolts(GhkIonSet set, IReadOnlyList<IonGradient> permeant, Temperature temperature)
    {
        // The summed current rises monotonically through zero between the lowest and highest Nernst potential; the
        // bracket is narrowed to the limit of double precision (a few units in the last place of the larger end).
        // When rounding leaves one sign at both ends (Nernst potentials a few ulps apart), the true zero still lies
        // between them, and the end with the smaller current is returned.
        var nernst = permeant.Select(g => Nernst.PotentialVolts(g.Ion.Charge, g.Inside.Millimolar, g.Outside.Millimolar, temperature.Kelvin)).ToArray();
        var lower = nernst.Min();
        var upper = nernst.Max();
        if (lower == upper)
        {
            return lower;
        }

        BracketedRoot.TryFind(set.TotalDensity, lower, upper, BracketedRoot.MachineTolerance, out var root);
        return root;
    }
}
