using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static MembraneKit.Tests.Resting.RestingFixtures;

namespace MembraneKit.Tests.Resting;

public class GoldmanHodgkinKatzTests
{
    [Fact]
    public void Squid_axon_rests_near_minus_60_millivolts_with_hodgkin_and_katz_permeability_ratios()
    {
        // Concentrations: squid giant axon, Kandel et al., Principles of Neural Science, 5th ed. (2013), Table 6-1:
        // K⁺ 400 in / 20 out, Na⁺ 50 / 440, Cl⁻ 52 / 560 mM. Ratios P_K : P_Na : P_Cl = 1 : 0.04 : 0.45 from
        // Hodgkin & Katz, J. Physiol. 108, 37 (1949). Kandel quotes about −60 mV; at 20 °C by hand:
        // (RT/F) ln[(20 + 0.04·440 + 0.45·52) / (400 + 0.04·50 + 0.45·560)] = 25.26 mV · ln(61.0 / 654.0) = −59.9 mV.
        var axon = Membrane.At(20.Celsius())
            .With(Ion.Potassium, inside: 400, outside: 20).WithPermeability(Ion.Potassium, 1.0)
            .With(Ion.Sodium, inside: 50, outside: 440).WithPermeability(Ion.Sodium, 0.04)
            .With(Ion.Chloride, inside: 52, outside: 560).WithPermeability(Ion.Chloride, 0.45);

        var expected = 1000 * ThermalVolts(20) * Math.Log((20 + 0.04 * 440 + 0.45 * 52) / (400 + 0.04 * 50 + 0.45 * 560));
        var v = GoldmanHodgkinKatz.Potential(axon);

        Assert.Equal(expected, v.Potential.Millivolts, 9);
        Assert.Equal(-60, v.Potential.Millivolts, 0.5);
        Assert.True(v.IsClosedForm);
    }

    [Fact]
    public void A_typical_cell_with_textbook_ratios_rests_between_minus_65_and_minus_75_millivolts()
    {
        // Document 003 (id 2720534): a resting neuron sits near −65 to −70 mV, pulled from E_K towards E_Na.
        var cell = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.04).WithPermeability(Ion.Chloride, 0.45);
        var expected = 1000 * ThermalVolts(37) * Math.Log((5 + 0.04 * 140 + 0.45 * 10) / (140 + 0.04 * 12 + 0.45 * 110));
        var v = cell.GoldmanPotential().Potential.Millivolts;
        Assert.Equal(expected, v, 9);
        Assert.InRange(v, -75, -65);
    }

    [Property]
    public Property Ghk_with_one_permeant_ion_equals_nernst()
    {
        var charges = Gen.Elements(Ion.Potassium, Ion.Chloride, Ion.Calcium, Ion.Magnesium, Ion.Sodium);
        return Prop.ForAll(Gen.Two(Concentrations).ToArbitrary(), charges.ToArbitrary(), Permeabilities.ToArbitrary(), (c, ion, p) =>
        {
            // A second ion is present but impermeant (no permeability): it must not count.
            var other = ion == Ion.Sodium ? Ion.Potassium : Ion.Sodium;
            var m = Membrane.At(30.Celsius()).With(ion, c.Item1, c.Item2).WithPermeability(ion, p).With(other, 10, 100);
            var expected = NernstMillivolts(ion.Charge, c.Item1, c.Item2, 30);
            return Math.Abs(GoldmanHodgkinKatz.Potential(m).Potential.Millivolts - expected) < 1e-9 * Math.Max(1, Math.Abs(expected));
        });
    }

    [Property]
    public Property Scaling_every_permeability_changes_nothing()
    {
        var factors = Gen.Elements(1e-6, 0.01, 3.7, 1e4);
        return Prop.ForAll(Gen.OneOf(MonovalentMembranes, MembranesWithCalcium).ToArbitrary(), factors.ToArbitrary(), (m, k) =>
        {
            var scaled = m.Ions.Aggregate(m, (acc, g) => acc.WithPermeability(g.Ion, k * g.Permeability!.Value.Value));
            return Math.Abs(m.GoldmanPotential().Potential.Volts - scaled.GoldmanPotential().Potential.Volts) < 1e-12;
        });
    }

    [Property]
    public Property Swapping_inside_and_outside_negates_the_ghk_potential() =>
        Prop.ForAll(Gen.OneOf(MonovalentMembranes, MembranesWithCalcium).ToArbitrary(), m =>
            Math.Abs(m.GoldmanPotential().Potential.Volts + Swapped(m).GoldmanPotential().Potential.Volts) < 1e-12);

    [Property]
    public Property The_total_ghk_current_is_zero_at_the_ghk_potential() =>
        Prop.ForAll(Gen.OneOf(MonovalentMembranes, MembranesWithCalcium).ToArbitrary(), m =>
            m.CurrentsAt(m.GoldmanPotential()).IsNetZero);

    [Fact]
    public void The_divalent_solution_matches_the_quadratic_closed_form_for_monovalent_cations_plus_calcium()
    {
        // With monovalent cations and Ca²⁺ only, Σ I = 0 is a quadratic in y = e^(−FV/RT). Derived by hand from the GHK
        // current equation: multiply Σ I = 0 by (1 − y)(1 + y)/(F u) to get
        // (A_out + 4 P_Ca Ca_out) y² − (A_in − A_out) y − (A_in + 4 P_Ca Ca_in) = 0, A = Σ P_i c_i over the monovalent cations.
        const double pNa = 0.05, pCa = 0.5, caIn = 1e-4, caOut = 2;
        var m = Membrane.At(37.Celsius())
            .With(Ion.Potassium, 140, 5).WithPermeability(Ion.Potassium, 1)
            .With(Ion.Sodium, 12, 140).WithPermeability(Ion.Sodium, pNa)
            .With(Ion.Calcium, caIn, caOut).WithPermeability(Ion.Calcium, pCa);
        double aIn = 140 + pNa * 12, aOut = 5 + pNa * 140;
        double a = aOut + 4 * pCa * caOut, b = -(aIn - aOut), c = -(aIn + 4 * pCa * caIn);
        var y = (-b + Math.Sqrt(b * b - 4 * a * c)) / (2 * a);
        var expected = -1000 * ThermalVolts(37) * Math.Log(y);

        var v = m.GoldmanPotential();

        Assert.False(v.IsClosedForm);
        Assert.Equal(expected, v.Potential.Millivolts, 8);
    }

    [Fact]
    public void The_divalent_solution_reduces_to_the_closed_form_as_the_divalent_permeability_goes_to_zero()
    {
        var monovalent = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.04).WithPermeability(Ion.Chloride, 0.45);
        var closed = monovalent.GoldmanPotential();
        var withCalcium = monovalent.With(Ion.Calcium, 1e-4, 2);

        Assert.Equal(closed.Potential.Volts, withCalcium.WithPermeability(Ion.Calcium, 0).GoldmanPotential().Potential.Volts, 15);
        var previous = double.PositiveInfinity;
        foreach (var pCa in new[] { 1e-2, 1e-4, 1e-6, 1e-9 })
        {
            var numerical = withCalcium.WithPermeability(Ion.Calcium, pCa).GoldmanPotential();
            Assert.False(numerical.IsClosedForm);
            var gap = Math.Abs(numerical.Potential.Volts - closed.Potential.Volts);
            Assert.True(gap < previous, $"P_Ca = {pCa}: gap {gap} V did not shrink");
            previous = gap;
        }

        Assert.True(previous < 1e-9, $"gap at P_Ca = 1e-9 is {previous} V");
    }

    [Fact]
    public void The_ghk_current_of_one_ion_matches_the_equation_written_out()
    {
        // Na⁺ at −70 mV, P = 1e-7 cm/s = 1e-9 m/s, 12 mM in / 140 mM out, 37 °C; I in A/m², c in mol/m³.
        var gradient = new IonGradient(Ion.Sodium, 12.Millimolar(), 140.Millimolar(), Permeability.FromCentimetersPerSecond(1e-7));
        var u = F * -0.070 / (R * 310.15);
        var expected = 1e-9 * F * u * (12 - 140 * Math.Exp(-u)) / (1 - Math.Exp(-u));

        var current = GoldmanHodgkinKatz.CurrentOf(gradient, (-70).Millivolts(), 37.Celsius());

        Assert.Equal(CurrentUnit.AmperesPerSquareMeter, current.Unit);
        Assert.Equal(expected, current.Value, 1e-15);
        Assert.Equal(CurrentDirection.Inward, current.Direction);
        Assert.Equal("Na⁺ enters the cell", current.Movement);
        var patch = GoldmanHodgkinKatz.CurrentOf(gradient, (-70).Millivolts(), 37.Celsius(), Area.FromSquareMicrometers(1000));
        Assert.Equal(expected * 1e-9, patch.AsCurrent!.Value.Amperes, 1e-20);
    }

    [Fact]
    public void A_relative_permeability_gives_currents_in_relative_units_and_no_current_for_an_area()
    {
        var gradient = new IonGradient(Ion.Potassium, 140.Millimolar(), 5.Millimolar(), Permeability.Relative(1));
        Assert.Equal(CurrentUnit.Relative, GoldmanHodgkinKatz.CurrentOf(gradient, (-70).Millivolts(), 37.Celsius()).Unit);
        var e = Assert.Throws<InvalidInputException>(() => GoldmanHodgkinKatz.CurrentOf(gradient, (-70).Millivolts(), 37.Celsius(), Area.FromSquareMicrometers(100)));
        Assert.Equal("gradient", e.ParamName);
        Assert.Contains("absolute permeability", e.Message);
    }

    [Fact]
    public void All_permeabilities_zero_is_refused_naming_the_membrane()
    {
        var m = TypicalCell().WithPermeability(Ion.Potassium, 0).WithPermeability(Ion.Sodium, 0);
        var e = Assert.Throws<InvalidInputException>(() => m.GoldmanPotential());
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("every permeability is 0", e.Message);
        Assert.Contains("permeability above 0", e.Message);
    }

    [Fact]
    public void A_membrane_without_permeabilities_is_refused_with_the_fix()
    {
        var e = Assert.Throws<InvalidInputException>(() => TypicalCell().GoldmanPotential());
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("WithPermeability", e.Message);
    }

    [Fact]
    public void An_empty_membrane_is_refused_naming_the_membrane()
    {
        var e = Assert.Throws<InvalidInputException>(() => GoldmanHodgkinKatz.Potential(Membrane.At(37.Celsius())));
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("at least one ion", e.Message);
    }

    [Fact]
    public void Mixing_relative_and_absolute_permeabilities_is_refused()
    {
        var m = TypicalCell().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, Permeability.FromCentimetersPerSecond(1e-7));
        var e = Assert.Throws<InvalidInputException>(() => m.GoldmanPotential());
        Assert.Equal("membrane", e.ParamName);
        Assert.Contains("all relative or all absolute", e.Message);
    }

    [Fact]
    public void The_reversal_potential_moves_from_e_k_towards_e_na_as_p_na_over_p_k_grows()
    {
        // Document 000 (id 2354192): a Na⁺/K⁺ pathway reverses between E_K and E_Na, nearer the more permeant ion.
        var cell = Neuron().WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.01);
        double[] ratios = [0, 0.01, 0.1, 1, 10, 100, 1e6];
        var sweep = GoldmanHodgkinKatz.SweepPermeabilityRatio(cell, Ion.Sodium, Ion.Potassium, ratios);
        var eK = NernstMillivolts(1, 140, 5, 37);
        var eNa = NernstMillivolts(1, 15, 145, 37);

        Assert.Equal("P_Na/P_K", sweep.RatioName);
        Assert.Equal(eK, sweep.Potentials[0].Millivolts, 9);
        Assert.Equal(eNa, sweep.Potentials[^1].Millivolts, 3);
        for (var i = 1; i < ratios.Length; i++)
        {
            Assert.True(sweep.Potentials[i] > sweep.Potentials[i - 1]);
            Assert.InRange(sweep.Potentials[i].Millivolts, eK, eNa);
            var expected = 1000 * ThermalVolts(37) * Math.Log((5 + ratios[i] * 145) / (140 + ratios[i] * 15));
            Assert.Equal(expected, sweep.Potentials[i].Millivolts, 9);
        }
    }

    [Theory]
    [InlineData(1e-9)]
    [InlineData(-3e-8)]
    [InlineData(2e-7)]
    [InlineData(2.6e-6)]
    [InlineData(-1e-5)]
    public void The_shared_current_density_is_accurate_close_to_zero_volts(double volts)
    {
        // Reference: 1 − e^(−u) from its own series u − u²/2 + u³/6 − u⁴/24 (exact to rounding for |u| < 10⁻³).
        const double p = 1e-8, inside = 140, outside = 5, kelvin = 310.15;
        var u = F * volts / (R * kelvin);
        var oneMinusExp = u - u * u / 2 + u * u * u / 6 - u * u * u * u / 24;
        var expected = p * F * (u / oneMinusExp) * (inside - outside * (1 - oneMinusExp));

        var actual = GoldmanHodgkinKatz.CurrentDensity(1, p, inside, outside, volts, kelvin);

        Assert.Equal(expected, actual, Math.Abs(expected) * 1e-12);
    }
}
