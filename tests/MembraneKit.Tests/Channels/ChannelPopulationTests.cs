using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Channels;

public class ChannelPopulationTests
{
    [Fact]
    public void Macroscopic_conductance_is_N_times_p_times_gamma()
    {
        // Document 003, id 2720506: g = N p_o γ. 2000 channels × 0.3 × 15 pS = 9000 pS = 9 nS.
        var population = ChannelPopulation.Create(2000, 0.3, 15.Picosiemens());
        Assert.Equal(9.0, population.MacroscopicConductance.Nanosiemens, 9);
    }

    [Fact]
    public void Open_count_statistics_are_binomial()
    {
        // N = 400, p = 0.2: mean 80, variance 400 × 0.2 × 0.8 = 64, σ = 8, σ/μ = 0.1.
        var population = ChannelPopulation.Create(400, 0.2, 10.Picosiemens());
        Assert.Equal(80, population.MeanOpenCount, 9);
        Assert.Equal(64, population.OpenCountVariance, 9);
        Assert.Equal(8, population.OpenCountStandardDeviation, 9);
        Assert.Equal(0.1, population.RelativeNoise!.Value, 12);
    }

    [Fact]
    public void Current_statistics_follow_from_the_single_channel_current()
    {
        // γ = 20 pS at V = -70 mV, E = +60 mV: i = 20e-12 × (-0.130) = -2.6 pA.
        // N = 400, p = 0.2: mean 80 × -2.6 = -208 pA; σ = 8 × 2.6 = 20.8 pA.
        var statistics = ChannelPopulation.Create(400, 0.2, 20.Picosiemens()).CurrentAt((-70).Millivolts(), 60.Millivolts());
        Assert.Equal(-2.6, statistics.SingleChannelCurrent.Picoamperes, 9);
        Assert.Equal(-208, statistics.MeanCurrent.Picoamperes, 9);
        Assert.Equal(20.8, statistics.CurrentStandardDeviation.Picoamperes, 9);
        Assert.Equal(20.8 * 20.8, statistics.CurrentVarianceSquareAmperes * 1e24, 9);
        Assert.Equal(0.1, statistics.RelativeNoise!.Value, 12);
        Assert.Equal(-130, statistics.DrivingForce.Millivolts, 9);
    }

    [Fact]
    public void A_hundredfold_larger_population_is_tenfold_quieter()
    {
        var small = ChannelPopulation.Create(100, 0.3, 10.Picosiemens());
        var large = small.WithChannelCount(10_000);
        Assert.Equal(10, small.RelativeNoise!.Value / large.RelativeNoise!.Value, 9);
    }

    [Fact]
    public void A_population_that_is_never_open_has_no_relative_noise_rather_than_an_infinite_one()
    {
        var closed = ChannelPopulation.Create(100, 0, 10.Picosiemens());
        Assert.Null(closed.RelativeNoise);
        // The smallest open probability still gives a finite σ/μ = √((1 − p)/(Np)) ≈ 1/√(N·5e-324).
        var barely = ChannelPopulation.Create(1, double.Epsilon, 10.Picosiemens());
        Assert.Equal(1 / Math.Sqrt(double.Epsilon), barely.RelativeNoise!.Value, 1e-12 * (1 / Math.Sqrt(double.Epsilon)));
        Assert.Equal(0, closed.WithOpenProbability(1).RelativeNoise!.Value);
    }

    [Property]
    public Property Relative_noise_is_the_binomial_sigma_over_mu()
    {
        var counts = Gen.Choose(1, 1_000_000);
        var probabilities = Gen.Choose(1, 1000).Select(i => i / 1000.0);
        return Prop.ForAll(counts.ToArbitrary(), probabilities.ToArbitrary(), (n, p) =>
        {
            var population = ChannelPopulation.Create(n, p, 10.Picosiemens());
            var expected = Math.Sqrt(n * p * (1 - p)) / (n * p);
            return Math.Abs(population.RelativeNoise!.Value - expected) <= 1e-12 * expected
                && Math.Abs(population.MacroscopicConductance.Siemens - n * p * 10e-12) <= 1e-12 * n * p * 10e-12;
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_channel_count_below_one_is_refused(int n)
    {
        var e = Assert.Throws<InvalidInputException>(() => ChannelPopulation.Create(n, 0.5, 10.Picosiemens()));
        Assert.Equal("channelCount", e.ParamName);
        Assert.Contains("above 0", e.Message);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void An_open_probability_outside_zero_to_one_is_refused(double p)
    {
        var e = Assert.Throws<InvalidInputException>(() => ChannelPopulation.Create(10, p, 10.Picosiemens()));
        Assert.Equal("openProbability", e.ParamName);
        Assert.Contains("from 0 to 1", e.Message);
    }
}
