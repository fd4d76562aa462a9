namespace MembraneKit;

/// <summary>
/// The permeant ions of a membrane or channel reduced to plain numbers for the GHK current equation, grouped
/// by valence so that one exponential per valence serves every ion of that valence. The inner loop of I–V
/// curves and of the numerical GHK voltage equation.
/// </summary>
/// <remarks>
/// For the ions of one valence z, Σ_i I_i = zF · u/(1 − e^(−u)) · (Σ P_i c_in,i − e^(−u) Σ P_i c_out,i)
/// with u = zFV/RT: the GHK current equation summed over ions that share z (see <see cref="GoldmanHodgkinKatz"/>).
/// Permeabilities are in m s⁻¹, or relative numbers used as if they were m s⁻¹ (then the result is in
/// relative units, proportional to the true current density).
/// </remarks>
internal sealed class GhkIonSet
{
    private readonly int[] _charges;
    private readonly double[] _insideSums;
    private readonly double[] _outsideSums;
    private readonly double _faradayOverRT;

    private GhkIonSet(int[] charges, double[] insideSums, double[] outsideSums, double kelvin)
    {
        _charges = charges;
        _insideSums = insideSums;
        _outsideSums = outsideSums;
        _faradayOverRT = PhysicalConstants.Faraday / (PhysicalConstants.GasConstant * kelvin);
    }

    /// <summary>Groups (valence, permeability, c_in, c_out) terms by valence; terms with zero permeability are dropped.</summary>
    internal static GhkIonSet From(IEnumerable<(int Charge, double Permeability, double InsideMillimolar, double OutsideMillimolar)> terms, double kelvin)
    {
        var groups = terms.Where(t => t.Permeability > 0)
            .GroupBy(t => t.Charge)
            .OrderBy(g => g.Key)
            .ToArray();
        return new GhkIonSet(
            [.. groups.Select(g => g.Key)],
            [.. groups.Select(g => g.Sum(t => t.Permeability * t.InsideMillimolar))],
            [.. groups.Select(g => g.Sum(t => t.Permeability * t.OutsideMillimolar))],
            kelvin);
    }

    /// <summary>Number of distinct valences with a permeant ion.</summary>
    internal int ValenceCount => _charges.Length;

    /// <summary>Are all permeant ions monovalent (so the closed-form GHK voltage equation applies)?</summary>
    internal bool IsMonovalent => _charges.All(z => Math.Abs(z) == 1);

    /// <summary>Total GHK current density at <paramref name="volts"/>, A m⁻² (or relative units).</summary>
    internal double TotalDensity(double volts)
    {
        var total = 0.0;
        for (var i = 0; i < _charges.Length; i++)
        {
            total += GroupDensity(_charges[i], _insideSums[i], _outsideSums[i], volts);
        }

        return total;
    }

    /// <summary>Sum of the magnitudes of the groups' currents at <paramref name="volts"/>: a scale for tolerances.</summary>
    internal double MagnitudeScale(double volts)
    {
        var total = 0.0;
        for (var i = 0; i < _charges.Length; i++)
        {
            total += Math.Abs(GroupDensity(_charges[i], _insideSums[i], _outsideSums[i], volts));
        }

        return total;
    }

    /// <summary>Fills <paramref name="densities"/> with the total current density at each of <paramref name="volts"/>.</summary>
    internal void Fill(ReadOnlySpan<double> volts, Span<double> densities)
    {
        densities[..volts.Length].Clear();
        for (var g = 0; g < _charges.Length; g++)
        {
            var charge = _charges[g];
            var inside = _insideSums[g];
            var outside = _outsideSums[g];
            for (var i = 0; i < volts.Length; i++)
            {
                densities[i] += GroupDensity(charge, inside, outside, volts[i]);
            }
        }
    }

    /// <summary>Fills <paramref name="densities"/> on the uniform grid V_i = first + i·step.</summary>
    internal void FillUniform(double firstVolts, double stepVolts, Span<double> densities)
    {
        densities.Clear();
        for (var g = 0; g < _charges.Length; g++)
        {
            var charge = _charges[g];
            var inside = _insideSums[g];
            var outside = _outsideSums[g];
            for (var i = 0; i < densities.Length; i++)
            {
                densities[i] += GroupDensity(charge, inside, outside, firstVolts + i * stepVolts);
            }
        }
    }

    private double GroupDensity(int charge, double insideSum, double outsideSum, double volts)
    {
        var zF = charge * PhysicalConstants.Faraday;
        var u = charge * _faradayOverRT * volts;
        var expm1 = double.ExpM1(-u);

        // u / (1 − e^(−u)) without cancellation near u = 0; one transcendental call per valence.
        var factor = Math.Abs(u) < 1e-9 ? 1 + u / 2 : u / -expm1;
        return zF * factor * (insideSum - outsideSum * (1 + expm1));
    }
}
