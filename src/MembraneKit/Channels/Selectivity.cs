namespace MembraneKit;

/// <summary>
/// Selectivity as energetics: the permeability ratio of two ions from the difference of the free-energy
/// barriers they meet in a channel (the net cost of shedding the hydration shell and being coordinated by
/// the filter), and back (id 2720507).
/// </summary>
/// <remarks>
/// <para>P_X/P_Y = exp(−ΔΔG/RT) with ΔΔG = ΔG‡_X − ΔG‡_Y, the barrier of ion X minus that of ion Y, in
/// J mol⁻¹; inversely ΔΔG = −RT ln(P_X/P_Y). A lower barrier for X (ΔΔG &lt; 0) makes X the more permeant
/// ion; every RT ln 10 (5.9 kJ/mol at 37 °C) is a factor of ten.</para>
/// <para>This is the single-barrier (Eyring rate-theory) reading of selectivity, in which permeability is
/// proportional to exp(−ΔG‡/RT) with the same prefactor for both ions; real pores with several sites and
/// ion–ion interactions depart from it. Source: B. Hille, <i>Ion Channels of Excitable Membranes</i>, 3rd
/// ed. (2001), chapters "Selective permeability: independence" and "Selective permeability: saturation and
/// binding" (Eyring rate theory).</para>
/// </remarks>
public static class Selectivity
{
    /// <summary>The largest |ΔΔG|/RT accepted: beyond ≈ 700 the ratio overflows a double.</summary>
    public const double MaximumThermalUnits = 700;

    /// <summary>The permeability ratio P_X/P_Y = exp(−ΔΔG/RT) from a barrier difference ΔΔG = ΔG‡_X − ΔG‡_Y.</summary>
    /// <param name="barrierDifference">ΔΔG, the barrier of X minus the barrier of Y.</param>
    /// <param name="temperature">The temperature that sets RT.</param>
    /// <exception cref="InvalidInputException">|ΔΔG| above 700 RT (the ratio would overflow).</exception>
    public static double PermeabilityRatio(MolarEnergy barrierDifference, Temperature temperature)
    {
        var thermalUnits = barrierDifference.InThermalUnits(temperature);
        if (Math.Abs(thermalUnits) > MaximumThermalUnits)
        {
            throw new InvalidInputException(nameof(barrierDifference), barrierDifference.ToString(),
                $"a barrier difference within ±{Guard.Format(MaximumThermalUnits)} RT (±{Guard.Format(MaximumThermalUnits * temperature.RTJoulesPerMole / 1000)} kJ/mol at {temperature})",
                "was a value in J/mol given as kJ/mol?");
        }

        return Math.Exp(-thermalUnits);
    }

    /// <summary>The barrier difference ΔΔG = ΔG‡_X − ΔG‡_Y = −RT ln(P_X/P_Y) that a permeability ratio implies.</summary>
    /// <param name="permeabilityRatio">P_X/P_Y, finite and above 0.</param>
    /// <param name="temperature">The temperature that sets RT.</param>
    /// <exception cref="InvalidInputException">The ratio is zero, negative or not finite.</exception>
    public static MolarEnergy BarrierDifference(double permeabilityRatio, Temperature temperature) =>
        MolarEnergy.FromJoulesPerMole(-temperature.RTJoulesPerMole * Math.Log(Guard.Positive(permeabilityRatio)));
}
