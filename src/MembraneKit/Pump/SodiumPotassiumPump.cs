using System.Globalization;

namespace MembraneKit;

/// <summary>
/// The Na⁺/K⁺-ATPase: per ATP hydrolysed it carries <see cref="SodiumPerCycle"/> Na⁺ out of the cell and
/// <see cref="PotassiumPerCycle"/> K⁺ in (3 : 2 by default), so each cycle moves a net
/// <see cref="NetChargePerCycle"/> elementary charges outward. Immutable; made with <see cref="Standard"/>
/// or <see cref="WithStoichiometry"/>.
/// </summary>
/// <example>
/// <code>
/// var pump = SodiumPotassiumPump.Standard;
/// pump.DemandFor(3.0.Picoamperes())   // 1.87e7 Na⁺/s, 6.24e6 ATP/s
/// </code>
/// </example>
/// <remarks>
/// Stoichiometry 3 Na⁺ : 2 K⁺ : 1 ATP: R. L. Post and P. C. Jolly, Biochim. Biophys. Acta 25, 118 (1957);
/// J. C. Skou, Biochim. Biophys. Acta 23, 394 (1957). Pump current I_p = n_net · e · (cycles per second),
/// outward positive.
/// <para>
/// Activation by internal Na⁺ and external K⁺ (used by <see cref="PumpLeakCell"/>): each binding site is
/// filled independently, so the fraction of the maximal rate is
/// (c_Na,in / (c_Na,in + K_Na))^n_Na · (c_K,out / (c_K,out + K_K))^n_K, with one factor per site.
/// Default half-saturation constants K_Na = 5.46 mM and K_K = 0.621 mM, taken from the pump mechanism
/// NaKpumpSchild.mod of ModelDB entry 266498 (Pelot et al., 2020), which attributes the form and constants to
/// the nodose-neuron model of J. H. Schild et al., J. Neurophysiol. 71, 2338 (1994). The voltage factor of
/// that model is left out: here the pump rate does not depend on the membrane potential.
/// </para>
/// </remarks>
public sealed record SodiumPotassiumPump
{
    /// <summary>Most ions of one kind a cycle may carry: a bound well above any transporter known.</summary>
    public const int MaximumIonsPerCycle = 10;

    private SodiumPotassiumPump(int sodiumPerCycle, int potassiumPerCycle, Concentration sodiumHalfActivation, Concentration potassiumHalfActivation)
    {
        SodiumPerCycle = sodiumPerCycle;
        PotassiumPerCycle = potassiumPerCycle;
        SodiumHalfActivation = sodiumHalfActivation;
        PotassiumHalfActivation = potassiumHalfActivation;
    }

    /// <summary>The Na⁺/K⁺-ATPase as found in animal cells: 3 Na⁺ out and 2 K⁺ in per ATP.</summary>
    public static SodiumPotassiumPump Standard { get; } = new(3, 2, Concentration.FromMillimolar(5.46), Concentration.FromMillimolar(0.621));

    /// <summary>Na⁺ ions carried out of the cell per cycle (per ATP).</summary>
    public int SodiumPerCycle { get; private init; }

    /// <summary>K⁺ ions carried into the cell per cycle (per ATP).</summary>
    public int PotassiumPerCycle { get; private init; }

    /// <summary>Internal Na⁺ concentration that fills one Na⁺ site half the time (K_Na).</summary>
    public Concentration SodiumHalfActivation { get; private init; }

    /// <summary>External K⁺ concentration that fills one K⁺ site half the time (K_K).</summary>
    public Concentration PotassiumHalfActivation { get; private init; }

    /// <summary>Net elementary charges carried outward per cycle: Na⁺ out minus K⁺ in (1 for 3 : 2).</summary>
    public int NetChargePerCycle => SodiumPerCycle - PotassiumPerCycle;

    /// <summary>The coupling ratio r = Na⁺ out / K⁺ in (3/2 for the standard pump), the <i>r</i> of the
    /// Mullins–Noda equation.</summary>
    public double CouplingRatio => (double)SodiumPerCycle / PotassiumPerCycle;

    /// <summary>Does the pump move net charge (is it electrogenic)?</summary>
    public bool IsElectrogenic => NetChargePerCycle != 0;

    /// <summary>A pump with another stoichiometry (and the same affinities).</summary>
    /// <param name="sodiumPerCycle">Na⁺ out per ATP: a whole number from 1 to 10.</param>
    /// <param name="potassiumPerCycle">K⁺ in per ATP: a whole number from 1 to 10.</param>
    /// <exception cref="InvalidInputException">A count below 1 or above 10.</exception>
    public static SodiumPotassiumPump WithStoichiometry(int sodiumPerCycle, int potassiumPerCycle) =>
        Standard.WithIonsPerCycle(sodiumPerCycle, potassiumPerCycle);

    /// <summary>The same pump with another stoichiometry.</summary>
    /// <param name="sodiumPerCycle">Na⁺ out per ATP: a whole number from 1 to 10.</param>
    /// <param name="potassiumPerCycle">K⁺ in per ATP: a whole number from 1 to 10.</param>
    /// <exception cref="InvalidInputException">A count below 1 or above 10.</exception>
    public SodiumPotassiumPump WithIonsPerCycle(int sodiumPerCycle, int potassiumPerCycle) => this with
    {
        SodiumPerCycle = IonCount(sodiumPerCycle, nameof(sodiumPerCycle)),
        PotassiumPerCycle = IonCount(potassiumPerCycle, nameof(potassiumPerCycle)),
    };

    /// <summary>The same pump with other half-activation constants.</summary>
    /// <param name="sodiumHalfActivation">K_Na, internal Na⁺ half-filling one site.</param>
    /// <param name="potassiumHalfActivation">K_K, external K⁺ half-filling one site.</param>
    public SodiumPotassiumPump WithHalfActivation(Concentration sodiumHalfActivation, Concentration potassiumHalfActivation) =>
        this with { SodiumHalfActivation = sodiumHalfActivation, PotassiumHalfActivation = potassiumHalfActivation };

    /// <summary>The fraction of its maximal rate at which the pump runs (0 to 1), given internal Na⁺ and
    /// external K⁺: (c_Na / (c_Na + K_Na))^n_Na · (c_K / (c_K + K_K))^n_K.</summary>
    /// <param name="sodiumInside">Internal Na⁺ concentration.</param>
    /// <param name="potassiumOutside">External K⁺ concentration.</param>
    public double Activation(Concentration sodiumInside, Concentration potassiumOutside) =>
        ActivationOf(sodiumInside.Millimolar, potassiumOutside.Millimolar);

    /// <summary>The pump current for a turnover rate: I_p = n_net · e · rate (outward positive).</summary>
    /// <param name="cyclesPerSecond">Cycles (ATP hydrolysed) per second, finite and not negative.</param>
    /// <exception cref="InvalidInputException">A negative or non-finite rate.</exception>
    public Current CurrentAt(double cyclesPerSecond) =>
        Current.FromAmperes(NetChargePerCycle * PhysicalConstants.ElementaryCharge * Guard.NonNegative(cyclesPerSecond, "cycles/s"));

    /// <summary>The turnover (cycles, i.e. ATP, per second) that produces a pump current: rate = I_p / (n_net · e).</summary>
    /// <param name="pumpCurrent">The pump current, outward positive for a pump moving net positive charge out; its
    /// sign must agree with <see cref="NetChargePerCycle"/>.</param>
    /// <exception cref="InvalidInputException">The pump is not electrogenic, or the current has the wrong sign.</exception>
    public double CyclesPerSecondFor(Current pumpCurrent)
    {
        if (!IsElectrogenic)
        {
            throw new InvalidInputException(nameof(pumpCurrent), pumpCurrent.ToString(),
                "a pump that moves net charge", $"a {SodiumPerCycle} Na⁺ : {PotassiumPerCycle} K⁺ pump carries no current, so its turnover cannot be read from one");
        }

        var cycles = pumpCurrent.Amperes / (NetChargePerCycle * PhysicalConstants.ElementaryCharge);
        if (cycles < 0)
        {
            throw new InvalidInputException(nameof(pumpCurrent), pumpCurrent.ToString(),
                $"a current of the pump's sign ({(NetChargePerCycle > 0 ? "outward, positive" : "inward, negative")})");
        }

        return cycles;
    }

    /// <summary>What it costs the pump to balance a Na⁺ leak: Na⁺ and K⁺ ions per second, ATP per second,
    /// the pump current and the power drawn from ATP.</summary>
    /// <param name="sodiumLeak">The Na⁺ leak current; only its size matters (an inward leak is negative by the
    /// kit's convention, and <c>3.0.Picoamperes()</c> reads as the document's "3.0 pA leak").</param>
    /// <param name="atpFreeEnergy">ΔG of ATP hydrolysis under cellular conditions (negative);
    /// <see cref="PumpDemand.TypicalAtpFreeEnergy"/> when omitted.</param>
    /// <exception cref="InvalidInputException">A free energy that is not negative.</exception>
    public PumpDemand DemandFor(Current sodiumLeak, MolarEnergy? atpFreeEnergy = null) =>
        PumpDemand.Balancing(this, sodiumLeak, atpFreeEnergy ?? PumpDemand.TypicalAtpFreeEnergy);

    /// <summary>The least free energy one cycle needs at a membrane potential — moving the Na⁺ out and the K⁺
    /// in against their electrochemical gradients — beside what one ATP supplies.</summary>
    /// <param name="membrane">A membrane holding Na⁺ and K⁺ (concentrations and temperature).</param>
    /// <param name="membranePotential">V_m, inside relative to outside.</param>
    /// <param name="atpFreeEnergy">ΔG of ATP hydrolysis (negative); <see cref="PumpDemand.TypicalAtpFreeEnergy"/> when omitted.</param>
    /// <exception cref="InvalidInputException">Na⁺ or K⁺ missing from the membrane, or a free energy that is not negative.</exception>
    public PumpCycleEnergetics CycleEnergetics(Membrane membrane, Voltage membranePotential, MolarEnergy? atpFreeEnergy = null) =>
        PumpCycleEnergetics.Of(this, membrane, membranePotential, atpFreeEnergy ?? PumpDemand.TypicalAtpFreeEnergy);

    /// <summary>Formats as "Na⁺/K⁺-ATPase (3 Na⁺ out : 2 K⁺ in per ATP)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Na⁺/K⁺-ATPase ({SodiumPerCycle} Na⁺ out : {PotassiumPerCycle} K⁺ in per ATP)");

    /// <summary>The activation on plain millimolar values (the inner loop of the pump–leak dynamics).</summary>
    internal double ActivationOf(double sodiumInsideMillimolar, double potassiumOutsideMillimolar)
    {
        var na = Math.Max(sodiumInsideMillimolar, 0);
        var k = Math.Max(potassiumOutsideMillimolar, 0);
        return Math.Pow(na / (na + SodiumHalfActivation.Millimolar), SodiumPerCycle)
            * Math.Pow(k / (k + PotassiumHalfActivation.Millimolar), PotassiumPerCycle);
    }

    private static int IonCount(int count, string parameterName)
    {
        if (count < 1 || count > MaximumIonsPerCycle)
        {
            throw new InvalidInputException(parameterName, count.ToString(CultureInfo.InvariantCulture),
                $"a whole number of ions per cycle from 1 to {MaximumIonsPerCycle}");
        }

        return count;
    }
}
