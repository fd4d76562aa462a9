using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static MembraneKit.Tests.Numerics.DomainGenerators;

namespace MembraneKit.Tests.Numerics;

public class GhkCurrentDomainTests
{
    private const double Faraday = 1.602176634e-19 * 6.02214076e23;
    private const double GasConstant = 1.380649e-23 * 6.02214076e23;

    [Property(MaxTest = 500)]
    public Property Ghk_current_is_finite_and_agrees_with_a_decimal_reference_over_the_whole_domain() =>
        Prop.ForAll(Ions.ToArbitrary(), Millivolts.ToArbitrary(), Kelvin.ToArbitrary(), (ion, mv, kelvin) =>
        {
            var species = Ion.Define("X", "X", ion.Charge);
            var gradient = new IonGradient(species, Concentration.FromMillimolar(ion.Inside), Concentration.FromMillimolar(ion.Outside))
            {
                Permeability = Permeability.FromCentimetersPerSecond(1e-6),
            };
            var current = GoldmanHodgkinKatz.CurrentOf(gradient, mv.Millivolts(), Temperature.FromKelvin(kelvin)).Value;
            var (expected, largestTerm) = Reference(ion.Charge, 1e-8, ion.Inside, ion.Outside, mv / 1000, kelvin);
            Assert.True(double.IsFinite(current) && Math.Abs(current - expected) <= 1e-12 * largestTerm,
                $"z = {ion.Charge}, c_in = {ion.Inside:R} mM, c_out = {ion.Outside:R} mM, V = {mv:R} mV, T = {kelvin:R} K: {current:R} vs {expected:R} (largest term {largestTerm:R})");
            return true;
        });

    [Fact]
    public void Calcium_far_beyond_its_nernst_potential_carries_the_asymptotic_current_not_nan()
    {
        // The issue's example: Ca²⁺ 1e-4 mM in, 2 mM out, 37 °C, V = −9500 mV: e^(−u) overflows. There the current is
        // P z F · u · c_out to double precision (the c_in term and the 1 in 1 − e^(−u) are below 10⁻³⁰⁰ of it).
        var membrane = Membrane.At(37.Celsius()).With(Ion.Calcium, inside: 1e-4, outside: 2);
        var gradient = membrane.Gradient(Ion.Calcium) with { Permeability = Permeability.FromCentimetersPerSecond(1e-6) };
        var current = GoldmanHodgkinKatz.CurrentOf(gradient, (-9500).Millivolts(), 37.Celsius()).Value;
        var u = 2 * Faraday * -9.5 / (GasConstant * 310.15);
        Assert.Equal(1e-8 * 2 * Faraday * u * 2, current, Math.Abs(current) * 1e-14);
    }

    [Property(MaxTest = 40)]
    public Property Iv_curves_over_the_whole_domain_have_finite_currents_that_match_the_reference() =>
        Prop.ForAll(Gen.ListOf(Ions, 2).ToArbitrary(), Kelvin.ToArbitrary(), Gen.Two(Millivolts).ToArbitrary(), (ions, kelvin, ends) =>
        {
            if (ends.Item1 == ends.Item2)
            {
                return true;
            }

            var membrane = Membrane.At(Temperature.FromKelvin(kelvin));
            var names = new[] { "A", "B" };
            var list = ions.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                var species = Ion.Define(names[i], names[i], list[i].Charge);
                membrane = membrane.With(species, list[i].Inside, list[i].Outside).WithPermeability(species, Permeability.FromCentimetersPerSecond(1e-6));
            }

            var (from, to) = (Math.Min(ends.Item1, ends.Item2), Math.Max(ends.Item1, ends.Item2));
            var curve = GoldmanHodgkinKatz.IVCurve(membrane, from.Millivolts(), to.Millivolts(), 301);
            for (var k = 0; k < curve.Count; k++)
            {
                var volts = curve.Voltages[k].Volts;
                double expected = 0, largest = 0;
                foreach (var ion in list)
                {
                    var (value, term) = Reference(ion.Charge, 1e-8, ion.Inside, ion.Outside, volts, kelvin);
                    expected += value;
                    largest = Math.Max(largest, term);
                }

                Assert.True(double.IsFinite(curve.Currents[k]) && Math.Abs(curve.Currents[k] - expected) <= 1e-12 * largest,
                    $"{string.Join(", ", list)} at {volts:R} V, T = {kelvin:R} K: {curve.Currents[k]:R} vs {expected:R} (largest term {largest:R})");
            }

            return true;
        });

    [Fact]
    public void A_trivalent_anion_at_six_volts_gives_finite_currents()
    {
        var anion = Ion.Define("Citrate", "Cit", -3);
        var membrane = Membrane.At(37.Celsius()).With(anion, inside: 10, outside: 20_000).WithPermeability(anion, Permeability.FromCentimetersPerSecond(1e-6));
        var curve = membrane.IVCurve(6000.Millivolts(), 6500.Millivolts(), 11);
        Assert.All(curve.Currents, c => Assert.True(double.IsFinite(c)));
    }

    [Fact]
    public void A_current_beyond_the_double_range_is_refused_with_a_clear_error_not_infinity()
    {
        var membrane = Membrane.At(37.Celsius()).With(Ion.Potassium, inside: 20_000, outside: 20_000).WithPermeability(Ion.Potassium, 1e300);
        var error = Assert.Throws<InvalidInputException>(() => membrane.CurrentsAt(10_000.Millivolts()));
        Assert.Contains("P_K", error.Message);
    }

    /// <summary>
    /// The GHK current P z F · u (c_in − c_out e^(−u)) / (1 − e^(−u)) and the magnitude of its largest term, with
    /// e^(−u) − 1 from the exact series (BigInteger) where |u| ≤ 1 and from Math.Exp elsewhere, evaluated in the
    /// form that never overflows for the sign of u.
    /// </summary>
    private static (double Value, double LargestTerm) Reference(int z, double p, double cin, double cout, double volts, double kelvin)
    {
        var u = z * Faraday * volts / (GasConstant * kelvin);
        var prefactor = p * z * Faraday;
        if (u == 0)
        {
            return (prefactor * (cin - cout), Math.Abs(prefactor) * Math.Max(cin, cout));
        }

        var magnitude = Math.Abs(u);
        var em1 = magnitude <= 1 ? ExactReference.ToDouble(ExactReference.ExpM1(-magnitude)) : Math.Exp(-magnitude) - 1;
        var e = magnitude <= 1 ? 1 + em1 : Math.Exp(-magnitude);
        var (a, b) = u > 0 ? (cin, cout * e) : (cin * e, cout);
        var factor = u > 0 ? u / -em1 : u / em1;
        return (prefactor * factor * (a - b), Math.Abs(prefactor * factor) * Math.Max(a, b));
    }
}
