namespace MembraneKit;

/// <summary>
/// An ion's electrochemical potential μ̃ = μ⁰ + RT ln(c / c⁰) + zFψ on each side of a membrane, and their
/// difference Δμ̃ = μ̃_in − μ̃_out = RT ln(c_in / c_out) + zF·V_m. At equilibrium (V_m = E_ion) the two are
/// equal; otherwise the sign says which way the ion tends to move.
/// </summary>
/// <remarks>
/// The standard state is c⁰ = 1 M; the standard chemical potential μ⁰ is the same on both sides and is taken
/// as 0, since only differences matter. The outside is the reference for the electric potential (ψ_out = 0,
/// ψ_in = V_m).
/// </remarks>
/// <param name="Ion">The ionic species.</param>
/// <param name="MembranePotential">V_m, inside relative to outside.</param>
/// <param name="Temperature">Temperature of both solutions.</param>
/// <param name="Inside">μ̃ on the inside.</param>
/// <param name="Outside">μ̃ on the outside.</param>
public sealed record ElectrochemicalGradient(Ion Ion, Voltage MembranePotential, Temperature Temperature, MolarEnergy Inside, MolarEnergy Outside)
{
    /// <summary>Δμ̃ = μ̃_in − μ̃_out. Positive: the ion tends to leave the cell; negative: to enter it.</summary>
    public MolarEnergy Difference => Inside - Outside;

    /// <summary>Is the ion at equilibrium: |Δμ̃| below 10⁻⁶ RT?</summary>
    public bool IsAtEquilibrium => Math.Abs(Difference.InThermalUnits(Temperature)) < 1e-6;

    /// <summary>Where the ion tends to go, in words: "leaves the cell", "enters the cell" or "at equilibrium".</summary>
    public string Tendency => IsAtEquilibrium ? "at equilibrium" : Difference.JoulesPerMole > 0 ? "leaves the cell" : "enters the cell";

    /// <summary>The electrochemical potential of an ion at a concentration and electric potential:
    /// μ̃ = μ⁰ + RT ln(c / 1 M) + zFψ.</summary>
    /// <param name="charge">The valence <i>z</i>.</param>
    /// <param name="concentration">The concentration.</param>
    /// <param name="electricPotential">The electric potential ψ of the solution.</param>
    /// <param name="temperature">The temperature.</param>
    /// <param name="standardChemicalPotential">μ⁰; zero when omitted.</param>
    public static MolarEnergy Of(int charge, Concentration concentration, Voltage electricPotential, Temperature temperature, MolarEnergy standardChemicalPotential = default) =>
        standardChemicalPotential + MolarEnergy.FromJoulesPerMole(
            temperature.RTJoulesPerMole * Math.Log(concentration.Molar) + charge * PhysicalConstants.Faraday * electricPotential.Volts);

    /// <summary>The electrochemical potentials on both sides of a gradient at a membrane potential.</summary>
    /// <param name="gradient">The ion and its concentrations.</param>
    /// <param name="membranePotential">V_m, inside relative to outside.</param>
    /// <param name="temperature">The temperature.</param>
    public static ElectrochemicalGradient Across(IonGradient gradient, Voltage membranePotential, Temperature temperature)
    {
        Guard.NotNull(gradient);
        var z = gradient.Ion.Charge;
        return new ElectrochemicalGradient(
            gradient.Ion, membranePotential, temperature,
            Of(z, gradient.Inside, membranePotential, temperature),
            Of(z, gradient.Outside, Voltage.Zero, temperature));
    }

    /// <summary>Formats as "K⁺ at -70.0 mV: Δμ̃ = 2.13 kJ/mol (leaves the cell)".</summary>
    public override string ToString() => $"{Ion.Symbol} at {MembranePotential}: Δμ̃ = {Difference} ({Tendency})";
}
