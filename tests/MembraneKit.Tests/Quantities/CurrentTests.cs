using FsCheck;
using FsCheck.Fluent;

namespace MembraneKit.Tests.Quantities;

public class CurrentTests
{
    /// <summary>Magnitudes from the smallest subnormal to the largest accepted, log-uniform, with both ends, either sign.</summary>
    private static readonly Gen<double> Accepted =
        from exponent in Gen.Frequency((9, Gen.Choose(-3_230_000, 2_920_000).Select(i => i / 10_000.0)), (1, Gen.Elements(-323.3, 292.0)))
        from negative in Gen.Elements(false, true)
        let magnitude = Math.Min(Current.MaximumAmperes, Math.Pow(10, exponent))
        select negative ? -magnitude : magnitude;

    [Fact]
    public void Every_unit_of_every_accepted_current_is_a_finite_number_with_the_same_sign()
    {
        Prop.ForAll(Accepted.ToArbitrary(), amperes =>
        {
            var current = Current.FromAmperes(amperes);
            double[] units = [current.Amperes, current.Microamperes, current.Nanoamperes, current.Picoamperes, (-current).Amperes];
            return units.All(double.IsFinite) && Math.Sign(current.Picoamperes) == Math.Sign(amperes) && !current.ToString().Contains('∞');
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_unit_of_every_accepted_current_density_is_a_finite_number()
    {
        Prop.ForAll(Accepted.ToArbitrary(), value =>
        {
            var density = CurrentDensity.FromAmperesPerSquareMetre(value);
            double[] units = [density.MilliamperesPerSquareCentimetre, density.MicroamperesPerSquareCentimetre];
            return units.All(double.IsFinite) && !density.ToString().Contains('∞');
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Units_convert_by_powers_of_ten()
    {
        Assert.Equal(2.5e-12, Current.FromPicoamperes(2.5).Amperes, 1e-24);
        Assert.Equal(2500, Current.FromNanoamperes(2.5).Picoamperes, 1e-9);
        Assert.Equal(-3e-3, Current.FromMilliamperes(-3).Amperes, 1e-15);
        Assert.Equal(4, Current.FromMicroamperes(4e-3).Nanoamperes, 1e-12);
    }

    [Fact]
    public void A_ratio_of_two_currents_is_dimensionless_and_refuses_a_zero_denominator()
    {
        Assert.Equal(2.5, Current.FromPicoamperes(5) / Current.FromPicoamperes(2), 15);
        var error = Assert.Throws<InvalidInputException>(() => Current.FromPicoamperes(5) / Current.Zero);
        Assert.Equal("right", error.ParamName);
        Assert.Contains("nonzero", error.Message);
    }

    [Fact]
    public void A_non_finite_factor_is_refused_naming_it()
    {
        var error = Assert.Throws<InvalidInputException>(() => double.NaN * Current.FromPicoamperes(1));
        Assert.Equal("factor", error.ParamName);
    }

    [Fact]
    public void The_biggest_electrode_partial_currents_stay_inside_the_accepted_range_or_are_refused()
    {
        // i₀ = 10²⁹² A/m² at 10 V of overpotential: the partial current would leave the accepted range, so the
        // potential is refused rather than a current density whose µA/cm² is infinite.
        var reaction = RedoxCouple.FerricFerrous.OnElectrode(CurrentDensity.FromAmperesPerSquareMetre(1e292));
        var error = Assert.Throws<InvalidInputException>(() => reaction.CurrentAt(reaction.EquilibriumPotential + Voltage.FromVolts(1)));
        Assert.Equal("potential", error.ParamName);
        var near = reaction.CurrentAt(reaction.EquilibriumPotential);
        Assert.True(double.IsFinite(near.Net.MicroamperesPerSquareCentimetre));
    }
}
