using System.Diagnostics.CodeAnalysis;
using MathNet.Numerics.RootFinding;

namespace MembraneKit;

/// <summary>
/// The mixed potential of an electrode on which several redox couples react at once (a Pt wire in a
/// solution of Fe³⁺/Fe²⁺ and Sn⁴⁺/Sn²⁺, or a corroding metal): the one potential at which the summed
/// Butler–Volmer net currents vanish.
/// </summary>
/// <remarks>
/// <para>Σₖ [i₀ₖ exp((1 − αₖ) nₖ f (E − E_eq,k)) − i₀ₖ exp(−αₖ nₖ f (E − E_eq,k))] = 0, f = F/RT.</para>
/// <para>Each net current rises strictly with E and is zero at its own E_eq, so the sum is negative at the
/// lowest E_eq and positive at the highest: exactly one root lies between them, found here with Brent's
/// method (MathNet.Numerics <see cref="Brent"/>). At E_mix the couples with E_eq above it are reduced and
/// those below it oxidised, at equal and opposite total rates, so no net current flows although chemistry
/// proceeds: the electrode is not at equilibrium with any couple. This is the mechanism of corrosion
/// (C. Wagner and W. Traud, Z. Elektrochem. 44, 391 (1938); Bard &amp; Faulkner, <i>Electrochemical
/// Methods</i>, 2nd ed. (2001), §3.4 and problem 3.9 on mixed potentials).</para>
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
    private const double Accuracy = 1e-13;
    private const int MaxIterations = 200;

    /// <summary>Finds the mixed potential of the reactions on one electrode.</summary>
    /// <param name="reactions">One or more reactions, all at the same temperature.</param>
    /// <exception cref="InvalidInputException">No reactions, a null one, or reactions at different temperatures.</exception>
    /// <exception cref="NoSolutionException">The root finder did not converge (only for overpotentials so extreme that the currents overflow).</exception>
    public static MixedPotentialResult Solve(params ElectrodeReaction[] reactions) => Solve((IEnumerable<ElectrodeReaction>)reactions);

    /// <summary>Finds the mixed potential of the reactions on one electrode.</summary>
    /// <param name="reactions">One or more reactions, all at the same temperature.</param>
    /// <exception cref="InvalidInputException">No reactions, a null one, or reactions at different temperatures.</exception>
    /// <exception cref="NoSolutionException">The root finder did not converge (only for overpotentials so extreme that the currents overflow).</exception>
    public static MixedPotentialResult Solve(IEnumerable<ElectrodeReaction> reactions)
    {
        var checkedReactions = Require(reactions);
        return TrySolveChecked(checkedReactions, out var result)
            ? result
            : throw new NoSolutionException(
                FormattableString.Invariant($"No mixed potential found between {Lowest(checkedReactions)} and {Highest(checkedReactions)} for ") +
                FormattableString.Invariant($"{string.Join(", ", checkedReactions.Select(r => r.Couple.Label))}: the Butler–Volmer currents overflow or the root finder did not converge."));
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

        // Scaled by Σ i₀ so that Brent's |f| < accuracy test is relative, whatever the units of i₀.
        var scale = reactions.Sum(r => r.ExchangeCurrentDensity.AmperesPerSquareMetre);
        var overflowed = false;
        double Total(double volts)
        {
            var sum = 0.0;
            foreach (var r in reactions)
            {
                overflowed |= !r.TryPartials(volts, out var anodic, out var cathodic);
                sum += anodic + cathodic;
            }

            return sum / scale;
        }

        double root;
        if (upper - lower < 1e-15)
        {
            root = lower;
        }
        else if (Total(lower) >= 0)
        {
            root = lower; // can only happen through rounding when every E_eq coincides with the lowest
        }
        else if (Total(upper) <= 0)
        {
            root = upper;
        }
        else if (!Brent.TryFindRoot(Total, lower, upper, Accuracy, MaxIterations, out root))
        {
            return false;
        }

        if (overflowed)
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
