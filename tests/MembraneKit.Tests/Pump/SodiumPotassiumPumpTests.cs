using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Pump;

public class SodiumPotassiumPumpTests
{
    private const double ElementaryCharge = 1.602176634e-19; // C, exact (SI 2019)

    [Fact]
    public void The_standard_pump_moves_three_sodium_out_and_two_potassium_in_per_atp()
    {
        var pump = SodiumPotassiumPump.Standard;
        Assert.Equal(3, pump.SodiumPerCycle);
        Assert.Equal(2, pump.PotassiumPerCycle);
        Assert.Equal(1, pump.NetChargePerCycle);
        Assert.Equal(1.5, pump.CouplingRatio);
        Assert.True(pump.IsElectrogenic);
        Assert.Equal("Na⁺/K⁺-ATPase (3 Na⁺ out : 2 K⁺ in per ATP)", pump.ToString());
    }

    [Fact]
    public void A_million_cycles_per_second_of_the_standard_pump_carry_0_16_picoamperes_outward()
    {
        // One net elementary charge per cycle: 1e6 × 1.602176634e-19 C = 1.602e-13 A.
        var current = SodiumPotassiumPump.Standard.CurrentAt(1e6);
        Assert.Equal(1e6 * ElementaryCharge, current.Amperes, 1e-25);
        Assert.True(current > Current.Zero);
    }

    [Fact]
    public void The_turnover_is_read_back_from_a_pump_current()
    {
        // 1 pA of pump current with one net charge per cycle: 1e-12 / e = 6.2415e6 cycles per second.
        var cycles = SodiumPotassiumPump.Standard.CyclesPerSecondFor(1.0.Picoamperes());
        Assert.Equal(1e-12 / ElementaryCharge, cycles, 1e-3);
    }

    [Fact]
    public void A_stoichiometry_of_the_same_counts_equals_the_standard_pump()
    {
        Assert.Equal(SodiumPotassiumPump.Standard, SodiumPotassiumPump.WithStoichiometry(3, 2));
        Assert.NotEqual(SodiumPotassiumPump.Standard, SodiumPotassiumPump.WithStoichiometry(2, 2));
    }

    [Fact]
    public void Half_filled_sites_give_one_thirty_second_of_the_maximal_rate()
    {
        // Each of 3 Na⁺ and 2 K⁺ sites filled with probability 1/2: (1/2)^5 = 1/32.
        var pump = SodiumPotassiumPump.Standard.WithHalfActivation(10.Millimolar(), 2.Millimolar());
        Assert.Equal(1.0 / 32, pump.Activation(10.Millimolar(), 2.Millimolar()), 12);
        Assert.True(pump.Activation(10.Molar(), 10.Molar()) > 0.99);
    }

    [Property]
    public Property Ions_and_current_scale_with_the_stoichiometry()
    {
        var counts = Gen.Choose(1, 10);
        var picoamperes = Gen.Choose(1, 100000).Select(i => i / 100.0);
        return Prop.ForAll(counts.ToArbitrary(), counts.ToArbitrary(), picoamperes.ToArbitrary(), (nNa, nK, pA) =>
        {
            var pump = SodiumPotassiumPump.WithStoichiometry(nNa, nK);
            var demand = pump.DemandFor(pA.Picoamperes());
            var sodiumPerSecond = pA * 1e-12 / ElementaryCharge;
            var atp = sodiumPerSecond / nNa;
            return Close(demand.SodiumIonsPerSecond, sodiumPerSecond)
                && Close(demand.AtpPerSecond, atp)
                && Close(demand.PotassiumIonsPerSecond, atp * nK)
                && Math.Abs(demand.PumpCurrent.Amperes - atp * (nNa - nK) * ElementaryCharge) <= 1e-12 * pA * 1e-12;
        });
    }

    [Property]
    public Property Turnover_and_current_are_inverse_for_an_electrogenic_pump()
    {
        var counts = Gen.Choose(1, 10);
        var rates = Gen.Choose(0, 1000000).Select(i => i * 37.0);
        return Prop.ForAll(counts.ToArbitrary(), counts.ToArbitrary(), rates.ToArbitrary(), (nNa, nK, rate) =>
        {
            var pump = SodiumPotassiumPump.WithStoichiometry(nNa, nK);
            return !pump.IsElectrogenic || Math.Abs(pump.CyclesPerSecondFor(pump.CurrentAt(rate)) - rate) <= 1e-9 * (rate + 1);
        });
    }

    [Property]
    public Property The_pump_speeds_up_with_inside_sodium_and_outside_potassium()
    {
        var millimolar = Gen.Choose(1, 200000).Select(i => i / 1000.0);
        return Prop.ForAll(millimolar.ToArbitrary(), millimolar.ToArbitrary(), (a, b) =>
        {
            var pump = SodiumPotassiumPump.Standard;
            var low = Math.Min(a, b);
            var high = Math.Max(a, b);
            var k = 4.Millimolar();
            var na = 15.Millimolar();
            return pump.Activation(low.Millimolar(), k) <= pump.Activation(high.Millimolar(), k)
                && pump.Activation(na, low.Millimolar()) <= pump.Activation(na, high.Millimolar())
                && pump.Activation(high.Millimolar(), high.Millimolar()) <= 1;
        });
    }

    [Theory]
    [InlineData(0, 2, "sodiumPerCycle")]
    [InlineData(-3, 2, "sodiumPerCycle")]
    [InlineData(3, 0, "potassiumPerCycle")]
    [InlineData(3, 11, "potassiumPerCycle")]
    public void A_stoichiometry_outside_one_to_ten_is_refused(int sodium, int potassium, string parameter)
    {
        var e = Assert.Throws<InvalidInputException>(() => SodiumPotassiumPump.WithStoichiometry(sodium, potassium));
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains("whole number of ions per cycle from 1 to 10", e.Message);
    }

    [Fact]
    public void A_negative_turnover_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => SodiumPotassiumPump.Standard.CurrentAt(-5));
        Assert.Equal("cyclesPerSecond", e.ParamName);
        Assert.Contains("-5 cycles/s", e.Message);
    }

    [Fact]
    public void The_turnover_of_a_pump_that_moves_no_charge_cannot_be_read_from_a_current()
    {
        var e = Assert.Throws<InvalidInputException>(() => SodiumPotassiumPump.WithStoichiometry(2, 2).CyclesPerSecondFor(1.0.Picoamperes()));
        Assert.Equal("pumpCurrent", e.ParamName);
        Assert.Contains("carries no current", e.Message);
    }

    [Fact]
    public void An_inward_current_is_not_a_standard_pump_current()
    {
        var e = Assert.Throws<InvalidInputException>(() => SodiumPotassiumPump.Standard.CyclesPerSecondFor((-1.0).Picoamperes()));
        Assert.Equal("pumpCurrent", e.ParamName);
        Assert.Contains("outward", e.Message);
    }

    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= 1e-12 * Math.Abs(expected);
}
