using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Channels;

public class SelectivityTests
{
    [Fact]
    public void Equal_barriers_give_equal_permeabilities()
    {
        Assert.Equal(1, Selectivity.PermeabilityRatio(MolarEnergy.Zero, 37.Celsius()));
    }

    [Fact]
    public void A_hundredfold_ratio_costs_RT_ln_100_which_is_11_9_kJ_per_mol_at_37_celsius()
    {
        // Hand arithmetic: RT = 8.314462618 × 310.15 = 2578.73 J/mol; ln 100 = 4.60517; product 11875 J/mol.
        var barrier = Selectivity.BarrierDifference(0.01, 37.Celsius());
        Assert.Equal(11.875, barrier.KilojoulesPerMole, 3);
        Assert.Equal(Math.Log(100), barrier.InThermalUnits(37.Celsius()), 12);
        Assert.Equal(-11.875, Selectivity.BarrierDifference(100, 37.Celsius()).KilojoulesPerMole, 3);
    }

    [Fact]
    public void A_lower_barrier_makes_the_ion_more_permeant()
    {
        // ΔΔG = −RT ln 10 = −5.937 kJ/mol at 37 °C → P_X/P_Y = 10.
        Assert.Equal(10, Selectivity.PermeabilityRatio(MolarEnergy.FromJoulesPerMole(-2578.7306 * Math.Log(10)), 37.Celsius()), 4);
        Assert.True(Selectivity.PermeabilityRatio(1.Kilojoules(), 37.Celsius()) < 1);
    }

    [Property]
    public Property Ratio_to_barrier_to_ratio_round_trips()
    {
        var logRatios = Gen.Choose(-20000, 20000).Select(i => i / 1000.0);
        var celsius = Gen.Choose(0, 60);
        return Prop.ForAll(logRatios.ToArbitrary(), celsius.ToArbitrary(), (logRatio, t) =>
        {
            var ratio = Math.Exp(logRatio);
            var temperature = t.Celsius();
            var back = Selectivity.PermeabilityRatio(Selectivity.BarrierDifference(ratio, temperature), temperature);
            return Math.Abs(back / ratio - 1) < 1e-12;
        });
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    [InlineData(double.PositiveInfinity)]
    public void A_ratio_that_is_not_positive_and_finite_is_refused(double ratio)
    {
        var e = Assert.Throws<InvalidInputException>(() => Selectivity.BarrierDifference(ratio, 37.Celsius()));
        Assert.Equal("permeabilityRatio", e.ParamName);
        Assert.Contains("above 0", e.Message);
    }

    [Fact]
    public void A_barrier_difference_that_would_overflow_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => Selectivity.PermeabilityRatio(MolarEnergy.FromKilojoulesPerMole(-5000), 37.Celsius()));
        Assert.Equal("barrierDifference", e.ParamName);
        Assert.Contains("700 RT", e.Message);
    }
}

file static class EnergyLiterals
{
    public static MolarEnergy Kilojoules(this int kilojoulesPerMole) => MolarEnergy.FromKilojoulesPerMole(kilojoulesPerMole);
}
