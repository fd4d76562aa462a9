namespace MembraneKit.Tests.Channels;

public class SelectivityFilterTests
{
    [Fact]
    public void The_catalogue_holds_the_three_filters_of_the_document_in_order()
    {
        // Document 003, id 2720507: K2P (TVGYG), NALCN (EEKE), CLC.
        Assert.Equal([SelectivityFilter.K2P, SelectivityFilter.Nalcn, SelectivityFilter.Clc], SelectivityFilter.Catalogue);
        Assert.Equal("TVGYG", SelectivityFilter.K2P.Signature);
        Assert.Equal("EEKE", SelectivityFilter.Nalcn.Signature);
        Assert.All(SelectivityFilter.Catalogue, f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
    }

    [Fact]
    public void K2P_strongly_prefers_potassium_as_measured_for_TREK_2()
    {
        // Simkin, Cavanaugh & Kim, J. Physiol. 586, 5651 (2008): P_Na/P_K ≈ 0.02–0.03 for TREK-2.
        // Hand arithmetic: exp(−10000 / 2578.73) = exp(−3.8779) = 0.0207.
        var k2p = SelectivityFilter.K2P;
        Assert.Equal(Ion.Potassium, k2p.FavouredIon);
        Assert.Equal(Ion.Sodium, k2p.ComparedIon);
        Assert.InRange(1 / k2p.PermeabilityRatio, 0.015, 0.03);
        Assert.Equal(48.32, k2p.PermeabilityRatio, 2);
        Assert.Equal(-3.878, k2p.BarrierDifferenceInThermalUnits, 3);
        Assert.False(k2p.IsIllustrative);
    }

    [Fact]
    public void NALCN_is_non_selective_between_sodium_and_potassium()
    {
        // Lu et al., Cell 129, 371 (2007): a non-selective cation channel; the ratio of 1 is illustrative.
        Assert.Equal(1, SelectivityFilter.Nalcn.PermeabilityRatio);
        Assert.True(SelectivityFilter.Nalcn.IsIllustrative);
        Assert.Equal(Ion.Sodium, SelectivityFilter.Nalcn.FavouredIon);
    }

    [Fact]
    public void CLC_prefers_chloride_over_cations()
    {
        // exp(12000 / 2578.73) = exp(4.6534) = 104.9.
        var clc = SelectivityFilter.Clc;
        Assert.Equal(Ion.Chloride, clc.FavouredIon);
        Assert.Equal(104.9, clc.PermeabilityRatio, 1);
        Assert.True(clc.IsIllustrative);
    }

    [Fact]
    public void A_filter_given_a_ratio_gets_the_matching_barrier()
    {
        var filter = SelectivityFilter.K2P.WithPermeabilityRatio(100);
        Assert.Equal(-11.875, filter.BarrierDifference.KilojoulesPerMole, 3);
        Assert.Equal(100, filter.PermeabilityRatio, 9);
    }

    [Fact]
    public void The_same_barrier_selects_less_sharply_when_warmer()
    {
        var cold = SelectivityFilter.K2P.WithTemperature(10.Celsius());
        Assert.True(cold.PermeabilityRatio > SelectivityFilter.K2P.PermeabilityRatio);
        Assert.Contains("P_K/P_Na = 48.3", SelectivityFilter.K2P.ToString());
    }

    [Fact]
    public void A_filter_of_your_own_can_be_defined()
    {
        var filter = SelectivityFilter.Define("Test", "XYZ", Ion.Sodium, Ion.Lithium, MolarEnergy.FromKilojoulesPerMole(-1), 25.Celsius(), "made up", isIllustrative: true);
        Assert.True(filter.PermeabilityRatio > 1);
        Assert.Equal("", filter.Mechanism);
    }

    [Fact]
    public void Defining_a_filter_with_one_ion_twice_or_no_name_is_refused()
    {
        var same = Assert.Throws<InvalidInputException>(() =>
            SelectivityFilter.Define("Test", "XYZ", Ion.Sodium, Ion.Sodium, MolarEnergy.Zero, 25.Celsius(), "made up", true));
        Assert.Equal("comparedIon", same.ParamName);
        Assert.Contains("other than the favoured ion Na⁺", same.Message);
        var name = Assert.Throws<InvalidInputException>(() =>
            SelectivityFilter.Define(" ", "XYZ", Ion.Sodium, Ion.Potassium, MolarEnergy.Zero, 25.Celsius(), "made up", true));
        Assert.Equal("name", name.ParamName);
        Assert.Contains("non-empty", name.Message);
    }
}
