namespace MembraneKit.Tests.Quantities;

public class QuantityTests
{
    [Fact]
    public void Temperature_of_37_given_as_kelvin_names_the_likely_slip()
    {
        var e = Assert.Throws<InvalidInputException>(() => 37.Kelvin());
        Assert.Equal("kelvin", e.ParamName);
        Assert.Contains("37 K", e.Message);
        Assert.Contains("37.Celsius()", e.Message);
    }

    [Fact]
    public void Temperature_of_310_given_as_celsius_names_the_likely_slip()
    {
        var e = Assert.Throws<InvalidInputException>(() => 310.Celsius());
        Assert.Equal("celsius", e.ParamName);
        Assert.Contains("310.Kelvin()", e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    public void Temperature_at_or_below_absolute_zero_is_refused(double kelvin)
    {
        var e = Assert.Throws<InvalidInputException>(() => Temperature.FromKelvin(kelvin));
        Assert.Equal("kelvin", e.ParamName);
        Assert.Contains("above 0 K", e.Message);
    }

    [Fact]
    public void Celsius_and_kelvin_agree()
    {
        Assert.Equal(310.15, 37.Celsius().Kelvin, 10);
        Assert.Equal(37.Celsius(), 310.15.Kelvin());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Concentration_must_be_positive_and_finite(double millimolar)
    {
        var e = Assert.Throws<InvalidInputException>(() => Concentration.FromMillimolar(millimolar));
        Assert.Equal("millimolar", e.ParamName);
        Assert.Contains("above 0 mM", e.Message);
    }

    [Fact]
    public void An_absurd_molar_concentration_suggests_millimolar()
    {
        var e = Assert.Throws<InvalidInputException>(() => 140.Molar());
        Assert.Equal("molar", e.ParamName);
        Assert.Contains("140 mM", e.Message);
    }

    [Fact]
    public void Seventy_volts_suggests_millivolts()
    {
        var e = Assert.Throws<InvalidInputException>(() => (-70).Volts());
        Assert.Contains("-70 mV", e.Message);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Negative_conductance_and_permeability_are_refused(double value)
    {
        Assert.Equal("nanosiemens", Assert.Throws<InvalidInputException>(() => Conductance.FromNanosiemens(value)).ParamName);
        Assert.Equal("ratio", Assert.Throws<InvalidInputException>(() => Permeability.Relative(value)).ParamName);
        Assert.Equal("centimetersPerSecond", Assert.Throws<InvalidInputException>(() => Permeability.FromCentimetersPerSecond(value)).ParamName);
    }

    [Fact]
    public void Quantities_print_with_units_under_the_invariant_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("-95.0 mV", (-95.0).Millivolts().ToString());
            Assert.Equal("140 mM", 140.Millimolar().ToString());
            Assert.Equal("100 µM", 0.1.Millimolar().ToString());
            Assert.Equal("3 pA", 3.Picoamperes().ToString());
            Assert.Equal("20 pS", 20.Picosiemens().ToString());
            Assert.Equal("37.0 °C (310.15 K)", 37.Celsius().ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Ohms_law_gives_a_current_from_conductance_and_driving_force()
    {
        var i = 10.Nanosiemens() * (-25).Millivolts();
        Assert.Equal(-250, i.Picoamperes, 9);
    }

    [Fact]
    public void Mixing_relative_and_absolute_permeabilities_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Permeability.Relative(1) / Permeability.FromCentimetersPerSecond(1e-6));
    }
}
