using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static MembraneKit.Tests.Numerics.DomainGenerators;

namespace MembraneKit.Tests.Numerics;

/// <summary>The span (SIMD) forms against the scalar forms, element by element, over the whole accepted domain.</summary>
public class BatchFormTests
{
    private static readonly Gen<int> Lengths = Gen.Frequency((3, Gen.Choose(0, 40)), (1, Gen.Choose(500, 3000)));

    /// <summary>A span length and a seed for its elements.</summary>
    private static readonly Gen<(int Length, int Seed)> Shapes = Gen.Zip(Lengths, Gen.Choose(0, int.MaxValue / 2));

    [Property(MaxTest = 300)]
    public Property Batch_nernst_at_one_temperature_is_within_4_ulp_of_the_scalar_form() =>
        Prop.ForAll(Valences.ToArbitrary(), Kelvin.ToArbitrary(), Shapes.ToArbitrary(), (z, kelvin, shape) =>
        {
            var (length, seed) = shape;
            var (inside, outside) = (Concentrations(length, seed), Concentrations(length, seed + 1));
            var volts = new double[length];
            Nernst.PotentialsVolts(z, inside, outside, kelvin, volts);
            for (var i = 0; i < length; i++)
            {
                var scalar = Nernst.PotentialVolts(z, inside[i], outside[i], kelvin);
                Assert.True(Ulps(volts[i], scalar) <= 4, $"z = {z}, {inside[i]:R} | {outside[i]:R} mM, {kelvin:R} K: {volts[i]:R} vs {scalar:R} ({Ulps(volts[i], scalar)} ulp)");
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Batch_nernst_with_a_temperature_per_element_is_within_4_ulp_of_the_scalar_form() =>
        Prop.ForAll(Valences.ToArbitrary(), Shapes.ToArbitrary(), (z, shape) =>
        {
            var (length, seed) = shape;
            var (inside, outside) = (Concentrations(length, seed), Concentrations(length, seed + 1));
            var random = new Random(seed + 2);
            var kelvin = Enumerable.Range(0, length).Select(_ => 200 + 200 * random.NextDouble()).ToArray();
            var volts = new double[length];
            Nernst.PotentialsVolts(z, inside, outside, kelvin, volts);
            for (var i = 0; i < length; i++)
            {
                var scalar = Nernst.PotentialVolts(z, inside[i], outside[i], kelvin[i]);
                Assert.True(Ulps(volts[i], scalar) <= 4, $"z = {z}, {inside[i]:R} | {outside[i]:R} mM, {kelvin[i]:R} K: {volts[i]:R} vs {scalar:R} ({Ulps(volts[i], scalar)} ulp)");
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Batch_ghk_current_is_within_16_ulp_of_the_larger_term_of_the_scalar_form() =>
        Prop.ForAll(Ions.ToArbitrary(), Kelvin.ToArbitrary(), Shapes.ToArbitrary(), (ion, kelvin, shape) =>
        {
            var (length, seed) = shape;
            var random = new Random(seed);
            var millivolts = Enumerable.Range(0, length).Select(_ => random.Next(4) switch
            {
                0 => -10_000 + 20_000 * random.NextDouble(),
                1 => -200 + 400 * random.NextDouble(),
                2 => -30 + 60 * random.NextDouble(),
                _ => random.Next(2) == 0 ? -10_000.0 : 10_000.0,
            }).ToArray();
            var gradient = new IonGradient(Ion.Define("X", "X", ion.Charge), Concentration.FromMillimolar(ion.Inside), Concentration.FromMillimolar(ion.Outside))
            {
                Permeability = Permeability.FromCentimetersPerSecond(1e-6),
            };
            var temperature = Temperature.FromKelvin(kelvin);
            var densities = new double[length];
            GoldmanHodgkinKatz.CurrentDensities(gradient, millivolts, temperature, densities);
            for (var i = 0; i < length; i++)
            {
                var scalar = GoldmanHodgkinKatz.CurrentOf(gradient, Voltage.FromMillivolts(millivolts[i]), temperature).Value;
                var term = LargerTerm(ion.Charge, 1e-8, ion.Inside, ion.Outside, millivolts[i] / 1000, kelvin);
                var ulp = Math.BitIncrement(term) - term;
                Assert.True(double.IsFinite(densities[i]) && Math.Abs(densities[i] - scalar) <= 16 * ulp,
                    $"{ion}, {millivolts[i]:R} mV, {kelvin:R} K: {densities[i]:R} vs {scalar:R} (term {term:R})");
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Batch_boltzmann_open_probability_is_within_4_ulp_of_the_scalar_form() =>
        Prop.ForAll(Gen.Choose(-100_000, 100_000).Select(i => i / 1000.0).ToArbitrary(), Gen.Zip(Millivolts, Kelvin).ToArbitrary(), Shapes.ToArbitrary(),
            (z, model, shape) =>
            {
                var ((half, kelvin), (length, seed)) = (model, shape);
                half = Math.Clamp(half, -10_000, 10_000);
                if (z != 0 && Math.Abs(z) < 1e-6)
                {
                    return true;
                }

                var gating = BoltzmannGating.Create(z, half.Millivolts(), Temperature.FromKelvin(kelvin));
                var random = new Random(seed);
                var millivolts = Enumerable.Range(0, length).Select(_ => random.Next(2) == 0 ? -10_000 + 20_000 * random.NextDouble() : half + (random.NextDouble() - 0.5) * 400).Select(v => Math.Clamp(v, -10_000, 10_000)).ToArray();
                var p = new double[length];
                gating.OpenProbabilities(millivolts, p);
                for (var i = 0; i < length; i++)
                {
                    var scalar = gating.OpenProbability(Voltage.FromMillivolts(millivolts[i]));
                    Assert.True(p[i] is >= 0 and <= 1 && Ulps(p[i], scalar) <= 4, $"{gating} at {millivolts[i]:R} mV: {p[i]:R} vs {scalar:R} ({Ulps(p[i], scalar)} ulp)");
                }

                return true;
            });

    [Fact]
    public void Batch_forms_work_in_place()
    {
        double[] values = [-90, -40, 0, 35];
        var expected = values.Select(v => BoltzmannGating.Create(4, (-40).Millivolts(), Temperature.Body).OpenProbability(v.Millivolts())).ToArray();
        BoltzmannGating.Create(4, (-40).Millivolts(), Temperature.Body).OpenProbabilities(values, values);
        Assert.All(values.Zip(expected), pair => Assert.True(Ulps(pair.First, pair.Second) <= 4, $"{pair.First:R} vs {pair.Second:R}"));

        double[] inside = [140, 15, 10, 1e-4];
        double[] outside = [4, 145, 110, 2];
        var nernst = inside.Select((c, i) => Nernst.PotentialVolts(1, c, outside[i], 310.15)).ToArray();
        Nernst.PotentialsVolts(1, inside, outside, 310.15, inside);
        Assert.All(inside.Zip(nernst), pair => Assert.True(Ulps(pair.First, pair.Second) <= 4, $"{pair.First:R} vs {pair.Second:R}"));
    }

    [Fact]
    public void A_bad_element_is_named_with_its_index_and_the_range()
    {
        var inside = new[] { 140.0, 15, 0, 10 };
        var error = Assert.Throws<InvalidInputException>(() => Nernst.PotentialsVolts(1, inside, new[] { 4.0, 145, 2, 110 }, 310.15, new double[4]));
        Assert.Equal("insideMillimolar[2]", error.ParamName);
        Assert.Contains("from 1E-21 mM to 20000 mM", error.Message);

        var slip = Assert.Throws<InvalidInputException>(() => Nernst.PotentialsVolts(1, new[] { 140.0, 140 }, new[] { 4.0, 4 }, new[] { 310.15, 37 }, new double[2]));
        Assert.Equal("kelvin[1]", slip.ParamName);
        Assert.Contains("did you mean 37.Celsius()?", slip.Message);

        var voltage = Assert.Throws<InvalidInputException>(() => BoltzmannGating.Create(4, Voltage.Zero, Temperature.Body).OpenProbabilities(new[] { 0.0, double.NaN }, new double[2]));
        Assert.Equal("millivolts[1]", voltage.ParamName);

        var beyond = Assert.Throws<InvalidInputException>(() => GoldmanHodgkinKatz.CurrentDensities(
            new IonGradient(Ion.Potassium, 140.Millimolar(), 4.Millimolar()) { Permeability = 1 }, new[] { 10_000.000001 }, Temperature.Body, new double[1]));
        Assert.Equal("millivolts[0]", beyond.ParamName);
        Assert.Contains("from -10000 mV to 10000 mV", beyond.Message);
    }

    [Fact]
    public void Destinations_of_the_wrong_length_or_overlapping_by_an_offset_are_refused()
    {
        var gating = BoltzmannGating.Create(4, Voltage.Zero, Temperature.Body);
        var shorter = Assert.Throws<InvalidInputException>(() => gating.OpenProbabilities(new double[4], new double[3]));
        Assert.Equal("openProbabilities", shorter.ParamName);
        Assert.Contains("a span of 4 elements", shorter.Message);

        var buffer = new double[8];
        var shifted = Assert.Throws<InvalidInputException>(() => gating.OpenProbabilities(buffer.AsSpan(0, 4), buffer.AsSpan(2, 4)));
        Assert.Equal("openProbabilities", shifted.ParamName);
        Assert.Contains("offset of 2", shifted.Message);

        var zero = Assert.Throws<InvalidInputException>(() => Nernst.PotentialsVolts(0, new double[1], new double[1], 300, new double[1]));
        Assert.Equal("charge", zero.ParamName);
    }

    private static double[] Concentrations(int length, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, length).Select(_ => random.Next(8) == 0
            ? (random.Next(2) == 0 ? MinimumMillimolar : MaximumMillimolar)
            : Math.Exp(Math.Log(MinimumMillimolar) + random.NextDouble() * (Math.Log(MaximumMillimolar) - Math.Log(MinimumMillimolar))))];
    }

    /// <summary>|a − b| in units in the last place of b (of the smallest normal double when b is 0).</summary>
    private static double Ulps(double a, double b)
    {
        var magnitude = Math.Max(Math.Abs(b), double.Epsilon);
        return Math.Abs(a - b) / (Math.BitIncrement(magnitude) - magnitude);
    }

    /// <summary>The larger of the two terms of the GHK current, |P zF u/(1 − e^(−u))|·max(c_in, c_out e^(−u)), written
    /// without overflow for either sign of u.</summary>
    private static double LargerTerm(int z, double p, double cin, double cout, double volts, double kelvin)
    {
        const double faraday = 1.602176634e-19 * 6.02214076e23, gasConstant = 1.380649e-23 * 6.02214076e23;
        var u = z * faraday * volts / (gasConstant * kelvin);
        var prefactor = Math.Abs(p * z * faraday);
        if (u == 0)
        {
            return prefactor * Math.Max(cin, cout);
        }

        var e = Math.Exp(-Math.Abs(u));
        var factor = Math.Abs(u) / (1 - e);
        return prefactor * factor * (u > 0 ? Math.Max(cin, cout * e) : Math.Max(cin * e, cout));
    }
}
