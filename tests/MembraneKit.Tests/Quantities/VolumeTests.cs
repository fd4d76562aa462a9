namespace MembraneKit.Tests.Quantities;

public class VolumeTests
{
    [Fact]
    public void A_sphere_of_radius_ten_micrometers_holds_4_19_picoliters()
    {
        // 4/3 π (10 µm)³ = 4188.79 µm³ = 4.18879 pL.
        var v = Volume.OfSphere(10);
        Assert.Equal(4188.790, v.CubicMicrometers, 1e-3);
        Assert.Equal(4.18879, v.Picoliters, 1e-5);
        Assert.Equal("4.189 pL", v.ToString());
    }

    [Fact]
    public void Units_convert_consistently()
    {
        Assert.Equal(Volume.FromLiters(1e-12).CubicMeters, Volume.FromPicoliters(1).CubicMeters, 1e-30);
        Assert.Equal(1000, Volume.FromPicoliters(1).CubicMicrometers, 1e-9);
        Assert.Equal("1 mL", Volume.FromCubicMeters(1e-6).ToString());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    [InlineData(double.NaN)]
    public void A_volume_that_is_not_positive_is_refused(double picoliters)
    {
        var e = Assert.Throws<InvalidInputException>(() => Volume.FromPicoliters(picoliters));
        Assert.Equal("picoliters", e.ParamName);
        Assert.Contains("a volume from 1E-27 m³ to 1E+06 m³", e.Message);
    }

    [Fact]
    public void A_sphere_radius_that_is_not_positive_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => Volume.OfSphere(-1));
        Assert.Equal("radiusMicrometers", e.ParamName);
    }
}
