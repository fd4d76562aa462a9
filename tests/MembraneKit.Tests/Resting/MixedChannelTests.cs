using static MembraneKit.Tests.Resting.RestingFixtures;

namespace MembraneKit.Tests.Resting;

public class MixedChannelTests
{
    [Fact]
    public void A_na_k_channel_reverses_between_e_k_and_e_na_at_neither()
    {
        // Document 000 (ids 2349827, 2354192): E_rev of a mixed channel differs from every E_i.
        var channel = MixedChannel.Passing(Ion.Potassium, 1).And(Ion.Sodium, 0.9);
        var cell = TypicalCell();
        var eK = NernstMillivolts(1, 140, 5, 37);
        var eNa = NernstMillivolts(1, 12, 140, 37);
        var eCl = NernstMillivolts(-1, 10, 110, 37);
        var expected = 1000 * ThermalVolts(37) * Math.Log((5 + 0.9 * 140) / (140 + 0.9 * 12));

        var reversal = channel.ReversalPotential(cell).Potential.Millivolts;
        var fromCurve = channel.IVCurve(cell, (-120).Millivolts(), 80.Millivolts(), 201).FindReversalPotential().Millivolts;

        Assert.Equal(expected, reversal, 9);
        Assert.Equal(expected, fromCurve, 8);
        Assert.InRange(reversal, eK, eNa);
        Assert.All(new[] { eK, eNa, eCl }, e => Assert.True(Math.Abs(reversal - e) > 5, $"E_rev {reversal} mV is within 5 mV of {e} mV"));
    }

    [Theory]
    [InlineData(0.2, "K")]
    [InlineData(5.0, "Na")]
    public void The_reversal_potential_lies_nearer_the_more_permeant_ion(double pNaOverPk, string nearer)
    {
        var channel = MixedChannel.Passing(Ion.Potassium).And(Ion.Sodium, pNaOverPk);
        var v = channel.ReversalPotential(Neuron()).Potential.Millivolts;
        var eK = NernstMillivolts(1, 140, 5, 37);
        var eNa = NernstMillivolts(1, 15, 145, 37);
        Assert.Equal(nearer, Math.Abs(v - eK) < Math.Abs(v - eNa) ? "K" : "Na");
    }

    [Fact]
    public void Only_the_channels_ions_carry_its_current()
    {
        var channel = MixedChannel.Passing(Ion.Sodium).And(Ion.Potassium, 1.1);
        var cell = TypicalCell().WithPermeability(Ion.Chloride, 5);
        var currents = channel.CurrentsAt(cell, (-60).Millivolts());

        Assert.Equal(0, currents[Ion.Chloride].Value);
        Assert.Equal(CurrentUnit.Relative, currents.Unit);
        Assert.Equal([Ion.Sodium, Ion.Potassium], channel.Ions);
        Assert.Equal(1.1, channel.PermeabilityRatio(Ion.Potassium, Ion.Sodium), 12);
        Assert.Equal("Na⁺/K⁺ channel", channel.Name);
        Assert.Equal(channel, MixedChannel.Passing(Ion.Sodium).And(Ion.Potassium, 1.1));
    }

    [Fact]
    public void A_channel_ion_missing_from_the_solutions_is_named()
    {
        var channel = MixedChannel.Passing(Ion.Potassium).And(Ion.Calcium, 0.1);
        var e = Assert.Throws<InvalidInputException>(() => channel.ReversalPotential(TypicalCell()));
        Assert.Equal("ion", e.ParamName);
        Assert.Contains("Ca²⁺", e.Message);
    }

    [Fact]
    public void A_zero_permeability_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => MixedChannel.Passing(Ion.Potassium, 0));
        Assert.Equal("relativePermeability", e.ParamName);
    }
}
