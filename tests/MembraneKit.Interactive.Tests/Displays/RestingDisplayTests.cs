namespace MembraneKit.Interactive.Tests;

/// <summary>Resting-potential displays. Reference values by hand from the exact SI constants at 310.15 K,
/// RT/F = 26.727 mV: E_K = −95.0 mV, E_Na = +60.6 mV; GHK with P_K : P_Na : P_Cl = 1 : 0.04 : 0.45,
/// V = 26.727 ln((4 + 0.04·145 + 0.45·10)/(140 + 0.04·15 + 0.45·110)) = −69.1 mV (Hodgkin and Katz 1949, form of
/// Hille ch. 14).</summary>
public class RestingDisplayTests : FormatterTestBase
{
    private static Membrane Cell => AllSamples.PermeableCell;

    [Fact]
    public void Currents_at_rest_say_non_equilibrium_steady_state_and_which_way_each_ion_leaks()
    {
        var doc = Dom.Parse(Html(Cell.CurrentsAt(Cell.RestingPotential())));

        var verdict = doc.QuerySelector(".mk-verdict")!.TextContent;
        Assert.StartsWith("Net current 0 → non-equilibrium steady state: K⁺ leaks out, Na⁺ leaks in", verdict);
        var rows = doc.QuerySelectorAll("table.mk-table tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray());
        Assert.Equal("outward", rows["K⁺"][3]);
        Assert.Equal("inward", rows["Na⁺"][3]);
        Assert.Equal("net zero", rows["total"][3]);
    }

    [Fact]
    public void Away_from_rest_the_net_current_and_what_it_does_are_said()
    {
        var verdict = Dom.Parse(Html(Cell.CurrentsAt((-40).Millivolts()))).QuerySelector(".mk-verdict")!.TextContent;
        Assert.Contains("(outward): V is not a resting potential, the membrane hyperpolarises", verdict);
    }

    [Fact]
    public void The_ghk_display_shows_the_potential_the_equation_and_a_diagram_at_that_potential()
    {
        var doc = Dom.Parse(Html(Cell.GoldmanPotential()));
        Assert.Contains("−69.1 mV", doc.QuerySelector(".mk-title")!.TextContent);
        Assert.Contains("−69.1", doc.QuerySelector("math")!.TextContent);
        Assert.Contains("V_m = −69.1 mV", doc.QuerySelector("svg.mk-diagram desc")!.TextContent);
    }

    [Fact]
    public void A_membrane_with_permeabilities_shows_its_resting_potential_and_arrows_and_its_pump()
    {
        var doc = Dom.Parse(Html(Cell));
        Assert.Contains("V_rest = −69.1 mV", doc.QuerySelector(".mk-verdict")!.TextContent);
        Assert.Equal(3, doc.QuerySelectorAll("svg.mk-diagram .mk-arrow").Length);
        var pump = doc.QuerySelector("svg.mk-diagram g.mk-pump")!;
        Assert.Equal("3", pump.GetAttribute("data-sodium-out"));
        Assert.Equal("2", pump.GetAttribute("data-potassium-in"));
        Assert.Contains("3 Na⁺ out and 2 K⁺ in per ATP", doc.QuerySelector("svg.mk-diagram desc")!.TextContent);
    }

    [Fact]
    public void A_single_ion_iv_curve_marks_its_zero_crossing_at_the_nernst_potential()
    {
        var chart = Dom.Parse(Html(Cell.IVCurve(Ion.Sodium, (-120).Millivolts(), 80.Millivolts(), 101)));
        var desc = chart.QuerySelector(".mk-chart-static svg desc")!.TextContent;
        Assert.Contains("reversal at 60.6 mV", desc);
        Assert.Contains("E_rev = 60.6 mV", chart.QuerySelector(".mk-chart-static svg")!.TextContent);
        Assert.Contains("reverses at its Nernst potential", chart.QuerySelector(".mk-verdict")!.TextContent);
    }

    [Fact]
    public void The_hyperkalemia_chart_draws_v_rest_and_e_k_on_a_log_axis_and_marks_the_present_value()
    {
        var chart = Charts.Hyperkalemia(Cell, 1, 20, 51);
        Assert.Equal(["V_rest", "E_K"], chart.Series.Select(s => s.Name));
        Assert.True(chart.LogX);
        // E_K at [K⁺]o = 20 mM: 26.727 ln(20/140) = −52.0 mV.
        Assert.Equal(-52.0, chart.Series[1].Y[^1], 0.1);
        Assert.Contains("now: 4 mM, V_rest = −69.1 mV", chart.Markers.Single().Label);
    }

    [Fact]
    public void The_ratio_sweep_is_bounded_by_the_two_nernst_potentials()
    {
        var chart = Charts.PermeabilityRatioSweep(Cell.Without(Ion.Chloride), Ion.Sodium, Ion.Potassium, 0.001, 1000, 61);
        var e = chart.Series[0].Y;
        Assert.All(e, v => Assert.InRange(v, -95.1, 60.7));
        Assert.True(e[0] < -90 && e[^1] > 55, $"from {e[0]} to {e[^1]}");
        Assert.Equal(["E_Na = 60.6 mV", "E_K = −95.0 mV"], chart.ReferenceLines.Select(l => l.Label));
    }

    [Fact]
    public void Chord_display_shows_the_weights_and_the_weighted_mean()
    {
        // g = 10, 0.5, 2 nS: V = (10·(−95.0) + 0.5·60.6 + 2·(−64.1))/12.5 = −83.8 mV.
        var cell = Samples.Cell.WithConductance(Ion.Potassium, 10.Nanosiemens()).WithConductance(Ion.Sodium, 0.5.Nanosiemens()).WithConductance(Ion.Chloride, 2.Nanosiemens());
        var doc = Dom.Parse(Html(cell.ChordPotential()));
        Assert.Contains("−83.8 mV", doc.QuerySelector(".mk-title")!.TextContent);
        Assert.Equal("0.800", doc.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td")[2].TextContent);
    }

    [Fact]
    public void Currents_match_the_snapshot() =>
        Snapshot.Match(Html(Cell.CurrentsAt((-70).Millivolts())), "MembraneCurrents");
}
