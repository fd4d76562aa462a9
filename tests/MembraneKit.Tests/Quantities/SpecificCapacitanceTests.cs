namespace MembraneKit.Tests.Quantities;

public class SpecificCapacitanceTests
{
    [Fact]
    public void One_microfarad_per_square_centimeter_is_a_hundredth_of_a_farad_per_square_meter()
    {
        var c = SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1);
        Assert.Equal(0.01, c.FaradsPerSquareMeter, 15);
        Assert.Equal(SpecificCapacitance.Biological, c);
        Assert.Equal("1 µF/cm²", c.ToString());
    }

    [Fact]
    public void A_ten_micrometer_sphere_has_about_twelve_picofarads()
    {
        // 1 µF/cm² × 1.25664e-5 cm² = 12.566 pF.
        Assert.Equal(12.566e-12, SpecificCapacitance.Biological.FaradsFor(Area.OfSphere(10)), 1e-15);
    }

    [Fact]
    public void A_capacitance_that_is_not_positive_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(0));
        Assert.Equal("microfaradsPerSquareCentimeter", e.ParamName);
    }
}
