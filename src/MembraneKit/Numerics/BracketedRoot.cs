namespace MembraneKit;

/// <summary>
/// The zero of a continuous function inside a bracket where it changes sign, to the limit of double precision:
/// the Illinois variant of regula falsi, with a bisection step whenever the bracket fails to halve in two steps.
/// </summary>
/// <remarks>
/// Unlike MathNet.Numerics' Brent, it never stops because |f| is small (which stops early wherever f is steep
/// or its scale is large, as the GHK sums with multivalent ions are) and never throws: it narrows the bracket
/// until its width is at most <c>tolerance</c> or the two ends are neighbouring doubles, and returns the end with
/// the smaller |f|. The answer is then within the final bracket width of the true zero, up to the rounding of f
/// itself near the zero. At most about 2 × 1100 evaluations (bisection of the whole double range); typically 10–20.
/// </remarks>
internal static class BracketedRoot
{
    /// <summary>A relative tolerance that asks for the limit of double precision: four units in the last place.</summary>
    internal const double MachineTolerance = 8.881784197001252e-16; // 4 × 2⁻⁵²

    /// <summary>The zero of <paramref name="f"/> between <paramref name="lower"/> and <paramref name="upper"/>.</summary>
    /// <param name="f">The function; finite on the bracket.</param>
    /// <param name="lower">One end of the bracket.</param>
    /// <param name="upper">The other end (above <paramref name="lower"/>).</param>
    /// <param name="relativeTolerance">Stop once the bracket is at most this times the larger |end| wide
    /// (use <see cref="MachineTolerance"/> to go to the limit of double precision).</param>
    /// <param name="root">The zero, or the end with the smaller |f| when f has one sign at both ends.</param>
    /// <returns>True when f changes sign (or vanishes) on the bracket, so a zero lies within it.</returns>
    internal static bool TryFind(Func<double, double> f, double lower, double upper, double relativeTolerance, out double root)
    {
        double a = Math.Min(lower, upper), b = Math.Max(lower, upper);
        double fa = f(a), fb = f(b);
        if (fa == 0 || fb == 0)
        {
            root = fa == 0 ? a : b;
            return true;
        }

        if ((fa > 0) == (fb > 0))
        {
            root = Math.Abs(fa) <= Math.Abs(fb) ? a : b;
            return false;
        }

        root = Solve(f, a, b, fa, fb, relativeTolerance);
        return true;
    }

    private static double Solve(Func<double, double> f, double a, double b, double fa, double fb, double relativeTolerance)
    {
        var side = 0;
        double widthBefore = double.PositiveInfinity, widthBeforeThat = double.PositiveInfinity;
        for (var i = 0; i < 4000; i++)
        {
            var width = b - a;
            var middle = a + width / 2;
            if (width <= relativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b)) || !(middle > a && middle < b))
            {
                break;
            }

            // Illinois step, unless the bracket has not halved over the last two steps: then bisect.
            var c = width > widthBeforeThat / 2 ? middle : a - fa * width / (fb - fa);
            if (!(c > a && c < b))
            {
                c = middle;
            }

            (widthBeforeThat, widthBefore) = (widthBefore, width);
            var fc = f(c);
            if (fc == 0)
            {
                return c;
            }

            if ((fc > 0) == (fb > 0))
            {
                (b, fb) = (c, fc);
                if (side == -1)
                {
                    fa /= 2;
                }

                side = -1;
            }
            else
            {
                (a, fa) = (c, fc);
                if (side == 1)
                {
                    fb /= 2;
                }

                side = 1;
            }
        }

        return Math.Abs(fa) <= Math.Abs(fb) ? a : b;
    }
}
