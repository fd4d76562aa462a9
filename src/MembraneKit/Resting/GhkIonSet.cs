using System.Numerics;
using System.Numerics.Tensors;

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
    /// <para>Per valence, in sub-blocks that stay in the L1 cache: u = zφV_i, then a = e^(−|u|) with a SIMD exponential
    /// (<see cref="TensorPrimitives.Exp{T}(ReadOnlySpan{T}, Span{T})"/>), then the term with SIMD arithmetic:
    /// u &gt; 0: zF·u·(A − B a)/(1 − a); u &lt; 0: zF·u·(A a − B)/(a − 1) — only numbers at most 1 are exponentiated, so
    /// nothing overflows before the final product. Where |u| ≤ ½ (where 1 − a would cancel) each point is computed by
    /// <see cref="GoldmanHodgkinKatz.ConstantFieldTerm(double, double, double)"/> with its accurate expm1 instead.</para>
    /// <para>The vectorised exponential is within 2 units in the last place of <see cref="Math.Exp(double)"/>, so each
    /// term is within a few units in the last place of the larger of its two parts.</para>
    /// </remarks>
    internal void FillUniform(double firstVolts, double stepVolts, Span<double> densities)
    {
        const int block = 512;
        Span<double> u = stackalloc double[block];
        Span<double> a = stackalloc double[block];
        Span<double> term = stackalloc double[block];
        for (var start = 0; start < densities.Length; start += block)
        {
            var length = Math.Min(block, densities.Length - start);
            var output = densities.Slice(start, length);
            for (var g = 0; g < _charges.Length; g++)
            {
                var zF = _charges[g] * PhysicalConstants.Faraday;
                var zPhi = _charges[g] * _faradayOverRT;
                var uBlock = u[..length];
                var aBlock = a[..length];
                var tBlock = term[..length];
                for (var i = 0; i < length; i++)
                {
                    uBlock[i] = zPhi * (firstVolts + (start + i) * stepVolts);
                }

                TensorPrimitives.Abs(uBlock, aBlock);
                TensorPrimitives.Negate(aBlock, aBlock);
                TensorPrimitives.Exp(aBlock, aBlock);
                Terms(uBlock, aBlock, zF, _insideSums[g], _outsideSums[g], tBlock);
                if (g == 0)
                {
                    tBlock.CopyTo(output);
                }
                else
                {
                    TensorPrimitives.Add(output, tBlock, output);
                }
            }
        }
    }

    /// <summary>zF·u/(1 − e^(−u))·(A − B e^(−u)) for each u, given a = e^(−|u|).</summary>
    private static void Terms(ReadOnlySpan<double> u, ReadOnlySpan<double> a, double zF, double inside, double outside, Span<double> terms)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var zFv = new Vector<double>(zF);
            var insideV = new Vector<double>(inside);
            var outsideV = new Vector<double>(outside);
            var one = Vector<double>.One;
            for (; i <= u.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var uv = new Vector<double>(u[i..]);
                var av = new Vector<double>(a[i..]);
                var positive = Vector.GreaterThan(uv, Vector<double>.Zero);
                var numerator = Vector.ConditionalSelect(positive, insideV - outsideV * av, insideV * av - outsideV);
                var denominator = Vector.ConditionalSelect(positive, one - av, av - one);
                (zFv * uv * numerator / denominator).CopyTo(terms[i..]);
            }
        }

        for (; i < u.Length; i++)
        {
            terms[i] = u[i] > 0
                ? zF * u[i] * (inside - outside * a[i]) / (1 - a[i])
                : zF * u[i] * (inside * a[i] - outside) / (a[i] - 1);
        }

        // Near u = 0, 1 − a cancels (and u = 0 is 0/0): those points take the accurate form.
        for (i = 0; i < u.Length; i++)
        {
            if (!(Math.Abs(u[i]) > 0.5))
            {
                terms[i] = zF * GoldmanHodgkinKatz.ConstantFieldTerm(u[i], inside, outside);
            }
        }
    }
}
