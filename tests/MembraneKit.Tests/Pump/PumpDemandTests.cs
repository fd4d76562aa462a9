namespace MembraneKit.Tests.Pump;

public class PumpDemandTests
{
    private const double ElementaryCharge = 1.602176634e-19; // C, exact (SI 2019)
    private const double Avogadro = 6.02214076e23;           // mol⁻¹, exact (SI 2019)

    [Fact]
    public void A_three_picoampere_sodium_leak_costs_more_than_six_million_atp_per_second()
    {
        // Document 003, worked example 2720513: a 3.0 pA Na⁺ leak; 3 Na⁺ per ATP.
        var demand = SodiumPotassiumPump.Standard.DemandFor(3.0.Picoamperes());
        var sodium = 3.0e-12 / ElementaryCharge;        // 1.8724e7 Na⁺/s
        var atp = 3.0e-12 / ElementaryCharge / 3;       // 6.2415e6 ATP/s
        Assert.Equal(1.8724e7, sodium, 1e3);
        Assert.Equal(sodium, demand.SodiumIonsPerSecond, 1e-3);
        Assert.Equal(atp, demand.AtpPerSecond, 1e-3);
        Assert.Equal(6.24e6, demand.AtpPerSecond, 0.01e6);
        Assert.True(demand.AtpPerSecond > 6e6);
        Assert.Equal(2 * atp, demand.PotassiumIonsPerSecond, 1e-3);
    }

    [Fact]
    public void The_leak_may_be_given_with_the_inward_sign()
    {
        var outward = SodiumPotassiumPump.Standard.DemandFor(3.0.Picoamperes());
        var inward = SodiumPotassiumPump.Standard.DemandFor((-3.0).Picoamperes());
        Assert.Equal(outward.AtpPerSecond, inward.AtpPerSecond);
    }

    [Fact]
    public void Balancing_three_picoamperes_of_sodium_takes_one_picoampere_of_pump_current()
    {
        // Each cycle returns 3 Na⁺ and moves 1 net charge out: 3 pA / 3 = 1 pA.
        var demand = SodiumPotassiumPump.Standard.DemandFor(3.0.Picoamperes());
        Assert.Equal(1.0, demand.PumpCurrent.Picoamperes, 12);
    }

    [Fact]
    public void The_power_is_atp_moles_per_second_times_the_free_energy_of_hydrolysis()
    {
        // 6.2415e6 ATP/s / N_A × 55 kJ/mol ≈ 5.70e-13 W; with −50 kJ/mol ≈ 5.18e-13 W.
        var demand = SodiumPotassiumPump.Standard.DemandFor(3.0.Picoamperes(), MolarEnergy.FromKilojoulesPerMole(-50));
        var expected = 3.0e-12 / ElementaryCharge / 3 / Avogadro * 50_000;
        Assert.Equal(expected, demand.PowerWatts, 1e-25);
        Assert.Equal(5.18e-13, demand.PowerWatts, 0.01e-13);
        Assert.Equal(-55, PumpDemand.TypicalAtpFreeEnergy.KilojoulesPerMole);
        Assert.Equal("3 pA Na⁺ leak → 1.872e+07 Na⁺/s → 6.242e+06 ATP/s (5.18e-13 W)", demand.ToString());
    }

    [Fact]
    public void A_positive_free_energy_of_hydrolysis_is_refused_as_a_sign_slip()
    {
        var e = Assert.Throws<InvalidInputException>(() => SodiumPotassiumPump.Standard.DemandFor(3.0.Picoamperes(), MolarEnergy.FromKilojoulesPerMole(55)));
        Assert.Equal("atpFreeEnergy", e.ParamName);
        Assert.Contains("negative free energy", e.Message);
        Assert.Contains("did you mean -55 kJ/mol?", e.Message);
    }
}
