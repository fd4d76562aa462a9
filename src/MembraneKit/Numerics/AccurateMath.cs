namespace MembraneKit;

/// <summary>
/// Elementary functions the runtime and MathNet.Numerics do not give to full double precision.
/// </summary>
/// <remarks>
/// <c>double.ExpM1</c> is computed as <c>Math.Exp(x) − 1</c> on .NET 8–10, which cancels for small |x|, and
/// MathNet.Numerics 5.0.0's <c>SpecialFunctions.ExponentialMinusOne</c> stops its series once a term falls below
/// 2⁻¹⁶ of the sum (about 10⁻⁷ relative error for 10⁻⁵ &lt; |x| ≤ 0.1). <see cref="ExpM1"/> is within one unit in
/// the last place everywhere (tested against exact rational arithmetic).
/// </remarks>
internal static class AccurateMath
{
    // 1/k! for k = 2 … 17: the Taylor coefficients of (eˣ − 1 − x)/x². Every k! here is below 2⁵³, so each
    // quotient is the correctly rounded 1/k!.
    private const double C2 = 1.0 / 2, C3 = 1.0 / 6, C4 = 1.0 / 24, C5 = 1.0 / 120, C6 = 1.0 / 720, C7 = 1.0 / 5040,
        C8 = 1.0 / 40320, C9 = 1.0 / 362880, C10 = 1.0 / 3628800, C11 = 1.0 / 39916800, C12 = 1.0 / 479001600,
        C13 = 1.0 / 6227020800, C14 = 1.0 / 87178291200, C15 = 1.0 / 1307674368000, C16 = 1.0 / 20922789888000,
        C17 = 1.0 / 355687428096000;

    /// <summary>eˣ − 1 to within one unit in the last place for every finite x (−1 and +∞ at the far ends).</summary>
    /// <param name="x">Any double; NaN gives NaN.</param>
    /// <remarks>For |x| ≤ ½ the Taylor series x + x²(1/2! + x/3! + … + x¹⁵/17!), whose truncation error is below
    /// 10⁻²¹ relative there, written so the exact leading term x is added last; beyond ½, eˣ − 1 loses at most one
    /// bit to the subtraction because eˣ is at least 1.6 or at most 0.61.</remarks>
    internal static double ExpM1(double x)
    {
        if (!(Math.Abs(x) <= 0.5))
        {
            return Math.Exp(x) - 1;
        }

        var p = C17;
        p = p * x + C16;
        p = p * x + C15;
        p = p * x + C14;
        p = p * x + C13;
        p = p * x + C12;
        p = p * x + C11;
        p = p * x + C10;
        p = p * x + C9;
        p = p * x + C8;
        p = p * x + C7;
        p = p * x + C6;
        p = p * x + C5;
        p = p * x + C4;
        p = p * x + C3;
        p = p * x + C2;
        return x + x * x * p;
    }
}
