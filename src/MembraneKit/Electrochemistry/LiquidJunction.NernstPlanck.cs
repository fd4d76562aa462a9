namespace MembraneKit;

// The stationary Nernst–Planck solution for any mixture: the method of LJPcalc.
public sealed partial record LiquidJunction
{
    /// <summary>
    /// The junction potential from the stationary Nernst–Planck equations, for any mixture of ions of any valence (the
    /// method of LJPcalc), with the concentration and potential profiles across the junction.
    /// </summary>
    /// <remarks>
    /// <para>Each ion's flux Jᵢ = −Dᵢ (dcᵢ/dx + zᵢ cᵢ (F/RT) dφ/dx) is the same at every point (steady state); the solution
    /// is electrically neutral everywhere (Σ zᵢ cᵢ = 0) and carries no current (Σ zᵢ Jᵢ = 0). Unlike Henderson's
    /// equation this assumes no shape for the profiles: they follow from the equations. The solver shoots from the left
    /// solution, corrects the fluxes by Newton's method until the right solution is reached (to 10⁻¹⁰ of the largest
    /// concentration), and doubles its mesh until E_j changes by less than 0.1 µV at 25 °C; see
    /// <see cref="JunctionProfile.EstimatedError"/>. For monovalent ions it reproduces Planck's solution
    /// (<see cref="Planck()"/>). Mobilities are the 25 °C values at every temperature (as in LJPcalc); RT/F follows it.</para>
    /// <para>Source: J. Marino, L. Misuri, D. Brogioli, "A new open source software for the calculation of the liquid
    /// junction potential between two solutions according to the stationary Nernst-Planck equation", arXiv:1403.3640 (2014).</para>
    /// </remarks>
    /// <exception cref="InvalidInputException">No ions, a side with no ions, or a side that is not electrically neutral.</exception>
    /// <exception cref="NoSolutionException">The solver did not converge; the message says how far it got.</exception>
    public LiquidJunctionPotential NernstPlanck() =>
        TryNernstPlanck(out var result, out var failure) ? result! : throw new NoSolutionException($"The Nernst–Planck solver found no steady state for {this}: {failure}.");

    /// <summary>The Nernst–Planck junction potential, or false with the reason when the solver does not converge.</summary>
    /// <param name="result">The potential with its profile, or null.</param>
    /// <param name="failure">Why the solver stopped, or null.</param>
    /// <exception cref="InvalidInputException">No ions, a side with no ions, or a side that is not electrically neutral (bad input still throws).</exception>
    public bool TryNernstPlanck(out LiquidJunctionPotential? result, out string? failure)
    {
        RequireNeutralSides();
        var charges = IonList.Select(i => i.Ion.Charge).ToArray();

        // D = RT u / (|z| F): only the ratios matter.
        var diffusion = IonList.Select(i => i.Mobility / Math.Abs(i.Ion.Charge)).ToArray();
        var left = IonList.Select(i => i.LeftMillimolar).ToArray();
        var right = IonList.Select(i => i.RightMillimolar).ToArray();
        if (!StationaryNernstPlanck.TrySolve(charges, diffusion, left, right, out var solution, out failure))
        {
            result = null;
            return false;
        }

        var thermalMillivolts = 1000 * PhysicalConstants.GasConstant * Temperature.Kelvin / PhysicalConstants.Faraday;
        var ions = IonList.Select(i => i.Ion).ToArray();
        var byIon = ions.Select((_, i) => solution!.Concentrations.Select(row => row[i]).ToArray()).ToArray();
        var profile = new JunctionProfile(ions, solution!.Positions, byIon, [.. solution.Psi.Select(p => p * thermalMillivolts)],
            solution.Iterations, solution.Intervals, Voltage.FromVoltsUnchecked(solution.EstimatedError * thermalMillivolts / 1000), solution.Mismatch);

        var leftConduction = IonList.Sum(i => Math.Abs(i.Ion.Charge) * i.Mobility * i.LeftMillimolar);
        var rightConduction = IonList.Sum(i => Math.Abs(i.Ion.Charge) * i.Mobility * i.RightMillimolar);
        var contributions = IonList.Select(i => new JunctionIonContribution(i.Ion, i.LeftMillimolar, i.RightMillimolar, i.Mobility,
            Math.Abs(i.Ion.Charge) * i.Mobility * i.LeftMillimolar / leftConduction, Math.Abs(i.Ion.Charge) * i.Mobility * i.RightMillimolar / rightConduction, null));
        result = new LiquidJunctionPotential(this, JunctionPotentialMethod.NernstPlanck, Voltage.FromVoltsUnchecked(solution.Potential * thermalMillivolts / 1000),
            [.. contributions], profile);
        return true;
    }
}
