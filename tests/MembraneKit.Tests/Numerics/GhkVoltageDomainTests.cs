using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static MembraneKit.Tests.Numerics.DomainGenerators;

namespace MembraneKit.Tests.Numerics;

public class GhkVoltageDomainTests
{
    private const double Faraday = 1.602176634e-19 * 6.02214076e23;
    private const double GasConstant = 1.380649e-23 * 6.02214076e23;

    [Property(MaxTest = 200)]
    public Property Multivalent_ghk_voltage_agrees_with_a_separate_bisection_to_1e_10() =>
        Prop.ForAll(Gen.ListOf(Ions, 2).ToArbitrary(), Kelvin.ToArbitrary(), Scales.ToArbitrary(), (ions, kelvin, scale) =>
        {
            var list = ions.ToList();
            var membrane = Membrane.At(Temperature.FromKelvin(kelvin));
            for (var i = 0; i < list.Count; i++)
            {
                var species = Ion.Define($"X{i}", $"X{i}", list[i].Charge);
                membrane = membrane.With(species, list[i].Inside, list[i].Outside).WithPermeability(species, scale * (i + 1));
            }

            var volts = GoldmanHodgkinKatz.Potential(membrane).Potential.Volts;
            var reference = Bisect(list, kelvin);
            var bound = Math.Max(Math.Abs(reference.Lower), Math.Abs(reference.Upper));

            // 1e-10 of the bracket, or the limit of double precision where the sum is that flat: the rounding of its
            // terms (a few ulps of their summed magnitude) divided by its slope.
            var flatness = 64 * 2.220446049250313e-16 * reference.TermMagnitude / Math.Abs(reference.Slope);
            Assert.True(Math.Abs(volts - reference.Root) <= Math.Max(1e-10 * Math.Max(bound, 1e-3), flatness),
                $"{string.Join(", ", list)}, T = {kelvin:R} K, scale {scale:R}: {volts:R} V vs {reference.Root:R} V");
            return true;
        });

    [Property(MaxTest = 200)]
    public Property The_closed_form_is_the_same_at_every_permeability_scale_from_1e_minus_300_to_1e300() =>
        Prop.ForAll(Gen.ListOf(Ions.Select(i => (Charge: i.Charge > 0 ? 1 : -1, i.Inside, i.Outside)), 3).ToArbitrary(), Scales.ToArbitrary(), (ions, scale) =>
        {
            var list = ions.ToList();
            Membrane Make(double s)
            {
                var m = Membrane.At(37.Celsius());
                for (var i = 0; i < list.Count; i++)
                {
                    var species = Ion.Define($"X{i}", $"X{i}", list[i].Charge);
                    m = m.With(species, list[i].Inside, list[i].Outside).WithPermeability(species, s * (0.25 + i));
                }

                return m;
            }

            var scaled = GoldmanHodgkinKatz.Potential(Make(scale)).Potential.Volts;
            var unit = GoldmanHodgkinKatz.Potential(Make(1)).Potential.Volts;

            // Independent closed form with the weights 0.25, 1.25, 2.25 themselves.
            double numerator = 0, denominator = 0;
            for (var i = 0; i < list.Count; i++)
            {
                var (top, bottom) = list[i].Charge > 0 ? (list[i].Outside, list[i].Inside) : (list[i].Inside, list[i].Outside);
                numerator += (0.25 + i) * top;
                denominator += (0.25 + i) * bottom;
            }

            var expected = GasConstant * 310.15 / Faraday * Math.Log(numerator / denominator);
            var tolerance = 1e-12 * Math.Max(Math.Abs(expected), GasConstant * 310.15 / Faraday);
            Assert.True(double.IsFinite(scaled) && Math.Abs(scaled - expected) <= tolerance && Math.Abs(unit - expected) <= tolerance,
                $"{string.Join(", ", list)} scale {scale:R}: {scaled:R} and {unit:R} vs {expected:R}");
            return true;
        });

    [Fact]
    public void Nernst_potentials_a_few_ulps_apart_give_an_answer_not_a_mathnet_exception()
    {
        var membrane = Membrane.At(37.Celsius())
            .With(Ion.Calcium, inside: 1e-4, outside: 2).WithPermeability(Ion.Calcium, 1)
            .With(Ion.Magnesium, inside: 1e-4, outside: 2.0000000000000004).WithPermeability(Ion.Magnesium, 1);
        var v = GoldmanHodgkinKatz.Potential(membrane).Potential.Volts;
        var eCa = Nernst.PotentialVolts(2, 1e-4, 2, 310.15);
        Assert.Equal(eCa, v, 1e-15);
    }

    /// <summary>The zero of the summed GHK currents by plain bisection on the test's own current formula, until the
    /// bracket cannot shrink; with the bracket it started from (the lowest and highest Nernst potential).</summary>
    private static (double Root, double Lower, double Upper, double TermMagnitude, double Slope) Bisect(List<(int Charge, double Inside, double Outside)> ions, double kelvin)
    {
        double Current(double volts) => Sum(volts, false);

        double Sum(double volts, bool magnitudes)
        {
            var total = 0.0;
            foreach (var (z, cin, cout) in ions)
            {
                var u = z * Faraday * volts / (GasConstant * kelvin);
                var weight = 1.0 + ions.IndexOf((z, cin, cout));
                if (Math.Abs(u) < 1e-8)
                {
                    // u/(1 − e^(−u))·(c_in − c_out e^(−u)) = (c_in − c_out) + u (c_in + c_out)/2 + O(u²).
                    total += magnitudes ? weight * Math.Abs(z) * (cin + cout) : weight * z * (cin - cout + u * (cin + cout) / 2);
                    continue;
                }

                // Divide through by the larger of 1 and e^(−u) so nothing overflows.
                total += (u > 0, magnitudes) switch
                {
                    (true, false) => weight * z * u * (cin - cout * Math.Exp(-u)) / (1 - Math.Exp(-u)),
                    (true, true) => Math.Abs(weight * z * u * (cin + cout * Math.Exp(-u)) / (1 - Math.Exp(-u))),
                    (false, false) => weight * z * u * (cin * Math.Exp(u) - cout) / (Math.Exp(u) - 1),
                    (false, true) => Math.Abs(weight * z * u * (cin * Math.Exp(u) + cout) / (Math.Exp(u) - 1)),
                };
            }

            return total;
        }

        var nernst = ions.Select(i => GasConstant * kelvin / (i.Charge * Faraday) * Math.Log(i.Outside / i.Inside)).ToArray();
        double lower = nernst.Min(), upper = nernst.Max();
        double a = lower, b = upper;
        while (true)
        {
            var middle = a + (b - a) / 2;
            if (!(middle > a && middle < b))
            {
                var root = Math.Abs(Current(a)) <= Math.Abs(Current(b)) ? a : b;
                var h = 1e-6 * Math.Max(upper - lower, 1e-9);
                return (root, lower, upper, Sum(root, true), (Current(root + h) - Current(root - h)) / (2 * h));
            }

            if (Current(middle) > 0)
            {
                b = middle;
            }
            else
            {
                a = middle;
            }
        }
    }
}
