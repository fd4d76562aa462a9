using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static MembraneKit.Tests.Numerics.DomainGenerators;

namespace MembraneKit.Tests.Numerics;

public class PlanckMixtureDomainTests
{
    private const double Faraday = 1.602176634e-19 * 6.02214076e23;
    private const double GasConstant = 1.380649e-23 * 6.02214076e23;

    private static readonly Ion[] Cations = [Ion.Hydrogen, Ion.Potassium, Ion.Sodium, Ion.Lithium];
    private static readonly Ion[] Anions = [Ion.Chloride, Ion.Bicarbonate, Ion.Hydroxide];

    /// <summary>A neutral mixture on each side: one to four cations at concentrations across the whole accepted range (or
    /// absent on one side), and the anions sharing the cations' total in random fractions.</summary>
    private static readonly Gen<(List<(Ion Ion, double Left, double Right)> Ions, double Kelvin)> Mixtures =
        from cationCount in Gen.Choose(1, 4)
        from anionCount in Gen.Choose(1, 3)
        from cationLeft in Gen.ArrayOf(Millimolar.Select(c => c / 4), cationCount)
        from cationRight in Gen.ArrayOf(Millimolar.Select(c => c / 4), cationCount)
        from absent in Gen.Choose(-1, 2 * cationCount - 1)
        from anionLeftShares in Gen.ArrayOf(Gen.Choose(1, 1000), anionCount)
        from anionRightShares in Gen.ArrayOf(Gen.Choose(1, 1000), anionCount)
        from kelvin in Kelvin
        select (Build(cationLeft, cationRight, absent, anionLeftShares, anionRightShares), kelvin);

    [Property(MaxTest = 300)]
    public Property Planck_for_any_monovalent_mixture_agrees_with_a_separate_bisection_to_1e_10() =>
        Prop.ForAll(Mixtures.ToArbitrary(), mixture =>
        {
            var junction = LiquidJunction.At(Temperature.FromKelvin(mixture.Kelvin));
            foreach (var (ion, left, right) in mixture.Ions)
            {
                junction = junction.With(ion, left, right);
            }

            var volts = junction.Planck().Potential.Volts;
            var thermal = GasConstant * mixture.Kelvin / Faraday;
            var reference = ReferenceLogXi(mixture.Ions) * thermal;
            var description = $"{string.Join("; ", mixture.Ions.Select(i => $"{i.Ion.Symbol} {i.Left:R} | {i.Right:R} mM"))}, T = {mixture.Kelvin:R} K";

            // The solver is good to the limit of double precision; 1e-10 of the potential's natural scale RT/F or of the
            // potential, whichever is larger, is the issue's bar for solvers.
            Assert.True(double.IsFinite(volts) && Math.Abs(volts - reference) <= 1e-10 * Math.Max(Math.Abs(reference), thermal),
                $"{description}: {volts:R} V vs reference {reference:R} V");
            return true;
        });

    private static List<(Ion Ion, double Left, double Right)> Build(double[] cationLeft, double[] cationRight, int absent, int[] anionLeftShares, int[] anionRightShares)
    {
        // Cations from 10⁻²¹ mM to 5 000 mM each, so four of them and their anions stay within 20 000 mM.
        var left = cationLeft.Select(c => Math.Max(c, MinimumMillimolar)).ToArray();
        var right = cationRight.Select(c => Math.Max(c, MinimumMillimolar)).ToArray();

        // One cation may be absent on one side (HCl | KCl), as long as that side keeps another cation.
        if (absent >= 0 && left.Length > 1)
        {
            (absent < left.Length ? left : right)[absent % left.Length] = 0;
        }

        var ions = new List<(Ion, double, double)>();
        for (var i = 0; i < left.Length; i++)
        {
            ions.Add((Cations[i], left[i], right[i]));
        }

        // The anions share each side's cation total; a share below the smallest accepted concentration is left out on
        // that side, and the last anion carries the rest (or, if that rest is too small, the whole total).
        var anionCount = anionLeftShares.Length;
        var anionLeft = Shares(totalOf: left.Sum(), anionLeftShares);
        var anionRight = Shares(totalOf: right.Sum(), anionRightShares);
        for (var i = 0; i < anionCount; i++)
        {
            if (anionLeft[i] > 0 || anionRight[i] > 0)
            {
                ions.Add((Anions[i], anionLeft[i], anionRight[i]));
            }
        }

        return ions;
    }

    private static double[] Shares(double totalOf, int[] shares)
    {
        var sum = (double)shares.Sum();
        var result = shares.Select(w => totalOf * w / sum).Select(c => c < MinimumMillimolar ? 0 : c).ToArray();
        result[^1] = 0;
        var rest = totalOf - result.Sum();
        if (rest < MinimumMillimolar)
        {
            Array.Clear(result);
            rest = totalOf;
        }

        result[^1] = rest;
        return result;
    }

    /// <summary>ln ξ of Planck's equation, by the test's own plain bisection on s = ln ξ / ln r (r = c₂/c₁), written with
    /// Math.Pow instead of exponentials: (s+1)(U₂rˢ − U₁)/(r^(s+1) − 1) = (1−s)(V₂r⁻ˢ − V₁)/(r^(1−s) − 1); for c₁ = c₂,
    /// the Goldman form ln((U₁+V₂)/(U₂+V₁)).</summary>
    private static double ReferenceLogXi(List<(Ion Ion, double Left, double Right)> ions)
    {
        double u1 = 0, u2 = 0, v1 = 0, v2 = 0, c1 = 0, c2 = 0;
        foreach (var (ion, left, right) in ions)
        {
            var mobility = ion.LimitingEquivalentConductivity!.Value;
            if (ion.Charge > 0)
            {
                (u1, u2, c1, c2) = (u1 + mobility * left, u2 + mobility * right, c1 + left, c2 + right);
            }
            else
            {
                (v1, v2) = (v1 + mobility * left, v2 + mobility * right);
            }
        }

        var r = c2 / c1;
        var logR = Math.Log(r);
        if (Math.Abs(logR) < 1e-12)
        {
            return Math.Log((u1 + v2) / (u2 + v1));
        }

        // p/(r^p − 1), by a series where r^p is within 1e-4 of 1 (the test's own expm1).
        double Weight(double p)
        {
            var x = p * logR;
            if (Math.Abs(x) < 1e-4)
            {
                return 1 / (logR * (1 + x / 2 + x * x / 6 + x * x * x / 24));
            }

            return p / (Math.Pow(r, p) - 1);
        }

        double Residual(double s) => Weight(s + 1) * (u2 * Math.Pow(r, s) - u1) - Weight(1 - s) * (v2 * Math.Pow(r, -s) - v1);

        double lower = -1, upper = 1;
        while (Math.Sign(Residual(lower)) == Math.Sign(Residual(upper)))
        {
            (lower, upper) = (lower * 2, upper * 2);
        }

        var rising = Residual(upper) > 0;
        while (true)
        {
            var middle = lower + (upper - lower) / 2;
            if (!(middle > lower && middle < upper))
            {
                return logR * (Math.Abs(Residual(lower)) <= Math.Abs(Residual(upper)) ? lower : upper);
            }

            if ((Residual(middle) > 0) == rising)
            {
                upper = middle;
            }
            else
            {
                lower = middle;
            }
        }
    }
}
