namespace MembraneKit.Tests.Channels;

public class ChannelNoiseTests
{
    [Fact]
    public void A_stationary_population_has_binomial_mean_and_variance()
    {
        // N = 1000, p∞ = 0.3, Δt = τ: predicted mean 300, variance 1000 × 0.3 × 0.7 = 210.
        // With Δt = τ successive points correlate by e⁻¹, leaving ≈ 20000 × (1 − e⁻¹)/(1 + e⁻¹) ≈ 9200
        // independent samples: SE(mean) ≈ √(210/9200) ≈ 0.15, SE(variance) ≈ 210 × √(2/9200) ≈ 3.1.
        var kinetics = TwoStateKinetics.FromOpenProbability(0.3, 1e-3);
        var trace = ChannelNoise.Simulate(kinetics, 1000, 1e-3, 20_000, seed: 2024);

        Assert.Equal(20_001, trace.OpenCounts.Count);
        Assert.InRange(trace.MeanOpenCount, 300 - 1.0, 300 + 1.0);
        Assert.InRange(trace.OpenCountVariance, 210 - 15, 210 + 15);
        Assert.Equal(300, trace.PredictedMeanOpenCount, 9);
        Assert.Equal(210, trace.PredictedOpenCountVariance, 9);
        Assert.All(trace.OpenCounts, n => Assert.InRange(n, 0, 1000));
    }

    [Fact]
    public void The_open_count_relaxes_from_all_closed_to_the_stationary_value()
    {
        // Start with all channels closed: the expected open count is N p∞ (1 − e^(−t/τ)).
        // At t = τ that is 10000 × 0.5 × 0.632 = 3161, with a binomial-like spread of about √2500 = 50.
        var kinetics = TwoStateKinetics.FromOpenProbability(0.5, 1e-3);
        var trace = ChannelNoise.Simulate(kinetics, 10_000, 1e-4, 50, seed: 7, initialOpenCount: 0);
        Assert.Equal(0, trace.OpenCounts[0]);
        Assert.InRange(trace.OpenCounts[10], 3161 - 250, 3161 + 250);
        Assert.Equal(1e-3, trace.TimeSecondsAt(10), 15);
        Assert.Equal(5e-3, trace.DurationSeconds, 15);
    }

    [Fact]
    public void The_same_seed_gives_the_same_trace_and_another_seed_another()
    {
        var kinetics = TwoStateKinetics.Create(200, 800);
        var a = ChannelNoise.Simulate(kinetics, 5000, 1e-4, 2000, seed: 99);
        var b = ChannelNoise.Simulate(kinetics, 5000, 1e-4, 2000, seed: 99);
        var c = ChannelNoise.Simulate(kinetics, 5000, 1e-4, 2000, seed: 100);
        Assert.Equal(a, b);
        Assert.Equal(a.OpenCounts, b.OpenCounts);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Relative_noise_falls_tenfold_for_a_hundredfold_population()
    {
        // Binomial prediction σ/μ = √((1 − p)/(N p)): N = 100 → √(0.8/20) = 0.2; N = 10000 → 0.02.
        var kinetics = TwoStateKinetics.FromOpenProbability(0.2, 1e-3);
        var points = ChannelNoise.RelativeNoiseVersusCount(kinetics, [100, 10_000], 2e-3, 20_000, seed: 5);

        Assert.Equal(0.2, points[0].PredictedRelativeNoise, 12);
        Assert.Equal(0.02, points[1].PredictedRelativeNoise, 12);
        Assert.InRange(points[0].SimulatedRelativeNoise / points[0].PredictedRelativeNoise, 0.95, 1.05);
        Assert.InRange(points[1].SimulatedRelativeNoise / points[1].PredictedRelativeNoise, 0.95, 1.05);
        Assert.InRange(points[0].SimulatedRelativeNoise / points[1].SimulatedRelativeNoise, 9.3, 10.7);
    }

    [Fact]
    public void The_trace_current_is_the_open_count_times_the_single_channel_current()
    {
        // γ = 10 pS, V − E = -80 mV: i = -0.8 pA per open channel.
        var trace = ChannelNoise.Simulate(TwoStateKinetics.Create(100, 100), 50, 1e-3, 10, seed: 3);
        var currents = trace.Currents(10.Picosiemens(), (-90).Millivolts(), (-10).Millivolts());
        for (var i = 0; i < currents.Count; i++)
        {
            Assert.Equal(-0.8 * trace.OpenCounts[i], currents[i].Picoamperes, 9);
        }

        Assert.Equal(11, trace.TimesSeconds().Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_population_of_no_channels_is_refused(int n)
    {
        var e = Assert.Throws<InvalidInputException>(() => ChannelNoise.Simulate(TwoStateKinetics.Create(1, 1), n, 1e-3, 10, 1));
        Assert.Equal("channelCount", e.ParamName);
        Assert.Contains("above 0", e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-3)]
    public void A_time_step_not_above_zero_is_refused(double dt)
    {
        var e = Assert.Throws<InvalidInputException>(() => ChannelNoise.Simulate(TwoStateKinetics.Create(1, 1), 10, dt, 10, 1));
        Assert.Equal("timeStepSeconds", e.ParamName);
        Assert.Contains("above 0 s", e.Message);
    }

    [Fact]
    public void Bad_steps_initial_counts_and_population_lists_are_refused()
    {
        var kinetics = TwoStateKinetics.Create(1, 1);
        var steps = Assert.Throws<InvalidInputException>(() => ChannelNoise.Simulate(kinetics, 10, 1e-3, 0, 1));
        Assert.Equal("steps", steps.ParamName);
        var initial = Assert.Throws<InvalidInputException>(() => ChannelNoise.Simulate(kinetics, 10, 1e-3, 5, 1, initialOpenCount: 11));
        Assert.Equal("initialOpenCount", initial.ParamName);
        Assert.Contains("from 0 to channelCount = 10", initial.Message);
        var empty = Assert.Throws<InvalidInputException>(() => ChannelNoise.RelativeNoiseVersusCount(kinetics, [], 1e-3, 5, 1));
        Assert.Equal("channelCounts", empty.ParamName);
        var zero = Assert.Throws<InvalidInputException>(() => ChannelNoise.RelativeNoiseVersusCount(kinetics, [10, 0], 1e-3, 5, 1));
        Assert.Equal("channelCounts[1]", zero.ParamName);
    }

    [Fact]
    public void Relative_noise_against_N_is_refused_where_no_channel_opens_instead_of_an_infinite_point()
    {
        var shut = Assert.Throws<InvalidInputException>(() => ChannelNoise.RelativeNoiseVersusCount(TwoStateKinetics.FromOpenProbability(0, 1e-3), [10], 1e-3, 50, 1));
        Assert.Equal("kinetics", shut.ParamName);
        Assert.Contains("p∞ above 0", shut.Message);

        // p∞ = 10⁻⁹ with 10 channels for 50 steps: the chance that any channel opens is about 5·10⁻⁷.
        var rare = Assert.Throws<InvalidInputException>(() => ChannelNoise.RelativeNoiseVersusCount(TwoStateKinetics.FromOpenProbability(1e-9, 1e-3), [10], 1e-3, 50, 1));
        Assert.Equal("channelCounts[0]", rare.ParamName);
        Assert.Contains("none of the 10 channels opened in 50 steps", rare.Message);
    }

    [Fact]
    public void A_trace_keeps_the_counts_the_simulation_made_without_copying_them()
    {
        var kinetics = TwoStateKinetics.FromOpenProbability(0.2, 1e-3);
        ChannelNoise.Simulate(kinetics, 1000, 1e-4, 10, seed: 1); // warm up
        const int steps = 100_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var trace = ChannelNoise.Simulate(kinetics, 1000, 1e-4, steps, seed: 1);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // One array of steps + 1 counts (4 bytes each) and a few small objects; a copy would double it.
        Assert.True(allocated < 4 * (steps + 1) + 4096, $"{allocated} B for {steps + 1} counts");
        Assert.Equal(steps + 1, trace.OpenCounts.Count);
    }
}
