namespace MembraneKit.Tests.Quantities;

public class AreaTests
{
    [Fact]
    public void A_sphere_of_radius_ten_micrometers_has_1257_square_micrometers()
    {
        // 4 π (10 µm)² = 1256.64 µm² = 1.25664e-5 cm².
        var a = Area.OfSphere(10);
        Assert.Equal(1256.637, a.SquareMicrometers, 1e-3);
        Assert.Equal(1.256637e-5, a.SquareCentimeters, 1e-11);
        Assert.Equal("1257 µm²", a.ToString());
        Assert.Equal("0.5 cm²", Area.FromSquareCentimeters(0.5).ToString());
    }

    [Fact]
    public void An_area_that_is_not_positive_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => Area.FromSquareMicrometers(-1));
        Assert.Equal("squareMicrometers", e.ParamName);
        Assert.Contains("-1 µm²", e.Message);
    }
}
