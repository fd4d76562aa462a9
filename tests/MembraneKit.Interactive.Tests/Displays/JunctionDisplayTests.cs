namespace MembraneKit.Interactive.Tests;

/// <summary>Liquid-junction displays: the three methods side by side and the patch-clamp correction. Reference values:
/// Ng &amp; Barry (1995) Table 2, CaCl₂ 50 + MgCl₂ 50 mM ∣ LiCl 100 mM at 25 °C, −8.2 mV (LJPcalc's comparison set).</summary>
public class JunctionDisplayTests : FormatterTestBase
{
    private static LiquidJunction NgAndBarry => LiquidJunction.At(25.Celsius())
        .With(Ion.Calcium, 50, 0).With(Ion.Chloride, 200, 100).With(Ion.Magnesium, 50, 0).With(Ion.Lithium, 0, 100);

    [Fact]
    public void The_comparison_shows_a_row_per_method_the_reason_and_both_profiles()
    {
        var doc = Dom.Parse(Html(NgAndBarry.CompareMethods()));
        var rows = doc.QuerySelectorAll("table.mk-table tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray());
        Assert.Equal(["Henderson", "Planck", "Nernst–Planck"], rows.Keys);
        Assert.StartsWith("−8.4", rows["Nernst–Planck"][0]);
        Assert.Equal("—", rows["Planck"][0]);
        Assert.Contains("Ca²⁺, Mg²⁺ carry more than one charge", doc.QuerySelector(".mk-verdict")!.TextContent);
        Assert.Equal(2, doc.QuerySelectorAll("svg").Count(svg => svg.QuerySelector("title")?.TextContent.Contains("across the junction", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void The_patch_clamp_correction_spells_out_the_sign_and_a_worked_reading()
    {
        var junction = LiquidJunction.At(25.Celsius()).With(Ion.Potassium, 140, 3).With(Ion.Gluconate, 140, 0).With(Ion.Sodium, 0, 140).With(Ion.Chloride, 0, 143);
        var correction = junction.PatchClampCorrection();
        var doc = Dom.Parse(Html(correction));
        var text = doc.Body!.TextContent;
        Assert.Contains("V_LJP = φ(bath) − φ(pipette)", text);
        Assert.Contains("V_membrane = V_measured − V_LJP", doc.QuerySelector(".mk-verdict")!.TextContent);
        Assert.True(correction.Potential.Millivolts > 10, correction.ToString());
        Assert.Contains(Num(-60 - correction.Potential.Millivolts), text);
    }

    private static string Num(double millivolts) => (millivolts < 0 ? "−" : "+") + Math.Abs(millivolts).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " mV";
}
