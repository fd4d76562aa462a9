using System.Globalization;

namespace MembraneKit;

/// <summary>
/// The least free energy one pump cycle needs at a membrane potential, set beside what one ATP supplies:
/// carrying n_Na Na⁺ from inside to outside and n_K K⁺ from outside to inside, each against its
/// electrochemical gradient. Made by <see cref="SodiumPotassiumPump.CycleEnergetics"/>.
/// </summary>
/// <remarks>
/// Work per mole of cycles: ΔG_transport = n_Na (μ̃_Na,out − μ̃_Na,in) + n_K (μ̃_K,in − μ̃_K,out)
/// = −n_Na Δμ̃_Na + n_K Δμ̃_K, with Δμ̃ = μ̃_in − μ̃_out = RT ln(c_in/c_out) + zF V_m (see
/// <see cref="MembraneKit.ElectrochemicalGradient"/>). ATP suffices when ΔG_transport + ΔG_ATP &lt; 0.
/// Example (37 °C, K⁺ 140/4 mM, Na⁺ 15/145 mM, V_m = −70 mV): 3 × 12.6 + 2 × 2.4 ≈ 42.6 kJ/mol, less than
/// the ≈ 55 kJ/mol one ATP releases.
/// </remarks>
/// <param name="Pump">The pump (its stoichiometry).</param>
/// <param name="MembranePotential">V_m, inside relative to outside.</param>
/// <param name="Sodium">Na⁺ electrochemical potentials on both sides at V_m.</param>
/// <param name="Potassium">K⁺ electrochemical potentials on both sides at V_m.</param>
/// <param name="AtpFreeEnergy">ΔG of ATP hydrolysis (negative).</param>
public sealed record PumpCycleEnergetics(SodiumPotassiumPump Pump, Voltage MembranePotential, ElectrochemicalGradient Sodium, ElectrochemicalGradient Potassium, MolarEnergy AtpFreeEnergy)
{
    /// <summary>Work to carry the Na⁺ of one cycle (per mole of cycles) out: −n_Na Δμ̃_Na.</summary>
    public MolarEnergy SodiumWork => MolarEnergy.FromJoulesPerMole(-Pump.SodiumPerCycle * Sodium.Difference.JoulesPerMole);

    /// <summary>Work to carry the K⁺ of one cycle (per mole of cycles) in: n_K Δμ̃_K.</summary>
    public MolarEnergy PotassiumWork => MolarEnergy.FromJoulesPerMole(Pump.PotassiumPerCycle * Potassium.Difference.JoulesPerMole);

    /// <summary>The least free energy a cycle needs, ΔG_transport = <see cref="SodiumWork"/> + <see cref="PotassiumWork"/>.</summary>
    public MolarEnergy RequiredFreeEnergy => SodiumWork + PotassiumWork;

    /// <summary>The free energy one ATP supplies, −ΔG_ATP (positive).</summary>
    public MolarEnergy AvailableFreeEnergy => -AtpFreeEnergy;

    /// <summary>What is left over per cycle (dissipated as heat): available − required.</summary>
    public MolarEnergy Surplus => AvailableFreeEnergy - RequiredFreeEnergy;

    /// <summary>Does one ATP pay for one cycle (required &lt; available)?</summary>
    public bool AtpSuffices => RequiredFreeEnergy < AvailableFreeEnergy;

    /// <summary>Thermodynamic efficiency: the fraction of the ATP's free energy stored in the gradients.</summary>
    public double Efficiency => RequiredFreeEnergy.JoulesPerMole / AvailableFreeEnergy.JoulesPerMole;

    /// <summary>Formats as "at -70.0 mV a cycle needs 42.62 kJ/mol; one ATP gives 55.00 kJ/mol (ATP suffices)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"at {MembranePotential} a cycle needs {RequiredFreeEnergy}; one ATP gives {AvailableFreeEnergy} ({(AtpSuffices ? "ATP suffices" : "ATP does not suffice")})");

    /// <summary>Checks the inputs and evaluates both gradients.</summary>
    internal static PumpCycleEnergetics Of(SodiumPotassiumPump pump, Membrane membrane, Voltage membranePotential, MolarEnergy atpFreeEnergy)
    {
        Guard.NotNull(pump);
        Guard.NotNull(membrane);
        PumpDemand.RequireReleasing(atpFreeEnergy);
        return new PumpCycleEnergetics(pump, membranePotential,
            membrane.ElectrochemicalGradient(Ion.Sodium, membranePotential),
            membrane.ElectrochemicalGradient(Ion.Potassium, membranePotential),
            atpFreeEnergy);
    }
}
