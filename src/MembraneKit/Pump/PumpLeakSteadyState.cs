using System.Globalization;

namespace MembraneKit;

/// <summary>
/// The membrane potential of a pump–leak steady state (Mullins–Noda), set beside the potential without the
/// pump's electrogenic term: how far the pump's own current hyperpolarises the membrane.
/// Made by <see cref="Of"/> or <see cref="Membrane.PumpLeakPotential()"/>.
/// </summary>
/// <remarks>
/// When a pump with coupling ratio r = n_Na/n_K balances passive GHK leaks of Na⁺ and K⁺ (so that the Na⁺
/// leak is r times the K⁺ leak and the total current is zero):
/// V = (RT/F) ln((r P_K [K]_o + P_Na [Na]_o) / (r P_K [K]_i + P_Na [Na]_i)).
/// With r = 1 this is the two-ion GHK voltage equation (no electrogenic term); with r = 3/2 the potential is
/// more negative whenever E_K &lt; E_Na. Cl⁻ is taken as passively distributed (at equilibrium), so it
/// carries no net current and drops out. Source: L. J. Mullins and K. Noda, J. Gen. Physiol. 47, 117 (1963).
/// For 37 °C, K⁺ 140/4 mM, Na⁺ 15/145 mM and P_Na/P_K = 0.01–0.05 the shift is about −2.5 to −6.4 mV.
/// </remarks>
/// <param name="Temperature">Temperature of both solutions.</param>
/// <param name="Potassium">K⁺ concentrations (and permeability).</param>
/// <param name="Sodium">Na⁺ concentrations (and permeability).</param>
/// <param name="PermeabilityRatio">P_Na / P_K.</param>
/// <param name="CouplingRatio">r = Na⁺ out / K⁺ in per pump cycle.</param>
public sealed record PumpLeakSteadyState(Temperature Temperature, IonGradient Potassium, IonGradient Sodium, double PermeabilityRatio, double CouplingRatio)
{
    /// <summary>The pump–leak (Mullins–Noda) potential with the coupling ratio <see cref="CouplingRatio"/>.</summary>
    public Voltage Potential => PotentialWith(CouplingRatio);

    /// <summary>The same formula with r = 1: the two-ion GHK potential, without the electrogenic term.</summary>
    public Voltage NonElectrogenicPotential => PotentialWith(1);

    /// <summary>The pump's electrogenic contribution, <see cref="Potential"/> − <see cref="NonElectrogenicPotential"/>
    /// (negative: a hyperpolarisation).</summary>
    public Voltage ElectrogenicShift => Potential - NonElectrogenicPotential;

    /// <summary>Reads K⁺, Na⁺ and their permeabilities from a membrane.</summary>
    /// <param name="membrane">A membrane holding K⁺ and Na⁺, each with a permeability of the same kind (both
    /// relative or both absolute); P_K above 0. Other ions are ignored.</param>
    /// <param name="couplingRatio">r = Na⁺ out / K⁺ in per cycle (3/2 for the Na⁺/K⁺-ATPase); finite, above 0.</param>
    /// <exception cref="InvalidInputException">An ion or permeability missing, permeabilities of mixed kinds,
    /// P_K = 0, or a coupling ratio that is not a finite positive number.</exception>
    public static PumpLeakSteadyState Of(Membrane membrane, double couplingRatio)
    {
        Guard.NotNull(membrane);
        Guard.Positive(couplingRatio);
        var potassium = membrane.Gradient(Ion.Potassium);
        var sodium = membrane.Gradient(Ion.Sodium);
        var pK = potassium.Permeability ?? throw MissingPermeability(Ion.Potassium);
        var pNa = sodium.Permeability ?? throw MissingPermeability(Ion.Sodium);
        if (pK.IsRelative != pNa.IsRelative)
        {
            throw new InvalidInputException(nameof(membrane), $"P_K = {pK}, P_Na = {pNa}", "permeabilities of one kind, both relative or both absolute");
        }

        if (pK.Value <= 0)
        {
            throw new InvalidInputException(nameof(membrane), $"P_K = {pK}", "a K⁺ permeability above 0",
                "without a K⁺ leak the pump has nothing to balance its K⁺ uptake");
        }

        return new PumpLeakSteadyState(membrane.Temperature, potassium, sodium, pNa / pK, couplingRatio);
    }

    /// <summary>The Mullins–Noda potential for any coupling ratio r (for a sweep of r).</summary>
    /// <param name="couplingRatio">r, finite and above 0.</param>
    /// <exception cref="InvalidInputException">r not a finite positive number.</exception>
    public Voltage PotentialWith(double couplingRatio)
    {
        var r = Guard.Positive(couplingRatio);
        var numerator = r * Potassium.Outside.Millimolar + PermeabilityRatio * Sodium.Outside.Millimolar;
        var denominator = r * Potassium.Inside.Millimolar + PermeabilityRatio * Sodium.Inside.Millimolar;
        return Voltage.FromVoltsUnchecked(Temperature.ThermalVoltage.Volts * Math.Log(numerator / denominator));
    }

    /// <summary>Formats as "V = -84.5 mV with r = 1.5, -80.5 mV with r = 1 (pump adds -4.0 mV)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"V = {Potential} with r = {CouplingRatio:G4}, {NonElectrogenicPotential} with r = 1 (pump adds {ElectrogenicShift})");

    private static InvalidInputException MissingPermeability(Ion ion) => new(
        "membrane", $"{ion.Symbol} without a permeability", $"a permeability for {ion.Symbol}",
        $"set one with .WithPermeability(Ion.{ion.Name}, …)");
}
