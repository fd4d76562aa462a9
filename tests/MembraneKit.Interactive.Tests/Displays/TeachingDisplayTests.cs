namespace MembraneKit.Interactive.Tests;

/// <summary>The teaching displays: a prediction keeps its answer behind a fold, the ion count reads the figures of
/// a textbook cell, and the caveats of the selectivity and mixed-potential displays are there.</summary>
public class TeachingDisplayTests : FormatterTestBase
{
    private const string Attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    [Fact]
    public void A_prediction_shows_the_question_and_keeps_the_answer_inside_a_fold()
    {
        var doc = Dom.Parse(Html(Prediction.Reveal("Hyperpolarise or depolarise?", "It depolarises by 6.5 mV.", "E_K rises.")));

        var fold = doc.QuerySelector("details")!;
        Assert.NotNull(fold);
        Assert.False(fold.HasAttribute("open"));
        Assert.Contains("It depolarises by 6.5 mV.", fold.TextContent, StringComparison.Ordinal);
        Assert.Contains("E_K rises.", fold.TextContent, StringComparison.Ordinal);
        var outside = doc.DocumentElement.TextContent.Replace(fold.TextContent, "", StringComparison.Ordinal);
        Assert.Contains("Hyperpolarise or depolarise?", outside, StringComparison.Ordinal);
        Assert.DoesNotContain("6.5 mV", outside, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prediction_reads_in_order_as_text()
    {
        Assert.Equal("Predict: Q?\nAnswer: A.\nWhy: R.", Text(Prediction.Reveal(" Q? ", "A.", "R.")));
    }

    [Fact]
    public void A_prediction_with_markup_in_every_text_stays_text()
    {
        var doc = Dom.Parse(Html(Prediction.Reveal(Attack, Attack, Attack)));

        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Equal(3, doc.DocumentElement.TextContent.Split("<script>alert(1)</script>").Length - 1);
    }

    [Fact]
    public void The_ion_count_shows_the_textbook_figures_for_a_neuron()
    {
        // Independent figures: 1 µF/cm² × 95 mV / e = 5.93e3 per µm²; 3n/(c·N_A·r) = 2.11e-5 for 140 mM and 10 µm.
        var text = Html(ChargeSeparation.Of((-95).Millivolts(), Ion.Potassium, 140.Millimolar(), 10));

        Assert.Contains("5929", text, StringComparison.Ordinal);
        Assert.Contains("21 in a million", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_selectivity_display_states_the_single_barrier_assumption()
    {
        var text = Dom.Parse(Html(SelectivityFilter.K2P)).DocumentElement.TextContent;

        Assert.Contains("one rate-limiting barrier", text, StringComparison.Ordinal);
        Assert.Contains("need not agree", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mixed_potential_display_says_mass_transport_is_left_out_and_counts_moles()
    {
        var iron = RedoxCouple.FerricFerrous.WithConcentrations(0.01.Molar(), 0.01.Molar()).OnElectrode(CurrentDensity.FromMilliamperesPerSquareCentimetre(1));
        var tin = RedoxCouple.StannicStannous.WithConcentrations(0.01.Molar(), 0.01.Molar()).OnElectrode(CurrentDensity.FromMilliamperesPerSquareCentimetre(0.1));
        var mixed = MixedPotential.Solve(iron, tin);
        var html = Dom.Parse(Html(mixed)).DocumentElement.TextContent;
        var text = Text(mixed);

        // At equal currents the one-electron Fe³⁺ is consumed twice as fast, in moles, as the two-electron Sn²⁺.
        var ferric = Math.Abs(mixed.Reduced.Single().Net.AmperesPerSquareMetre) / (1 * PhysicalConstants.Faraday) * 1e2;
        var stannous = Math.Abs(mixed.Oxidised.Single().Net.AmperesPerSquareMetre) / (2 * PhysicalConstants.Faraday) * 1e2;
        Assert.Equal(2, ferric / stannous, 6);
        Assert.Equal((15.0, 7.49), (Math.Round(ferric, 1), Math.Round(stannous, 2)));
        foreach (var output in new[] { html, text })
        {
            Assert.Contains("diffusion", output, StringComparison.Ordinal);
            Assert.Contains("Fe³⁺ consumed at 15.0 µmol", output, StringComparison.Ordinal);
            Assert.Contains("Sn²⁺ consumed at 7.49 µmol", output, StringComparison.Ordinal);
        }

        Assert.Contains("α is the cathodic transfer coefficient", html, StringComparison.Ordinal);
    }
}
