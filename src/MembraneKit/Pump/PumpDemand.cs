using System.Globalization;

namespace MembraneKit;

/// <summary>
/// The bill for balancing a Na⁺ leak with the Na⁺/K⁺-ATPase: how many Na⁺ leak in per second, how many
/// pump cycles (ATP molecules) per second return them, the K⁺ carried back in, the pump current, and the
/// power taken from ATP. Made by <see cref="SodiumPotassiumPump.DemandFor"/>.
/// </summary>
/// <remarks>
/// Na⁺ per second = |I_leak| / e; ATP per second = (Na⁺ per second) / n_Na; K⁺ per second = n_K · ATP per second;
/// pump current = n_net · e · ATP per second (outward); power = (ATP per second / N_A) · |ΔG_ATP|.
/// For document 003's 3.0 pA leak (worked example 2720513): 3.0 × 10⁻¹² / 1.602 × 10⁻¹⁹ ≈ 1.87 × 10⁷ Na⁺/s,
/// and ÷ 3 ≈ 6.24 × 10⁶ ATP/s — "more than six million".
/// </remarks>
/// <param name="Pump">The pump (its stoichiometry).</param>
/// <param name="SodiumLeak">The Na⁺ leak current that the pump balances, as given.</param>
/// <param name="AtpFreeEnergy">ΔG of ATP hydrolysis under cellular conditions (negative).</param>
public sealed record PumpDemand(SodiumPotassiumPump Pump, Current SodiumLeak, MolarEnergy AtpFreeEnergy)
{
    /// <summary>
    /// A typical free energy of ATP hydrolysis in a living cell, −55 kJ/mol.
    /// </summary>
    /// <remarks>Cellular ΔG_ATP (the phosphorylation potential) lies between about −50 and −65 kJ/mol, far
    /// beyond the standard −30.5 kJ/mol, because ATP is kept far above its equilibrium with ADP and Pᵢ:
    /// D. L. Nelson and M. M. Cox, <i>Lehninger Principles of Biochemistry</i>, ch. 13 ("Bioenergetics"),
    /// which gives about −52 kJ/mol for human erythrocytes.</remarks>
    public static MolarEnergy TypicalAtpFreeEnergy { get; } = MolarEnergy.FromKilojoulesPerMole(-55);

    /// <summary>Na⁺ ions leaking in per second: |I_leak| / e.</summary>
    public double SodiumIonsPerSecond => Math.Abs(SodiumLeak.Amperes) / PhysicalConstants.ElementaryCharge;

    /// <summary>Pump cycles per second needed to return them, equal to ATP molecules hydrolysed per second.</summary>
    public double AtpPerSecond => SodiumIonsPerSecond / Pump.SodiumPerCycle;

    /// <summary>K⁺ ions the pump carries in per second at that rate.</summary>
    public double PotassiumIonsPerSecond => AtpPerSecond * Pump.PotassiumPerCycle;

    /// <summary>ATP hydrolysed, in mol s⁻¹.</summary>
    public double AtpMolesPerSecond => AtpPerSecond / PhysicalConstants.Avogadro;

    /// <summary>The pump's own current at that rate, n_net · e · ATP per second (outward positive).</summary>
    public Current PumpCurrent => Pump.CurrentAt(AtpPerSecond);

    /// <summary>The power drawn from ATP, in watts: ATP mol s⁻¹ × |ΔG_ATP|.</summary>
    public double PowerWatts => AtpMolesPerSecond * Math.Abs(AtpFreeEnergy.JoulesPerMole);

    /// <summary>Formats as "3 pA Na⁺ leak → 1.872e+07 Na⁺/s → 6.242e+06 ATP/s (5.70e-13 W)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Current.FromAmperes(Math.Abs(SodiumLeak.Amperes))} Na⁺ leak → {SodiumIonsPerSecond:0.000e+00} Na⁺/s → {AtpPerSecond:0.000e+00} ATP/s ({PowerWatts:0.00e+00} W)");

    /// <summary>Checks the inputs and makes the demand.</summary>
    internal static PumpDemand Balancing(SodiumPotassiumPump pump, Current sodiumLeak, MolarEnergy atpFreeEnergy)
    {
        Guard.NotNull(pump);
        return new PumpDemand(pump, sodiumLeak, RequireReleasing(atpFreeEnergy));
    }

    /// <summary>Requires a negative ΔG of hydrolysis, naming the likely sign slip.</summary>
    internal static MolarEnergy RequireReleasing(MolarEnergy atpFreeEnergy, string parameterName = "atpFreeEnergy") =>
        atpFreeEnergy.JoulesPerMole < 0
            ? atpFreeEnergy
            : throw new InvalidInputException(parameterName, atpFreeEnergy.ToString(), "a negative free energy of hydrolysis",
                atpFreeEnergy.JoulesPerMole > 0 ? $"hydrolysis releases energy; did you mean {(-atpFreeEnergy.KilojoulesPerMole).ToString("G4", CultureInfo.InvariantCulture)} kJ/mol?" : null);
}
