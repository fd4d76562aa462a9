namespace MembraneKit.Tests.Resting;

public class ConcentrationSweepTests
{
    private static Membrane Cell() => Membrane.At(37.Celsius())
        .With(Ion.Potassium, inside: 140, outside: 4)
        .With(Ion.Sodium, inside: 15, outside: 145)
        .With(Ion.Chloride, inside: 10, outside: 110)
        .WithPermeability(Ion.Potassium, 1)
        .WithPermeability(Ion.Sodium, 0.04)
        .WithPermeability(Ion.Chloride, 0.45);

    [Fact]
    public void Hyperkalemia_moves_E_K_from_minus_95_to_minus_76_5_millivolts()
    {
        // Document 003 (id 2720525): [K+]o 4 -> 8 mM at 37 °C with [K+]i = 140 mM.
        var sweep = Cell().SweepOutsideConcentration(Ion.Potassium, [4, 8]);
        Assert.Equal(-95.0, Math.Round(sweep.EquilibriumPotentials[0].Millivolts, 1));
        Assert.Equal(-76.5, Math.Round(sweep.EquilibriumPotentials[1].Millivolts, 1));
    }

    [Fact]
    public void The_resting_potential_is_the_ghk_potential_written_out_by_hand()
    {
        // V = (RT/F) ln((P_K K_o + P_Na Na_o + P_Cl Cl_i) / (P_K K_i + P_Na Na_i + P_Cl Cl_o)) at [K+]o = 8 mM.
        var rtOverF = 8.314462618 * 310.15 / 96485.33212;
        var expected = rtOverF * Math.Log((8 + 0.04 * 145 + 0.45 * 10) / (140 + 0.04 * 15 + 0.45 * 110)) * 1000;
        var sweep = Cell().SweepOutsideConcentration(Ion.Potassium, [8]);
        Assert.Equal(expected, sweep.RestingPotentials[0].Millivolts, 6);
    }

    [Fact]
    public void Each_doubling_moves_E_K_by_the_same_amount_and_V_rest_by_less()
    {
        var sweep = Cell().SweepOutsideConcentration(Ion.Potassium, [2, 4, 8]);
        var perDoubling = 8.314462618 * 310.15 / 96485.33212 * Math.Log(2) * 1000;
        Assert.Equal(perDoubling, (sweep.EquilibriumPotentials[1] - sweep.EquilibriumPotentials[0]).Millivolts, 9);
        Assert.Equal(perDoubling, (sweep.EquilibriumPotentials[2] - sweep.EquilibriumPotentials[1]).Millivolts, 9);
        Assert.All([1, 2], i => Assert.InRange((sweep.RestingPotentials[i] - sweep.RestingPotentials[i - 1]).Millivolts, 0.1, perDoubling));
    }

    [Fact]
    public void A_bad_concentration_names_its_place_in_the_list()
    {
        var e = Assert.Throws<InvalidInputException>(() => Cell().SweepOutsideConcentration(Ion.Potassium, [4, -1]));
        Assert.Equal("outsideMillimolar[1]", e.ParamName);
        Assert.Contains("above 0 mM", e.Message);
    }

    [Fact]
    public void An_empty_list_and_a_missing_ion_are_refused()
    {
        Assert.Equal("outsideMillimolar", Assert.Throws<InvalidInputException>(() => Cell().SweepOutsideConcentration(Ion.Potassium, [])).ParamName);
        Assert.Equal("ion", Assert.Throws<InvalidInputException>(() => Cell().SweepOutsideConcentration(Ion.Calcium, [1])).ParamName);
    }
}
