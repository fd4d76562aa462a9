using System.Numerics.Tensors;

namespace MembraneKit;

// The batch form of the GHK current: one ion over a grid of voltages, with SIMD exponentials.
public static partial class GoldmanHodgkinKatz
{
    /// <summary>
    /// One ion's GHK current density at many membrane potentials, with SIMD exponentials
    /// (<see cref="TensorPrimitives"/>): A m⁻² for an absolute permeability, relative units for a relative one — the
    /// numbers <see cref="CurrentOf(IonGradient, Voltage, Temperature)"/> gives one at a time.
    /// </summary>
    /// <param name="gradient">The ion, its concentrations and its permeability (required).</param>
    /// <param name="millivolts">The potentials V_i in mV, inside relative to outside, each from −10 000 mV to 10 000 mV (any
    /// order).</param>
    /// <param name="temperature">The temperature.</param>
    /// <param name="densities">Receives the current densities (outward positive); as long as <paramref name="millivolts"/>.
    /// It may be <paramref name="millivolts"/> itself (computed in place), but not overlap it partially.</param>
    /// <remarks>The same arithmetic as the scalar form in the same order, with a vectorised e^(−|u|) instead of
    /// <see cref="Math.Exp(double)"/> (and the same accurate expm1 where |u| ≤ ½): each element is within 16 units in the last
    /// place of the scalar result's larger term (the exponential's 2 units are amplified by up to 1/(1 − e^(−½)) ≈ 2.5 in
    /// 1 − e^(−|u|) just beyond |u| = ½) (the result itself is a difference of two terms near the Nernst potential,
    /// where no relative bound is possible). Tested over the whole accepted domain.</remarks>
    /// <exception cref="InvalidInputException">The gradient has no permeability, the spans differ in length or overlap
    /// partially, a potential is outside ±10 V (the message names the element), or the permeability is so large (above
    /// about 10³⁰⁰) that a current leaves the double range.</exception>
    public static void CurrentDensities(IonGradient gradient, ReadOnlySpan<double> millivolts, Temperature temperature, Span<double> densities)
    {
        Guard.NotNull(gradient);
        var p = gradient.Permeability ?? throw new InvalidInputException(nameof(gradient), $"{gradient.Ion.Symbol} without a permeability",
            "an ion gradient with a permeability", "give one, e.g. gradient with { Permeability = Permeability.FromCentimetersPerSecond(1e-6) }");
        SpanChecks.Destination(millivolts, densities, nameof(millivolts), nameof(densities));
        SpanChecks.InRange(millivolts, -Voltage.MaximumVolts * 1000, Voltage.MaximumVolts * 1000, "mV", nameof(millivolts));

        var zF = gradient.Ion.Charge * PhysicalConstants.Faraday;
        var rt = PhysicalConstants.GasConstant * temperature.Kelvin;
        var prefactor = p.Value * zF;
        double inside = gradient.Inside.Millimolar, outside = gradient.Outside.Millimolar;

        // In blocks that stay in the L1 cache: u = zF·V/RT and a = e^(−|u|) vectorised, then one pass that combines them.
        const int block = 512;
        Span<double> u = stackalloc double[block];
        Span<double> a = stackalloc double[block];
        var bad = false;
        for (var start = 0; start < densities.Length; start += block)
        {
            var length = Math.Min(block, densities.Length - start);
            var uBlock = u[..length];
            var aBlock = a[..length];
            TensorPrimitives.Divide(millivolts.Slice(start, length), 1000, uBlock);
            TensorPrimitives.Multiply(uBlock, zF, uBlock);
            TensorPrimitives.Divide(uBlock, rt, uBlock);
            TensorPrimitives.Abs(uBlock, aBlock);
            TensorPrimitives.Negate(aBlock, aBlock);
            TensorPrimitives.Exp(aBlock, aBlock);

            var output = densities.Slice(start, length);
            for (var i = 0; i < length; i++)
            {
                var value = prefactor * ConstantFieldTermWith(uBlock[i], aBlock[i], inside, outside);
                bad |= !double.IsFinite(value);
                output[i] = value;
            }
        }

        if (bad)
        {
            // Only a huge permeability does this; name the first voltage where it happens, as the scalar form does.
            for (var i = 0; i < densities.Length; i++)
            {
                if (!double.IsFinite(densities[i]))
                {
                    throw new InvalidInputException(nameof(gradient), $"P_{gradient.Ion.Formula} = {p}",
                        $"a permeability small enough that the current at element {i} of the voltages is a finite number", "only ratios of relative permeabilities matter; scale them down");
                }
            }
        }
    }

    /// <summary><see cref="ConstantFieldTerm(double, double, double)"/> with e^(−|u|) already computed.</summary>
    private static double ConstantFieldTermWith(double u, double e, double inside, double outside)
    {
        var eMinusOne = Math.Abs(u) <= 0.5 ? AccurateMath.ExpM1(-Math.Abs(u)) : e - 1;
        if (u > 0)
        {
            return u / -eMinusOne * (inside - outside * e);
        }

        if (u < 0)
        {
            return u / eMinusOne * (inside * e - outside);
        }

        return inside - outside;
    }
}
