namespace MembraneKit.Tests.Resting;

public class VoltageDependentConductanceTests
{
    [Fact]
    public void Boltzmann_shapes_are_half_open_at_their_half_point_and_move_in_opposite_directions()
    {
        var activated = VoltageDependentConductance.BoltzmannActivated(10.Nanosiemens(), (-40).Millivolts(), 5.Millivolts());
        var rectifier = VoltageDependentConductance.InwardRectifier(10.Nanosiemens(), (-75).Millivolts(), 8.Millivolts());

        Assert.Equal(5, activated.At((-40).Millivolts()).Nanosiemens, 12);
        Assert.Equal(5, rectifier.At((-75).Millivolts()).Nanosiemens, 12);
        Assert.Equal(10 / (1 + Math.Exp(-1)), activated.At((-35).Millivolts()).Nanosiemens, 12);
        Assert.Equal(10 / (1 + Math.Exp(1)), rectifier.At((-67).Millivolts()).Nanosiemens, 12);
        Assert.True(activated.At(0.Millivolts()) > activated.At((-80).Millivolts()));
        Assert.True(rectifier.At(0.Millivolts()) < rectifier.At((-80).Millivolts()));
    }

    [Fact]
    public void A_constant_conductance_ignores_the_voltage()
    {
        var leak = VoltageDependentConductance.Constant(3.Nanosiemens());
        Assert.Equal(leak.At((-100).Millivolts()), leak.At(50.Millivolts()));
    }

    [Fact]
    public void A_slope_that_is_not_positive_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => VoltageDependentConductance.InwardRectifier(1.Nanosiemens(), (-70).Millivolts(), 0.Millivolts()));
        Assert.Equal("slope", e.ParamName);
        Assert.Contains("above 0 mV", e.Message);
    }
}
