namespace MembraneKit.Tests.Electrochemistry;

public class JunctionPotentialComparisonTests
{
    [Theory]
    [InlineData(1, 15.6, 0.05)] // AxoBits 39: JPCalc (generalised Henderson) printed +15.6 mV.
    [InlineData(2, 8.74, 0.02)] // JPCalcWin manual p. 7: +8.74 mV, JPCalc being Henderson-based.
    public void Henderson_reproduces_the_values_jpcalc_printed_since_jpcalc_uses_hendersons_equation(int set, double millivolts, double tolerance)
    {
        var published = PublishedJunction.All.Single(s => s.Name.StartsWith(set == 1 ? "AxoBits" : "JPCalcWin", StringComparison.Ordinal));
        Assert.Equal(millivolts, published.Junction.Henderson().Potential.Millivolts, tolerance);
    }

    [Fact]
    public void For_a_monovalent_mixture_planck_matches_nernst_planck_and_henderson_does_not()
    {
        // HCl 100 mM ∣ KCl 10 mM: unequal totals and a sevenfold mobility mismatch make Henderson's straight lines wrong.
        var junction = LiquidJunction.At(25.Celsius()).With(Ion.Hydrogen, 100, 0).With(Ion.Potassium, 0, 10).With(Ion.Chloride, 100, 10);
        var comparison = junction.CompareMethods();
        Assert.NotNull(comparison.Planck);
        Assert.InRange(Math.Abs(comparison.PlanckDifference!.Value.Millivolts), 0, 1e-4);
        Assert.True(Math.Abs(comparison.HendersonDifference.Millivolts) > 0.1, comparison.ToString());
        Assert.Equal(349.65 / 73.48, comparison.MobilityRatio, 6);
        Assert.Contains("Planck's solution is the exact steady state", comparison.Reason);
    }

    [Fact]
    public void With_polyvalent_ions_there_is_no_planck_value_and_the_reason_names_them()
    {
        var comparison = PublishedJunction.All[0].Junction.CompareMethods();
        Assert.Null(comparison.Planck);
        Assert.Null(comparison.PlanckDifference);
        Assert.Equal([Ion.Calcium, Ion.Magnesium], comparison.PolyvalentIons);
        Assert.Contains("Ca²⁺, Mg²⁺ carry more than one charge", comparison.Reason);
        Assert.Equal(comparison.Henderson.Potential.Volts - comparison.NernstPlanck.Potential.Volts, comparison.HendersonDifference.Volts, 15);
    }

    [Fact]
    public void A_single_salt_gives_the_same_value_by_every_method()
    {
        var comparison = LiquidJunction.Electrolyte(Ion.Sodium, Ion.Chloride, 0.15.Molar(), 0.015.Molar(), 25.Celsius()).CompareMethods();
        Assert.InRange(Math.Abs(comparison.HendersonDifference.Millivolts), 0, 1e-4);
        Assert.Contains("single salt", comparison.Reason);
    }
}
