namespace MembraneKit.Interactive.Tests;

/// <summary>The ready-made charts: what they draw and what they mark, against values worked by hand.</summary>
public class ChartsTests
{
    [Fact]
    public void Relative_noise_is_drawn_log_log_with_the_binomial_prediction()
    {
        // p = α/(α+β) = 100/400 = 0.25; σ/mean = √((1 − p)/(Np)) = √(0.75/(0.25 N)) = √(3/N): 0.5477 at N = 10.
        var kinetics = TwoStateKinetics.Create(100, 300);
        var chart = Charts.RelativeNoise(ChannelNoise.RelativeNoiseVersusCount(kinetics, [10, 100, 1000], 1e-4, 2000, 3));
        Assert.True(chart.LogX && chart.LogY);
        Assert.Equal(SeriesStyle.Markers, chart.Series[0].Style);
        Assert.Equal(Math.Sqrt(3.0 / 10), chart.Series[1].Y[0], 1e-9);
        Assert.Equal(Math.Sqrt(3.0 / 1000), chart.Series[1].Y[2], 1e-9);
    }

    [Fact]
    public void Butler_volmer_marks_zero_net_current_at_the_equilibrium_potential()
    {
        // Fe³⁺/Fe²⁺ at equal concentrations: E_eq = E° = 771 mV (CRC Handbook).
        var reaction = RedoxCouple.FerricFerrous.OnElectrode(CurrentDensity.FromMilliamperesPerSquareCentimetre(1));
        var chart = Charts.ButlerVolmer(reaction, 61);
        var marker = chart.Markers.Single();
        Assert.Equal(reaction.EquilibriumPotential.Millivolts, marker.X, 1e-9);
        Assert.Equal(0, marker.Y);
        Assert.Equal(["anodic i_a (oxidation)", "cathodic i_c (reduction)", "net i"], chart.Series.Select(s => s.Name));
        // At η = 0 both partial currents are ±i₀ = ±1 mA/cm².
        var middle = chart.Series[0].X.Count / 2;
        Assert.Equal(1, chart.Series[0].Y[middle], 1e-6);
        Assert.Equal(-1, chart.Series[1].Y[middle], 1e-6);
    }

    [Fact]
    public void Evans_diagram_marks_the_mixed_potential_between_the_two_equilibrium_potentials()
    {
        var fe = RedoxCouple.FerricFerrous.OnElectrode(CurrentDensity.FromMilliamperesPerSquareCentimetre(1));
        var sn = RedoxCouple.StannicStannous.OnElectrode(CurrentDensity.FromMicroamperesPerSquareCentimetre(10));
        var chart = Charts.Evans(MixedPotential.Solve(fe, sn).EvansDiagram(81));
        var mix = chart.Markers.Single();
        Assert.InRange(mix.Y, 151, 771);
        Assert.Equal(4, chart.Series.Count);
        Assert.Contains(chart.ReferenceLines, l => l.Label == "E_mix" && !l.IsVertical);
    }

    [Fact]
    public void Open_probability_is_one_half_at_the_half_activation_for_every_gating_charge()
    {
        var gating = BoltzmannGating.Create(4, (-40).Millivolts(), 37.Celsius());
        var chart = Charts.OpenProbability(gating, [1, 4], -80, 0, 81);
        Assert.Equal(2, chart.Series.Count);
        foreach (var s in chart.Series)
        {
            Assert.Equal(0.5, s.Y[40], 1e-12);   // x = −40 mV
        }

        Assert.True(chart.Series[1].Y[50] > chart.Series[0].Y[50], "the larger charge is steeper");
    }

    [Fact]
    public void Nernst_sweep_rises_by_the_nernst_slope_per_decade()
    {
        // (RT/F) ln 10 at 310.15 K = 61.54 mV per tenfold [K⁺]o.
        var chart = Charts.NernstSweep(Samples.Cell, Ion.Potassium, 1, 100, 3);
        Assert.Equal(61.54, chart.Series[0].Y[1] - chart.Series[0].Y[0], 0.01);
    }

    [Fact]
    public void A_sweep_with_fewer_than_two_points_is_refused_with_the_parameter_named()
    {
        var e = Assert.Throws<InvalidInputException>(() => Charts.Function("f", "x", "y", x => x, 0, 1, 1));
        Assert.Equal("points", e.ParamName);
    }
}
