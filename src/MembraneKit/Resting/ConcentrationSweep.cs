namespace MembraneKit;

/// <summary>
/// One ion's outside concentration varied over a range with everything else held: at each value the ion's
/// Nernst potential and the membrane's resting potential (GHK when the membrane has permeabilities,
/// otherwise the chord-conductance potential). The hyperkalemia picture: E_K and V_rest against [K⁺]ₒ.
/// </summary>
/// <param name="Membrane">The membrane the sweep started from.</param>
/// <param name="Ion">The ion whose outside concentration was varied.</param>
/// <param name="OutsideConcentrations">The outside concentrations, in the order given.</param>
/// <param name="EquilibriumPotentials">The ion's Nernst potential at each concentration.</param>
/// <param name="RestingPotentials">The membrane's resting potential at each concentration.</param>
/// <remarks>Both curves are logarithmic in the concentration: each doubling of [ion]ₒ moves the Nernst
/// potential by (RT/zF) ln 2, 18.5 mV for K⁺ at 37 °C. The resting potential moves less, because the other
/// permeant ions hold it back.</remarks>
public sealed record ConcentrationSweep(Membrane Membrane, Ion Ion, IReadOnlyList<Concentration> OutsideConcentrations,
    IReadOnlyList<Voltage> EquilibriumPotentials, IReadOnlyList<Voltage> RestingPotentials)
{
    /// <summary>Sweeps an ion's outside concentration.</summary>
    /// <param name="membrane">The membrane; it must hold the ion and permeabilities or conductances.</param>
    /// <param name="ion">The ion to vary.</param>
    /// <param name="outsideMillimolar">Outside concentrations in mM, each above 0; at least one.</param>
    /// <exception cref="InvalidInputException">The ion is absent, the list is empty, or a concentration is not positive.</exception>
    public static ConcentrationSweep Of(Membrane membrane, Ion ion, IEnumerable<double> outsideMillimolar)
    {
        Guard.NotNull(membrane);
        var inside = membrane.Gradient(ion).Inside;
        var values = Guard.NotEmpty(Guard.NotNull(outsideMillimolar).ToArray(), "concentration", nameof(outsideMillimolar));
        var concentrations = new Concentration[values.Count];
        var equilibrium = new Voltage[values.Count];
        var resting = new Voltage[values.Count];
        var i = 0;
        foreach (var millimolar in values)
        {
            var varied = membrane.With(ion, inside, ConcentrationAt(millimolar, i));
            concentrations[i] = varied.Gradient(ion).Outside;
            equilibrium[i] = varied.Nernst(ion).Potential;
            resting[i] = varied.RestingPotential();
            i++;
        }

        return new ConcentrationSweep(membrane, ion, concentrations, equilibrium, resting);
    }

    /// <summary>Formats as "K⁺ outside from 2 mM to 12 mM: E from -113.5 mV to -65.6 mV, V_rest from … to …".</summary>
    public override string ToString() =>
        $"{Ion.Symbol} outside from {OutsideConcentrations[0]} to {OutsideConcentrations[^1]}: E from {EquilibriumPotentials[0]} to {EquilibriumPotentials[^1]}, V_rest from {RestingPotentials[0]} to {RestingPotentials[^1]}";

    private static Concentration ConcentrationAt(double millimolar, int index)
    {
        try
        {
            return Concentration.FromMillimolar(millimolar);
        }
        catch (InvalidInputException e)
        {
            throw new InvalidInputException($"outsideMillimolar[{index}]", e.Value, e.Allowed, e.Hint);
        }
    }
}
