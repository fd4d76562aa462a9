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
    internal double TotalDensity(double volts) => Total(volts, Math.Exp(-_faradayOverRT * volts), magnitudes: false);

    /// <summary>Sum of the magnitudes of the groups' currents at <paramref name="volts"/>: a scale for tolerances.</summary>
    internal double MagnitudeScale(double volts) => Total(volts, Math.Exp(-_faradayOverRT * volts), magnitudes: true);

    /// <summary>Fills <paramref name="densities"/> with the total current density at each of <paramref name="volts"/>.</summary>
    internal void Fill(ReadOnlySpan<double> volts, Span<double> densities)
    {
        for (var i = 0; i < volts.Length; i++)
        {
            densities[i] = TotalDensity(volts[i]);
        }
    }

    /// <summary>Fills <paramref name="densities"/> on the uniform grid V_i = first + i·step.</summary>
    /// <remarks>Per valence, e^(−u) advances by one multiplication per point and is recomputed exactly every
    /// <see cref="ReseedInterval"/> points, so the rounding drift stays below about 10⁻¹³ (relative) while the
    /// loop costs one exponential per block instead of one per point.</remarks>
    internal void FillUniform(double firstVolts, double stepVolts, Span<double> densities)
    {
        var groups = _charges.Length;
        Span<double> zF = stackalloc double[groups];
        Span<double> zPhi = stackalloc double[groups];
        Span<double> stepFactor = stackalloc double[groups];
        Span<double> ez = stackalloc double[groups];
        for (var g = 0; g < groups; g++)
        {
            zF[g] = _charges[g] * PhysicalConstants.Faraday;
            zPhi[g] = _charges[g] * _faradayOverRT;
            stepFactor[g] = Math.Exp(-zPhi[g] * stepVolts);
        }

        // One pass over the output, all valences per point, so the array is written once.
        for (var start = 0; start < densities.Length; start += ReseedInterval)
        {
            var end = Math.Min(densities.Length, start + ReseedInterval);
            for (var g = 0; g < groups; g++)
            {
                ez[g] = Math.Exp(-zPhi[g] * (firstVolts + start * stepVolts));
            }

            for (var i = start; i < end; i++)
            {
                var volts = firstVolts + i * stepVolts;
                var total = 0.0;
                for (var g = 0; g < groups; g++)
                {
                    var u = zPhi[g] * volts;
                    var e = ez[g];
                    var inside = _insideSums[g];
                    var outside = _outsideSums[g];
                    total += Math.Abs(u) < 1e-4
                        ? zF[g] * (1 + u * (0.5 + u / 12)) * (inside - outside * e)
                        : double.IsPositiveInfinity(e) ? zF[g] * u * outside : zF[g] * u * (inside - outside * e) / (1 - e);
                    ez[g] = e * stepFactor[g];
                }

                densities[i] = total;
            }
        }
    }

    private const int ReseedInterval = 256;

    /// <summary>Σ over valences of zF · u/(1 − e^(−u)) · (A − B e^(−u)), given x = e^(−FV/RT) so that e^(−u) = x^z.</summary>
    private double Total(double volts, double x, bool magnitudes)
    {
        var u1 = _faradayOverRT * volts;
        var total = 0.0;
        for (var g = 0; g < _charges.Length; g++)
        {
            var z = _charges[g];
            var ez = z switch
            {
                1 => x,
                -1 => 1 / x,
                2 => x * x,
                -2 => 1 / (x * x),
                _ => Math.Pow(x, z),
            };
            var u = z * u1;
            var inside = _insideSums[g];
            var outside = _outsideSums[g];
            double density;
            if (Math.Abs(u) < 1e-4)
            {
                // u / (1 − e^(−u)) = 1 + u/2 + u²/12 + O(u⁴): no cancellation near V = 0.
                density = z * PhysicalConstants.Faraday * (1 + u * (0.5 + u / 12)) * (inside - outside * ez);
            }
            else if (ez > 1)
            {
                // Divide through by e^(−u) so that a huge e^(−u) (strongly negative u) cannot overflow into ∞/∞.
                var inverse = 1 / ez;
                density = z * PhysicalConstants.Faraday * u * (inside * inverse - outside) / (inverse - 1);
            }
            else
            {
                density = z * PhysicalConstants.Faraday * u * (inside - outside * ez) / (1 - ez);
            }

            total += magnitudes ? Math.Abs(density) : density;
        }

        return total;
    }
}
