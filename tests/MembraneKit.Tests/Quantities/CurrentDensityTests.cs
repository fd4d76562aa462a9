namespace MembraneKit.Tests.Quantities;

public class CurrentDensityTests
{
    [Fact]
    public void One_milliampere_per_square_centimetre_is_ten_amperes_per_square_metre()
    {
        // 1 mA / 1 cm² = 1e-3 A / 1e-4 m² = 10 A/m².
        Assert.Equal(10, CurrentDensity.FromMilliamperesPerSquareCentimetre(1).AmperesPerSquareMetre, 12);
        Assert.Equal(0.01, CurrentDensity.FromMicroamperesPerSquareCentimetre(1).AmperesPerSquareMetre, 15);
        Assert.Equal(250, CurrentDensity.FromAmperesPerSquareMetre(2.5).MicroamperesPerSquareCentimetre, 9);
    }

    [Fact]
    public void It_prints_per_square_centimetre_with_a_prefix_chosen_by_magnitude()
    {
        Assert.Equal("1.5 mA/cm²", CurrentDensity.FromMilliamperesPerSquareCentimetre(1.5).ToString());
        Assert.Equal("-20 µA/cm²", CurrentDensity.FromMicroamperesPerSquareCentimetre(-20).ToString());
    }

    [Fact]
    public void Arithmetic_keeps_the_sign_as_the_direction()
    {
        var anodic = CurrentDensity.FromAmperesPerSquareMetre(3);
        var cathodic = CurrentDensity.FromAmperesPerSquareMetre(-5);
        Assert.Equal(-2, (anodic + cathodic).AmperesPerSquareMetre);
        Assert.True(cathodic < anodic);
        Assert.Equal(5, (-cathodic).AmperesPerSquareMetre);
    }

    [Fact]
    public void A_non_finite_value_is_refused_naming_the_parameter()
    {
        var e = Assert.Throws<InvalidInputException>(() => CurrentDensity.FromMilliamperesPerSquareCentimetre(double.NaN));
        Assert.Equal("milliamperesPerSquareCentimetre", e.ParamName);
        Assert.Contains("finite", e.Message);
    }
}
