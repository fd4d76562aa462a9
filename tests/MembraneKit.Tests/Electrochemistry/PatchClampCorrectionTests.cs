namespace MembraneKit.Tests.Electrochemistry;

public class PatchClampCorrectionTests
{
    [Fact]
    public void A_k_gluconate_pipette_makes_readings_too_positive_so_the_correction_subtracts_the_junction_potential()
    {
        // LJPcalc's K-gluconate set: V_LJP = +13.47 mV (bath positive). Barry & Lynch (1991): V_m = V_measured − V_LJP,
        // so −60 mV measured is −73.47 mV.
        var correction = PublishedJunction.All.Single(s => s.Name.Contains("K-gluconate against ACSF", StringComparison.Ordinal)).Junction.PatchClampCorrection();
        Assert.Equal(13.469, correction.Potential.Millivolts, 1);
        Assert.Equal(-60 - correction.Potential.Millivolts, correction.Correct(-60).Millivolts, 12);
        Assert.Equal(-correction.Potential.Millivolts, correction.Offset.Millivolts, 12);
        Assert.StartsWith("V_LJP = +13.5 mV (pipette ∣ bath): V_membrane = V_measured − 13.5 mV", correction.ToString());
        Assert.Contains("a reading of −60 mV means V_membrane = -73.5 mV", correction.Convention);
    }

    [Fact]
    public void A_reading_that_is_not_finite_is_refused_by_name()
    {
        var correction = PublishedJunction.All[0].Junction.PatchClampCorrection();
        var error = Assert.Throws<InvalidInputException>(() => correction.Correct(double.NaN));
        Assert.Equal("measuredMillivolts", error.ParamName);
    }
}
