using System.Numerics.Tensors;

namespace MembraneKit;

// The batch forms: many Nernst potentials at once, with SIMD logarithms.
public static partial class Nernst
{
    /// <summary>
    /// Many Nernst potentials at one temperature, E_i = (RT / zF) ln(c_out,i / c_in,i) in volts, computed with SIMD
    /// logarithms (<see cref="TensorPrimitives"/>): for sweeps over thousands or millions of concentration pairs.
    /// </summary>
    /// <param name="charge">The valence <i>z</i>; not 0.</param>
    /// <param name="insideMillimolar">Concentrations inside in mM, each from 10⁻²¹ mM to 20 000 mM.</param>
    /// <param name="outsideMillimolar">Concentrations outside in mM, the same range; as many as inside.</param>
    /// <param name="kelvin">Temperature in K, from 200 K to 400 K.</param>
    /// <param name="volts">Receives E_i in volts; as long as the inputs. It may be one of them (computed in place), but not
    /// overlap one partially.</param>
    /// <remarks>The same arithmetic as <see cref="PotentialVolts"/> in the same order, with a vectorised logarithm instead
    /// of <see cref="Math.Log(double)"/>: every element is within 4 units in the last place of the scalar form
    /// (tested over the whole accepted domain; the vectorised logarithm differs from <see cref="Math.Log(double)"/> by up to
    /// 3 units, measured over 2·10⁶ random ratios). The inputs are checked first, with two vectorised passes each.</remarks>
    /// <exception cref="InvalidInputException">A zero valence, spans of different lengths or partly overlapping, or an element
    /// outside its range (the message names the element, e.g. <c>insideMillimolar[3]</c>).</exception>
    public static void PotentialsVolts(int charge, ReadOnlySpan<double> insideMillimolar, ReadOnlySpan<double> outsideMillimolar, double kelvin, Span<double> volts)
    {
        RequireCharge(charge);
        CheckConcentrations(insideMillimolar, outsideMillimolar, volts);
        if (!(kelvin >= Temperature.MinimumKelvin && kelvin <= Temperature.MaximumKelvin))
        {
            Temperature.FromKelvin(kelvin);
        }

        TensorPrimitives.Divide(outsideMillimolar, insideMillimolar, volts);
        TensorPrimitives.Log(volts, volts);
        TensorPrimitives.Multiply(volts, PhysicalConstants.GasConstant * kelvin / (charge * PhysicalConstants.Faraday), volts);
    }

    /// <summary>
    /// Many Nernst potentials, each at its own temperature: E_i = (RT_i / zF) ln(c_out,i / c_in,i) in volts, with SIMD
    /// logarithms (<see cref="TensorPrimitives"/>).
    /// </summary>
    /// <param name="charge">The valence <i>z</i>; not 0.</param>
    /// <param name="insideMillimolar">Concentrations inside in mM, each from 10⁻²¹ mM to 20 000 mM.</param>
    /// <param name="outsideMillimolar">Concentrations outside in mM, the same range; as many as inside.</param>
    /// <param name="kelvin">Temperatures in K, each from 200 K to 400 K; as many as inside.</param>
    /// <param name="volts">Receives E_i in volts; as long as the inputs. It may be one of them (in place), but not overlap one
    /// partially.</param>
    /// <remarks>Within 4 units in the last place of <see cref="PotentialVolts"/> element by element, as for the
    /// one-temperature form.</remarks>
    /// <exception cref="InvalidInputException">A zero valence, spans of different lengths or partly overlapping, or an element
    /// outside its range (a temperature below 200 K is named as a likely Celsius value).</exception>
    public static void PotentialsVolts(int charge, ReadOnlySpan<double> insideMillimolar, ReadOnlySpan<double> outsideMillimolar, ReadOnlySpan<double> kelvin, Span<double> volts)
    {
        RequireCharge(charge);
        CheckConcentrations(insideMillimolar, outsideMillimolar, volts);
        SpanChecks.Destination(kelvin, volts, nameof(kelvin), nameof(volts));
        SpanChecks.InRange(kelvin, Temperature.MinimumKelvin, Temperature.MaximumKelvin, "K", nameof(kelvin),
            k => k > 0 && k < Temperature.MinimumKelvin ? $"{Guard.Format(k)} K is below 200 K; did you mean {Guard.Format(k)}.Celsius()?" : null);

        // In blocks, so the thermal factors stay in the L1 cache beside the logarithms.
        const int block = 512;
        Span<double> thermal = stackalloc double[block];
        var zF = charge * PhysicalConstants.Faraday;
        for (var start = 0; start < volts.Length; start += block)
        {
            var length = Math.Min(block, volts.Length - start);
            var t = thermal[..length];
            var e = volts.Slice(start, length);

            // Read every input of the block before writing the output, which may be one of them.
            TensorPrimitives.Multiply(kelvin.Slice(start, length), PhysicalConstants.GasConstant, t);
            TensorPrimitives.Divide(t, zF, t);
            TensorPrimitives.Divide(outsideMillimolar.Slice(start, length), insideMillimolar.Slice(start, length), e);
            TensorPrimitives.Log(e, e);
            TensorPrimitives.Multiply(t, e, e);
        }
    }

    private static void CheckConcentrations(ReadOnlySpan<double> insideMillimolar, ReadOnlySpan<double> outsideMillimolar, Span<double> volts)
    {
        SpanChecks.Destination(insideMillimolar, volts, nameof(insideMillimolar), nameof(volts));
        SpanChecks.Destination(outsideMillimolar, volts, nameof(outsideMillimolar), nameof(volts));
        SpanChecks.InRange(insideMillimolar, Concentration.MinimumMillimolar, Concentration.MaximumMillimolar, "mM", nameof(insideMillimolar));
        SpanChecks.InRange(outsideMillimolar, Concentration.MinimumMillimolar, Concentration.MaximumMillimolar, "mM", nameof(outsideMillimolar));
    }
}
