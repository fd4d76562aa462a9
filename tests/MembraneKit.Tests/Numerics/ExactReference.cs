using System.Numerics;

namespace MembraneKit.Tests.Numerics;

/// <summary>
/// Exact references for the tests, independent of the code under test: e^x − 1 by its Taylor series in
/// BigInteger fixed point (2⁻¹²⁰⁰ resolution, every double exact in it), and the distance of a double from such a
/// value in units in the last place.
/// </summary>
internal static class ExactReference
{
    private const int FractionBits = 1200;

    /// <summary>The double as an exact fixed-point integer (value × 2¹²⁰⁰).</summary>
    internal static BigInteger Fixed(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        var shift = exponent - 1075 + FractionBits;
        var value = shift >= 0 ? new BigInteger(mantissa) << shift : new BigInteger(mantissa) >> -shift;
        return x < 0 ? -value : value;
    }

    /// <summary>e^x − 1 × 2¹²⁰⁰, for |x| ≤ 2, to within a few units of 2⁻¹²⁰⁰.</summary>
    internal static BigInteger ExpM1(double x)
    {
        var fx = Fixed(x);
        BigInteger sum = 0, term = BigInteger.One << FractionBits;
        for (var k = 1; k < 2000; k++)
        {
            term = term * fx / (BigInteger.One << FractionBits) / k;
            if (term.IsZero)
            {
                break;
            }

            sum += term;
        }

        return sum;
    }

    /// <summary>|computed − exact| in units in the last place of the double nearest the exact value.</summary>
    internal static double UlpsFrom(double computed, BigInteger exact)
    {
        var nearest = Math.Abs(ToDouble(exact));
        var ulp = Math.BitIncrement(nearest) - nearest;
        return ToDouble(BigInteger.Abs(Fixed(computed) - exact)) / ulp;
    }

    /// <summary>A fixed-point integer back to a double (rounded).</summary>
    internal static double ToDouble(BigInteger value)
    {
        var shift = (int)Math.Max(0, value.GetBitLength() - 64);
        return Math.ScaleB((double)(value >> shift), shift - FractionBits);
    }
}
