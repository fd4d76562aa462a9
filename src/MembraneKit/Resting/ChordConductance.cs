namespace MembraneKit;

/// <summary>
/// The chord-conductance equation: with ohmic leak pathways, the membrane rests where the currents
/// Σ g_i (V − E_i) cancel, at the conductance-weighted mean of the ions' Nernst potentials.
/// </summary>
/// <remarks>
/// V = Σ_i g_i E_i / Σ_i g_i. Each ion's "vote" is its share g_i / Σ g of the total conductance, so the ion
/// with the largest conductance (K⁺ in a resting neuron) pulls V nearest its own E. With E_K ≈ −90 mV,
/// E_Na ≈ +60 mV and g_Na/g_K ≈ 0.15–0.2, V ≈ −70 to −65 mV. Source: Hille (2001), ch. 14; Johnston &amp; Wu,
/// <i>Foundations of Cellular Neurophysiology</i> (1995), ch. 2.
/// </remarks>
public static class ChordConductance
{
    /// <summary>The conductance-weighted mean of the ions' Nernst potentials.</summary>
    /// <param name="membrane">A membrane with at least one conductance above 0; ions without a conductance do not vote.</param>
    /// <exception cref="InvalidInputException">An empty membrane, no ion with a conductance, or all conductances 0.</exception>
    public static ChordPotential Potential(Membrane membrane)
    {
        Guard.NotNull(membrane);
        MembraneCurrents.RequireConductances(membrane);
        var voting = membrane.Ions.Where(g => g.Conductance is not null).ToList();
        var total = voting.Sum(g => g.Conductance!.Value.Siemens);
        if (total <= 0)
        {
            throw new InvalidInputException("membrane", "every conductance is 0 S", "at least one conductance above 0",
                "a membrane with no open pathway has no defined resting potential");
        }

        var t = membrane.Temperature;
        var weights = voting.Select(g => new ChordWeight(g.Ion, g.Conductance!.Value, g.Nernst(t), g.Conductance.Value.Siemens / total)).ToList();
        var volts = weights.Sum(w => w.Weight * w.EquilibriumPotential.Potential.Volts);
        return new ChordPotential(membrane, Voltage.FromVoltsUnchecked(volts), new EquatableList<ChordWeight>(weights));
    }

    /// <summary>
    /// The chord potential over a range of conductance ratios g_varied / g_reference (the reference held, the
    /// other conductances held): for example V_rest against g_Na/g_K.
    /// </summary>
    /// <param name="membrane">The membrane; <paramref name="reference"/> must have a conductance above 0.</param>
    /// <param name="varied">The ion whose conductance is set to ratio × g_reference.</param>
    /// <param name="reference">The ion the ratio is taken against.</param>
    /// <param name="ratios">The ratios, each finite and not negative.</param>
    /// <exception cref="InvalidInputException">An ion missing from the membrane, a reference without a conductance,
    /// an empty or negative ratio list.</exception>
    public static PotentialSweep SweepConductanceRatio(Membrane membrane, Ion varied, Ion reference, IEnumerable<double> ratios)
    {
        Guard.NotNull(membrane);
        var list = GoldmanHodgkinKatz.RatioList(ratios);
        membrane.Gradient(varied);
        var g = membrane.Gradient(reference).Conductance is { Siemens: > 0 } c
            ? c
            : throw new InvalidInputException(nameof(reference), reference.Symbol, "an ion with a conductance above 0", $"set one with .WithConductance(Ion.{reference.Name}, 10.Nanosiemens())");
        var potentials = list.Select(ratio => Potential(membrane.WithConductance(varied, ratio * g)).Potential);
        return new PotentialSweep(membrane, varied, reference, CurrentLaw.Ohmic, list, new EquatableList<Voltage>(potentials));
    }
}
