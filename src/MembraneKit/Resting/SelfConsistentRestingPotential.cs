
namespace MembraneKit;

/// <summary>
/// The resting potential when conductances depend on voltage: V must satisfy Σ_i g_i(V)(V − E_i) = 0, in
/// which g_i depends on the very V being sought — a self-consistent root, possibly one of several.
/// </summary>
/// <remarks>
/// Method: the window is scanned at a fixed step for sign changes of the total current, and each bracket is
/// refined by a bracketing solver to the limit of double precision (a few ulps of V). Stability from the slope conductance dI/dV at each root
/// (central difference, h = 0.1 µV): positive is stable. Two roots closer than the scan step, or a root where
/// the current only touches zero, can be missed; make the step finer to resolve them.
/// <see cref="FindAll"/> returns every root (possibly none); <see cref="Find"/> and <see cref="TryFind"/>
/// return the single stable resting potential.
/// </remarks>
public static class SelfConsistentRestingPotential
{
    /// <summary>The scan step used when none is given: 0.5 mV.</summary>
    public static Voltage DefaultResolution { get; } = Voltage.FromVoltsUnchecked(0.5e-3);

    /// <summary>Every root of Σ g_i(V)(V − E_i) = 0 in a window, each with its stability. An empty result when there is none.</summary>
    /// <param name="pathways">The conductance pathways; at least one.</param>
    /// <param name="lower">The lower end of the window.</param>
    /// <param name="upper">The upper end, above <paramref name="lower"/>.</param>
    /// <param name="resolution">The scan step (default 0.5 mV); above 0.</param>
    /// <exception cref="InvalidInputException">No pathways, a window with lower ≥ upper, or a step that is not above 0.</exception>
    public static SelfConsistentRoots FindAll(IReadOnlyList<ConductancePathway> pathways, Voltage lower, Voltage upper, Voltage? resolution = null)
    {
        Guard.NotEmpty(pathways, "conductance pathway");
        Guard.Ordered(lower.Millivolts, upper.Millivolts, "mV", nameof(lower), nameof(upper));
        var step = resolution ?? DefaultResolution;
        Guard.Positive(step.Millivolts, "mV", nameof(resolution));
        var terms = pathways.ToArray();
        return new SelfConsistentRoots(new EquatableList<ConductancePathway>(terms), lower, upper, step, new EquatableList<RestingPotentialRoot>(Roots(terms, lower.Volts, upper.Volts, step.Volts)));
    }

    /// <summary>The one stable resting potential in a window.</summary>
    /// <param name="pathways">The conductance pathways; at least one.</param>
    /// <param name="lower">The lower end of the window.</param>
    /// <param name="upper">The upper end, above <paramref name="lower"/>.</param>
    /// <param name="resolution">The scan step (default 0.5 mV); above 0.</param>
    /// <exception cref="InvalidInputException">No pathways, a window with lower ≥ upper, or a step that is not above 0.</exception>
    /// <exception cref="NoSolutionException">No stable root in the window, or several (bistability: use <see cref="FindAll"/>).</exception>
    public static RestingPotentialRoot Find(IReadOnlyList<ConductancePathway> pathways, Voltage lower, Voltage upper, Voltage? resolution = null)
    {
        var all = FindAll(pathways, lower, upper, resolution);
        var stable = all.Stable;
        return stable.Count == 1
            ? stable[0]
            : throw new NoSolutionException(stable.Count == 0
                ? $"no stable resting potential between {lower} and {upper} ({all}); widen the window or check the conductances"
                : $"{stable.Count} stable resting potentials between {lower} and {upper} ({string.Join(", ", stable.Select(r => r.Potential))}): the membrane is bistable; use FindAll to get every root");
    }

    /// <summary>The one stable resting potential in a window, without throwing when there is none or several.</summary>
    /// <param name="pathways">The conductance pathways; at least one.</param>
    /// <param name="lower">The lower end of the window.</param>
    /// <param name="upper">The upper end, above <paramref name="lower"/>.</param>
    /// <param name="root">The stable root, or null.</param>
    /// <param name="resolution">The scan step (default 0.5 mV); above 0.</param>
    /// <returns>True when exactly one stable root lies in the window.</returns>
    /// <exception cref="InvalidInputException">Bad input (as for <see cref="FindAll"/>), which is a mistake rather than an absent solution.</exception>
    public static bool TryFind(IReadOnlyList<ConductancePathway> pathways, Voltage lower, Voltage upper, out RestingPotentialRoot? root, Voltage? resolution = null)
    {
        var stable = FindAll(pathways, lower, upper, resolution).Stable;
        root = stable.Count == 1 ? stable[0] : null;
        return root is not null;
    }

    private static List<RestingPotentialRoot> Roots(ConductancePathway[] terms, double lower, double upper, double step)
    {
        var intervals = Math.Max(1, (int)Math.Ceiling((upper - lower) / step - 1e-9));
        var h = (upper - lower) / intervals;
        var roots = new List<RestingPotentialRoot>();
        var v0 = lower;
        var i0 = Total(terms, v0);
        for (var k = 1; k <= intervals; k++)
        {
            var v1 = k == intervals ? upper : lower + k * h;
            var i1 = Total(terms, v1);
            if (i0 == 0)
            {
                roots.Add(Classify(terms, v0));
            }
            else if (i1 != 0 && (i0 > 0) != (i1 > 0))
            {
                BracketedRoot.TryFind(v => Total(terms, v), v0, v1, BracketedRoot.MachineTolerance, out var root);
                roots.Add(Classify(terms, root));
            }

            if (k == intervals && i1 == 0)
            {
                roots.Add(Classify(terms, v1));
            }

            v0 = v1;
            i0 = i1;
        }

        return roots;
    }

    private static RestingPotentialRoot Classify(ConductancePathway[] terms, double volts)
    {
        const double h = 1e-7;
        var slope = (Total(terms, volts + h) - Total(terms, volts - h)) / (2 * h);
        var chord = 0.0;
        var currents = new Current[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            chord += terms[i].Conductance.SiemensAt(volts);
            currents[i] = Current.FromAmperes(terms[i].CurrentAmperes(volts));
        }

        var stability = Math.Abs(slope) <= 1e-9 * chord ? RootStability.Marginal : slope > 0 ? RootStability.Stable : RootStability.Unstable;
        return new RestingPotentialRoot(Voltage.FromVoltsUnchecked(volts), slope, stability, new EquatableList<Current>(currents));
    }

    private static double Total(ConductancePathway[] terms, double volts)
    {
        var total = 0.0;
        foreach (var term in terms)
        {
            total += term.CurrentAmperes(volts);
        }

        return total;
    }
}
