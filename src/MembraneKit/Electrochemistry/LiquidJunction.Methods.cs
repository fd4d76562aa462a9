namespace MembraneKit;

// The three methods at once, and the patch-clamp reading of a junction.
public sealed partial record LiquidJunction
{
    /// <summary>The junction potential by Henderson, Planck (when every ion is monovalent) and Nernst–Planck, with their differences and why.</summary>
    /// <exception cref="InvalidInputException">No ions, a side with no ions, or a side that is not electrically neutral.</exception>
    /// <exception cref="NoSolutionException">The Nernst–Planck solver did not converge.</exception>
    public JunctionPotentialComparison CompareMethods()
    {
        var nernstPlanck = NernstPlanck();
        var planck = IonList.All(i => Math.Abs(i.Ion.Charge) == 1) ? Planck() : null;
        return new JunctionPotentialComparison(this, Henderson(), planck, nernstPlanck);
    }

    /// <summary>
    /// Reads this junction as pipette ∣ bath (left = pipette solution, right = bath) and gives the correction to apply to
    /// patch-clamp voltages: V_membrane = V_measured − V_LJP.
    /// </summary>
    /// <exception cref="InvalidInputException">No ions, a side with no ions, or a side that is not electrically neutral.</exception>
    /// <exception cref="NoSolutionException">The Nernst–Planck solver did not converge.</exception>
    public PatchClampCorrection PatchClampCorrection() => new(NernstPlanck());
}
