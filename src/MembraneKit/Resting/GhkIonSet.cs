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
        for (var g = 0; g < _charges.Length; g++)
        {
            var z = _charges[g];
            total += z * PhysicalConstants.Faraday * GoldmanHodgkinKatz.ConstantFieldTerm(z * _faradayOverRT * volts, _insideSums[g], _outsideSums[g]);
        }

        return total;
    }

    /// <summary>Fills <paramref name="densities"/> with the total current density at each of <paramref name="volts"/>.</summary>
    internal void Fill(ReadOnlySpan<double> volts, Span<double> densities)
    {
        for (var i = 0; i < volts.Length; i++)
        {
            densities[i] = TotalDensity(volts[i]);
        }
    }

    /// <summary>Fills <paramref name="densities"/> on the uniform grid V_i = first + i·step.</summary>
    /// <remarks>
    /// <para>Where |u| = |zFV/RT| ≤ ½ each point is computed directly (<see cref="GoldmanHodgkinKatz.ConstantFieldTerm"/>).
    /// Elsewhere, per valence, a = e^(−|u|) ≤ e^(−½) advances by one multiplication per point and is recomputed exactly
    /// every <see cref="ReseedInterval"/> points, whenever u changes sign and whenever it falls below 10⁻²⁹⁰ (so an
    /// underflow is never carried into a region where it matters): the rounding drift stays below about 10⁻¹³ of
    /// the larger of the two terms, and 1 − a ≥ 0.39 never cancels. The loop then costs one exponential per block
    /// instead of one per point.</para>
    /// <para>u &gt; 0: zF·u·(A − B a)/(1 − a); u &lt; 0: zF·u·(A a − B)/(a − 1) — only numbers at most 1 are exponentiated,
    /// so nothing overflows before the final product.</para>
    /// </remarks>
    internal void FillUniform(double firstVolts, double stepVolts, Span<double> densities)
    {
        var groups = _charges.Length;
        Span<double> zF = stackalloc double[groups];
        Span<double> zPhi = stackalloc double[groups];
        Span<double> growing = stackalloc double[groups];
        Span<double> shrinking = stackalloc double[groups];
        Span<double> tracked = stackalloc double[groups];
        Span<int> trackedSign = stackalloc int[groups];
        Span<int> sinceSeed = stackalloc int[groups];
        for (var g = 0; g < groups; g++)
        {
            zF[g] = _charges[g] * PhysicalConstants.Faraday;
            zPhi[g] = _charges[g] * _faradayOverRT;

            // a = e^(−|u|): per step it is multiplied by e^(−zφΔV) where u > 0 and by e^(+zφΔV) where u < 0.
            growing[g] = Math.Exp(-zPhi[g] * stepVolts);
            shrinking[g] = Math.Exp(zPhi[g] * stepVolts);
            trackedSign[g] = 0;
        }

        for (var i = 0; i < densities.Length; i++)
        {
            var volts = firstVolts + i * stepVolts;
            var total = 0.0;
            for (var g = 0; g < groups; g++)
            {
                var u = zPhi[g] * volts;
                var inside = _insideSums[g];
                var outside = _outsideSums[g];
                if (Math.Abs(u) <= 0.5)
                {
                    trackedSign[g] = 0;
                    total += zF[g] * GoldmanHodgkinKatz.ConstantFieldTerm(u, inside, outside);
                    continue;
                }

                var sign = u > 0 ? 1 : -1;
                var a = tracked[g] * (sign > 0 ? growing[g] : shrinking[g]);
                if (sign != trackedSign[g] || ++sinceSeed[g] >= ReseedInterval || !(a >= 1e-290 && a <= 1))
                {
                    a = Math.Exp(-Math.Abs(u));
                    sinceSeed[g] = 0;
                    trackedSign[g] = sign;
                }

                tracked[g] = a;
                total += sign > 0
                    ? zF[g] * u * (inside - outside * a) / (1 - a)
                    : zF[g] * u * (inside * a - outside) / (a - 1);
            }

            densities[i] = total;
        }
    }

    private const int ReseedInterval = 256;
}
