namespace MembraneKit.Tests.Teaching;

public class ExpectTests
{
    [Fact]
    public void Near_passes_within_tolerance_and_says_so()
    {
        Assert.StartsWith("✓ E_K", Expect.Near((-95.02).Millivolts(), (-95.0).Millivolts(), 0.5.Millivolts(), "E_K"));
    }

    [Fact]
    public void Near_fails_with_expected_found_and_difference()
    {
        var e = Assert.Throws<ExpectationFailedException>(() => Expect.Near((-80.0).Millivolts(), (-95.0).Millivolts(), 0.5.Millivolts(), "E_K"));
        Assert.Contains("expected -95 mV ± 0.5 mV, got -80 mV", e.Message);
        Assert.Contains("off by 15 mV", e.Message);
    }

    [Fact]
    public void Near_refuses_nan_rather_than_passing_it()
    {
        Assert.Throws<ExpectationFailedException>(() => Expect.Near(double.NaN, 1, 1, "x"));
    }

    [Fact]
    public void Between_accepts_bounds_in_either_order()
    {
        Expect.Between((-70).Millivolts(), 60.Millivolts(), (-90).Millivolts(), "V_rest");
        var e = Assert.Throws<ExpectationFailedException>(() => Expect.Between((-100).Millivolts(), (-90).Millivolts(), 60.Millivolts(), "V_rest"));
        Assert.Contains("from -90.0 mV to 60.0 mV, got -100.0 mV", e.Message);
    }

    [Fact]
    public void That_names_the_condition_that_failed()
    {
        Assert.Contains("the total current is zero", Assert.Throws<ExpectationFailedException>(() => Expect.That(false, "the total current is zero")).Message);
    }

    [Fact]
    public void Skipped_says_what_was_not_checked_and_why_without_a_tick()
    {
        var line = Expect.Skipped("E_K, course figure", "[K⁺]ₒ is not 4 mM");
        Assert.DoesNotContain("✓", line, StringComparison.Ordinal);
        Assert.Contains("not checked: E_K, course figure", line, StringComparison.Ordinal);
        Assert.Contains("[K⁺]ₒ is not 4 mM", line, StringComparison.Ordinal);
    }
}
