using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Pump;

public class PumpCycleEnergeticsTests
{
    private const double Faraday = 96485.33212331001;   // C/mol = e·N_A (SI 2019)
    private const double Gas = 8.31446261815324;        // J/(mol K) = k_B·N_A (SI 2019)

    private static readonly Membrane Cell = Membrane.At(37.Celsius())
        .With(Ion.Potassium, inside: 140, outside: 4)
        .With(Ion.Sodium, inside: 15, outside: 145);

    [Fact]
    public void At_minus_seventy_millivolts_a_cycle_needs_about_forty_three_kilojoules_and_atp_suffices()
    {
        // By hand: RT at 310.15 K; Na⁺ out: RT ln(145/15) + F·0.070; K⁺ in: RT ln(140/4) − F·0.070.
        var rt = Gas * 310.15;
        var sodium = 3 * (rt * Math.Log(145.0 / 15) + Faraday * 0.070);
        var potassium = 2 * (rt * Math.Log(140.0 / 4) - Faraday * 0.070);

        var energetics = SodiumPotassiumPump.Standard.CycleEnergetics(Cell, (-70).Millivolts());

        Assert.Equal(sodium, energetics.SodiumWork.JoulesPerMole, 1e-6);
        Assert.Equal(potassium, energetics.PotassiumWork.JoulesPerMole, 1e-6);
        Assert.Equal(sodium + potassium, energetics.RequiredFreeEnergy.JoulesPerMole, 1e-6);
        Assert.InRange(energetics.RequiredFreeEnergy.KilojoulesPerMole, 42, 43.5);
        Assert.True(energetics.AtpSuffices);
        Assert.Equal(55, energetics.AvailableFreeEnergy.KilojoulesPerMole, 12);
        Assert.InRange(energetics.Efficiency, 0.7, 0.85);
        Assert.Equal(energetics.AvailableFreeEnergy - energetics.RequiredFreeEnergy, energetics.Surplus);
    }

    [Fact]
    public void A_weak_atp_does_not_pay_for_a_cycle_at_a_strongly_negative_potential()
    {
        // At −200 mV: Na⁺ out 3 × (5.85 + 19.30) ≈ 75.4 kJ/mol, K⁺ in 2 × (9.17 − 19.30) ≈ −20.3 kJ/mol; 55.2 > 50.
        var energetics = SodiumPotassiumPump.Standard.CycleEnergetics(Cell, (-200).Millivolts(), MolarEnergy.FromKilojoulesPerMole(-50));
        Assert.False(energetics.AtpSuffices);
        Assert.True(energetics.Surplus < MolarEnergy.Zero);
    }

    [Property]
    public Property The_cost_falls_by_one_faraday_per_volt_for_each_net_charge_moved_out()
    {
        // d(ΔG_transport)/dV = −(n_Na − n_K)·F: moving net positive charge out is easier at a more positive inside.
        var millivolts = Gen.Choose(-150, 50);
        var stoichiometries = from nNa in Gen.Choose(1, 5) from nK in Gen.Choose(1, 5) select (nNa, nK);
        return Prop.ForAll(millivolts.ToArbitrary(), millivolts.ToArbitrary(), stoichiometries.ToArbitrary(), (a, b, counts) =>
        {
            var (nNa, nK) = counts;
            var pump = SodiumPotassiumPump.WithStoichiometry(nNa, nK);
            var ga = pump.CycleEnergetics(Cell, a.Millivolts()).RequiredFreeEnergy.JoulesPerMole;
            var gb = pump.CycleEnergetics(Cell, b.Millivolts()).RequiredFreeEnergy.JoulesPerMole;
            var expected = -(nNa - nK) * Faraday * (a - b) / 1000.0;
            return Math.Abs(ga - gb - expected) < 1e-6;
        });
    }

    [Fact]
    public void A_membrane_without_sodium_is_refused_naming_the_ion()
    {
        var potassiumOnly = Membrane.At(37.Celsius()).With(Ion.Potassium, inside: 140, outside: 4);
        var e = Assert.Throws<InvalidInputException>(() => SodiumPotassiumPump.Standard.CycleEnergetics(potassiumOnly, (-70).Millivolts()));
        Assert.Equal("ion", e.ParamName);
        Assert.Contains("Na⁺", e.Message);
    }

    [Fact]
    public void A_positive_atp_free_energy_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => SodiumPotassiumPump.Standard.CycleEnergetics(Cell, (-70).Millivolts(), MolarEnergy.FromKilojoulesPerMole(30)));
        Assert.Equal("atpFreeEnergy", e.ParamName);
    }
}
