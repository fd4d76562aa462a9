using System.Globalization;

namespace MembraneKit;

// Henderson's equation for any ions, and Planck's closed form for one 1:1 salt.
public sealed partial record LiquidJunction
{
    /// <summary>
    /// The junction potential by Henderson's equation, for any set of ions.
    /// </summary>
    /// <remarks>
    /// <para>Zero current in the Nernst–Planck model gives dφ/dx = −(RT/F) Σ sgn(zᵢ) uᵢ dcᵢ/dx / Σ |zᵢ| uᵢ cᵢ,
    /// with uᵢ the electric mobility (Dᵢ = uᵢ RT / (|zᵢ| F)). Henderson assumes each concentration varies linearly
    /// from left (L) to right (R); integrating,</para>
    /// <para>E_j = φ_R − φ_L = −(RT/F) · [Σ sgn(zᵢ) uᵢ (cᵢᴿ − cᵢᴸ)] / [Σ |zᵢ| uᵢ (cᵢᴿ − cᵢᴸ)] · ln(Σ |zᵢ| uᵢ cᵢᴿ / Σ |zᵢ| uᵢ cᵢᴸ),</para>
    /// <para>the last two factors being taken together as ln(S_R/S_L)/(S_R − S_L), which tends to 1/S_L when the
    /// two sides conduct equally, so nothing divides by zero. Ion i's term, −(RT/F) sgn(zᵢ) uᵢ Δcᵢ ln(S_R/S_L)/(S_R − S_L),
    /// is its <see cref="JunctionIonContribution.Contribution"/>. Source: P. Henderson, Z. Phys. Chem. 59, 118 (1907);
    /// Bard &amp; Faulkner, <i>Electrochemical Methods</i>, 2nd ed. (2001), §2.3.4.</para>
    /// </remarks>
    /// <exception cref="InvalidInputException">No ions, a side with no ions, or a side that is not electrically neutral.</exception>
    public LiquidJunctionPotential Henderson()
    {
        RequireNeutralSides();
        var ions = IonList.AsSpan();
        double leftConduction = 0, rightConduction = 0;
        foreach (var i in ions)
        {
            var weight = Math.Abs(i.Ion.Charge) * i.Mobility;
            leftConduction += weight * i.LeftMillimolar;
            rightConduction += weight * i.RightMillimolar;
        }

        var difference = rightConduction - leftConduction;
        var logRatioOverDifference = difference == 0 ? 1 / leftConduction : Math.Log(rightConduction / leftConduction) / difference;
        var thermalVolts = PhysicalConstants.GasConstant * Temperature.Kelvin / PhysicalConstants.Faraday;

        // Plain loops, no LINQ: a notebook slider re-runs this, and the target is a microsecond.
        var terms = new JunctionIonContribution[ions.Length];
        double total = 0;
        for (var k = 0; k < ions.Length; k++)
        {
            var i = ions[k];
            var weight = Math.Abs(i.Ion.Charge) * i.Mobility;
            var term = -thermalVolts * Math.Sign(i.Ion.Charge) * i.Mobility * (i.RightMillimolar - i.LeftMillimolar) * logRatioOverDifference;
            total += term;
            terms[k] = new JunctionIonContribution(i.Ion, i.LeftMillimolar, i.RightMillimolar, i.Mobility,
                weight * i.LeftMillimolar / leftConduction, weight * i.RightMillimolar / rightConduction, Voltage.FromVoltsUnchecked(term));
        }

        return new LiquidJunctionPotential(this, JunctionPotentialMethod.Henderson, Voltage.FromVoltsUnchecked(total), terms);
    }

    /// <summary>
    /// The junction potential of one 1:1 salt at two concentrations by Planck's solution, exact in the
    /// Nernst–Planck model whatever the concentration profile.
    /// </summary>
    /// <remarks>
    /// <para>With a single 1:1 salt, electroneutrality forces c₊ = c₋ = c(x) everywhere, so zero current gives
    /// dφ/dx = −(RT/F) (u₊ − u₋)/(u₊ + u₋) · d ln c/dx, which integrates without any assumption about c(x):</para>
    /// <para>E_j = φ_R − φ_L = (t₊ − t₋) (RT/F) ln(c_L / c_R),  t± = u± / (u₊ + u₋).</para>
    /// <para>The cation's term is t₊ (RT/F) ln(c_L/c_R), the anion's −t₋ (RT/F) ln(c_L/c_R). Equal concentrations give
    /// exactly 0 (nothing divides by zero). For HCl 0.1 M ∣ 0.01 M at 25 °C the limiting mobilities give t₊ = 0.821 and
    /// E_j = +38.0 mV; the transference number at finite concentration, t₊ ≈ 0.83, gives ≈ 39 mV (Bard &amp; Faulkner
    /// (2001) §2.3.4 treat this type of junction). Source: M. Planck, Ann. Phys. 276, 561 (1890).</para>
    /// </remarks>
    /// <param name="cation">A cation of charge +1 with a known limiting conductivity.</param>
    /// <param name="anion">An anion of charge −1 with a known limiting conductivity.</param>
    /// <param name="left">Salt concentration on the left (reference) side.</param>
    /// <param name="right">Salt concentration on the right side.</param>
    /// <param name="temperature">Temperature of both solutions.</param>
    /// <exception cref="InvalidInputException">An ion that is not monovalent of the right sign, or lacks a limiting conductivity.</exception>
    public static LiquidJunctionPotential Planck(Ion cation, Ion anion, Concentration left, Concentration right, Temperature temperature)
    {
        RequireSalt(cation, anion);
        if (cation.Charge != 1)
        {
            throw new InvalidInputException(nameof(cation), cation.Symbol, "a monovalent cation (Planck's closed form is for a 1:1 salt)", "use LiquidJunction.Electrolyte(…).Henderson() for other salts");
        }

        if (anion.Charge != -1)
        {
            throw new InvalidInputException(nameof(anion), anion.Symbol, "a monovalent anion (Planck's closed form is for a 1:1 salt)", "use LiquidJunction.Electrolyte(…).Henderson() for other salts");
        }

        var junction = Electrolyte(cation, anion, left, right, temperature);
        var plus = junction.IonList[0].Mobility;
        var minus = junction.IonList[1].Mobility;
        var cationTransference = plus / (plus + minus);
        var anionTransference = minus / (plus + minus);
        var nernstVolts = PhysicalConstants.GasConstant * temperature.Kelvin / PhysicalConstants.Faraday * Math.Log(left / right);
        return new LiquidJunctionPotential(junction, JunctionPotentialMethod.Planck, Voltage.FromVoltsUnchecked((cationTransference - anionTransference) * nernstVolts),
        [
            new(cation, left.Millimolar, right.Millimolar, plus, cationTransference, cationTransference, Voltage.FromVoltsUnchecked(cationTransference * nernstVolts)),
            new(anion, left.Millimolar, right.Millimolar, minus, anionTransference, anionTransference, Voltage.FromVoltsUnchecked(-anionTransference * nernstVolts)),
        ]);
    }

    private void RequireNeutralSides()
    {
        if (IonList.Count == 0)
        {
            throw new InvalidInputException("junction", "a junction with no ions", "at least one ion on each side",
                "add ions with .With(Ion.Hydrogen, left: 100, right: 10)");
        }

        RequireNeutral("left", left: true);
        RequireNeutral("right", left: false);
    }

    private void RequireNeutral(string side, bool left)
    {
        double net = 0, total = 0;
        foreach (var ion in IonList.AsSpan())
        {
            var (charge, millimolar) = (ion.Ion.Charge, left ? ion.LeftMillimolar : ion.RightMillimolar);
            net += charge * millimolar;
            total += Math.Abs(charge) * millimolar;
        }

        if (total == 0)
        {
            throw new InvalidInputException("junction", $"no ions on the {side} side", $"at least one ion in the {side} solution");
        }

        if (Math.Abs(net) > 1e-6 * total)
        {
            throw new InvalidInputException("junction", $"a {side} solution with net charge {net.ToString("+0.######;-0.######", CultureInfo.InvariantCulture)} mM (as charge equivalents)",
                "electrically neutral solutions on both sides (Σ z c = 0)", "add the counter-ions, or use LiquidJunction.Electrolyte(…)");
        }
    }
}
