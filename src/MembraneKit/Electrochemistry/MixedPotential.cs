using System.Diagnostics.CodeAnalysis;

namespace MembraneKit;

/// <summary>
/// The mixed potential of an electrode on which several redox couples react at once (a Pt wire in a
/// solution of Fe³⁺/Fe²⁺ and Sn⁴⁺/Sn²⁺, or a corroding metal): the one potential at which the summed
/// Butler–Volmer net currents vanish.
/// </summary>
/// <remarks>
/// <para>Σₖ [i₀ₖ exp((1 − αₖ) nₖ f (E − E_eq,k)) − i₀ₖ exp(−αₖ nₖ f (E − E_eq,k))] = 0, f = F/RT.</para>
/// <para>Each net current rises strictly with E and is zero at its own E_eq, so the sum is negative at the
/// lowest E_eq and positive at the highest: exactly one root lies between them, found here by a bracketing
/// solver that narrows to the limit of double precision (a few ulps of E_mix). At E_mix the couples with E_eq above it are reduced and
/// those below it oxidised, by equal and opposite total currents (not equal moles: each species carries its own n), so no net current flows although chemistry
/// proceeds: the electrode is not at equilibrium with any couple. This is the mechanism of corrosion
/// (C. Wagner and W. Traud, Z. Elektrochem. 44, 391 (1938)); the kinetics of each couple are those of
/// <see cref="ElectrodeReaction"/> (Bard &amp; Faulkner, <i>Electrochemical Methods</i>, 2nd ed. (2001), §3.3–3.4).</para>
/// </remarks>
/// <example>
/// <code>
/// var fe = RedoxCouple.FerricFerrous.OnElectrode(CurrentDensity.FromMilliamperesPerSquareCentimetre(1));
/// var sn = RedoxCouple.StannicStannous.OnElectrode(CurrentDensity.FromMicroamperesPerSquareCentimetre(10));
/// var mixed = MixedPotential.Solve(fe, sn);   // Fe³⁺ reduced, Sn²⁺ oxidised; total current 0
/// </code>
/// </example>
public static class MixedPotential
{
    /// <summary>Finds the mixed potential of the reactions on one electrode.</summary>
    /// <param name="reactions">One or more reactions, all at the same temperature.</param>
    /// <exception cref="InvalidInputException">No reactions, a null one, or reactions at different temperatures.</exception>
    /// <exception cref="NoSolutionException">The root finder did not converge (only when the currents at the mixed potential exceed the double range).</exception>
    public static MixedPotentialResult Solve(params ElectrodeReaction[] reactions) => Solve((IEnumerable<ElectrodeReaction>)reactions);

    /// <summary>Finds the mixed potential of the reactions on one electrode.</summary>
    /// <param name="reactions">One or more reactions, all at the same temperature.</param>
    /// <exception cref="InvalidInputException">No reactions, a null one, or reactions at different temperatures.</exception>
    /// <exception cref="NoSolutionException">The root finder did not converge (only when the currents at the mixed potential exceed the double range).</exception>
    public static MixedPotentialResult Solve(IEnumerable<ElectrodeReaction> reactions)
    {
        var checkedReactions = Require(reactions);
        return TrySolveChecked(checkedReactions, out var result)
            ? result
            : throw new NoSolutionException(
                FormattableString.Invariant($"No mixed potential found between {Lowest(checkedReactions)} and {Highest(checkedReactions)} for ") +
                FormattableString.Invariant($"{string.Join(", ", checkedReactions.Select(r => r.Couple.Label))}: the Butler–Volmer currents there overflow the double range or the root finder did not converge."));
    }

    /// <summary>Finds the mixed potential without throwing when none is found.</summary>
    /// <param name="reactions">One or more reactions, all at the same temperature.</param>
    /// <param name="result">The mixed potential, or null when none was found.</param>
    /// <returns>True when a mixed potential was found.</returns>
    /// <exception cref="InvalidInputException">Invalid input (no reactions, a null one, different temperatures) is still
    /// reported by exception: only the absence of a solution is reported by the return value.</exception>
    public static bool TrySolve(IEnumerable<ElectrodeReaction> reactions, [NotNullWhen(true)] out MixedPotentialResult? result) =>
        TrySolveChecked(Require(reactions), out result);

    private static bool TrySolveChecked(IReadOnlyList<ElectrodeReaction> reactions, [NotNullWhen(true)] out MixedPotentialResult? result)
    {
        result = null;
        var lower = Lowest(reactions).Volts;
        var upper = Highest(reactions).Volts;

        // The sum of net currents divided by its largest exponential term: the same sign and root as the sum itself,
        // but never overflowing however far apart the E_eq lie.
        var logAnodic = new double[reactions.Count];
        var logCathodic = new double[reactions.Count];
        double ScaledTotal(double volts)
        {
            var largest = double.NegativeInfinity;
            for (var k = 0; k < reactions.Count; k++)
            {
                (logAnodic[k], logCathodic[k]) = reactions[k].LogPartials(volts);
                largest = Math.Max(largest, Math.Max(logAnodic[k], logCathodic[k]));
            }

            var sum = 0.0;
            for (var k = 0; k < reactions.Count; k++)
            {
                sum += Math.Exp(logAnodic[k] - largest) - Math.Exp(logCathodic[k] - largest);
            }

            return sum;
        }

        double root;
        if (upper - lower < 1e-15 || ScaledTotal(lower) >= 0)
        {
            root = lower; // every E_eq coincides (to rounding) with the lowest
        }
        else if (ScaledTotal(upper) <= 0)
        {
            root = upper;
        }
        else if (!BracketedRoot.TryFind(ScaledTotal, lower, upper, BracketedRoot.MachineTolerance, out root))
        {
            return false;
        }

        // The root is representable; the currents there may still not be (only for absurd overpotentials).
        if (!reactions.All(r => r.TryPartials(root, out _, out _)))
        {
            return false;
        }

        result = new MixedPotentialResult(reactions, Voltage.FromVoltsUnchecked(root),
            [.. reactions.Select(r => r.CurrentAt(Voltage.FromVoltsUnchecked(root)))]);
        return true;
    }

    private static Voltage Lowest(IReadOnlyList<ElectrodeReaction> reactions) => reactions.Min(r => r.EquilibriumPotential);

    private static Voltage Highest(IReadOnlyList<ElectrodeReaction> reactions) => reactions.Max(r => r.EquilibriumPotential);

    private static IReadOnlyList<ElectrodeReaction> Require(IEnumerable<ElectrodeReaction> reactions)
    {
        Guard.NotNull(reactions);
        var list = reactions.ToList();
        Guard.NotEmpty(list, "reaction on the electrode (for example RedoxCouple.FerricFerrous.OnElectrode(…))", nameof(reactions));
        if (list.Any(r => r is null))
        {
            throw new InvalidInputException(nameof(reactions), "a list containing null", "reactions that are all set");
        }

        var temperatures = list.Select(r => r.Temperature).Distinct().ToList();
        if (temperatures.Count > 1)
        {
            throw new InvalidInputException(nameof(reactions), $"couples at {string.Join(", ", temperatures)}",
                "couples that share one temperature (they are in one solution)", "set each couple's temperature with WithTemperature(…)");
        }

        return list;
    }
}
