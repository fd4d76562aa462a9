using System.Xml.Linq;
using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Interactive.Tests;

/// <summary>Every display is a Jupyter mime bundle: HTML, plain text, and where the HTML holds a picture or
/// equations, the picture as <c>image/svg+xml</c> and the equations as <c>text/latex</c>.</summary>
public class MimeBundleTests : FormatterTestBase
{
    public static TheoryData<string> Names() => [.. AllSamples.All.Select(s => s.Name)];

    private static object Sample(string name) => AllSamples.All.Single(s => s.Name == name).Value;

    private static DisplayRepresentations Declared(object value) =>
        DisplayFormatterSource.Displays.First(d => d.Type.IsInstanceOfType(value)).Extra;

    private static DisplayRepresentations Held(object value)
    {
        var parts = DisplayParts.Of(Html(value));
        return (parts.Svg is null ? DisplayRepresentations.None : DisplayRepresentations.Picture)
            | (parts.Latex is null ? DisplayRepresentations.None : DisplayRepresentations.Equation);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_type_declares_every_picture_and_equation_its_html_holds(string name)
    {
        var value = Sample(name);
        var declared = Declared(value);
        var held = Held(value);
        Assert.True((held & ~declared) == DisplayRepresentations.None, $"{name} ({value.GetType().Name}): declared {declared}, HTML holds {held}");
    }

    [Fact]
    public void Each_type_declares_nothing_that_none_of_its_samples_holds()
    {
        // A type's mime types are fixed per type, while what an instance shows may vary (a Henderson junction has
        // its equation, a Nernst–Planck one its profiles): across the samples of a type, the union must be the declaration.
        var byType = AllSamples.All.GroupBy(s => DisplayFormatterSource.Displays.First(d => d.Type.IsInstanceOfType(s.Value)));
        Assert.All(byType, group =>
        {
            var union = group.Aggregate(DisplayRepresentations.None, (all, s) => all | Held(s.Value));
            Assert.True(union == group.Key.Extra, $"{group.Key.Type.Name}: declared {group.Key.Extra}, its samples hold {union}");
        });
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_preferred_mime_types_put_html_first_and_plain_text_last(string name)
    {
        var types = Formatter.GetPreferredMimeTypesFor(Sample(name).GetType()).ToList();
        Assert.Equal("text/html", types[0]);
        Assert.Equal("text/plain", types[^1]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_picture_is_a_standalone_svg_document_with_a_title_and_no_script(string name)
    {
        var value = Sample(name);
        if (!Declared(value).HasFlag(DisplayRepresentations.Picture))
        {
            return;
        }

        _ = Html(value);
        var svg = XElement.Parse(value.ToDisplayString("image/svg+xml"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Name);
        Assert.False(string.IsNullOrWhiteSpace((string?)svg.Element(ns + "title")));
        Assert.Empty(svg.Descendants(ns + "script"));
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "foreignObject");
    }

    [Fact]
    public void The_picture_in_the_bundle_is_the_one_in_the_html_of_the_same_display()
    {
        var value = AllSamples.All.Single(s => s.Name == "MembraneDiagram").Value;
        var html = Html(value);
        var svg = value.ToDisplayString("image/svg+xml");

        var img = Dom.ParseAsWritten(html).QuerySelector("img.mk-picture")!;
        var fromHtml = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(img.GetAttribute("src")!["data:image/svg+xml;base64,".Length..]));
        Assert.Equal(fromHtml, svg);
        Assert.Contains("K⁺", img.GetAttribute("alt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_the_picture_alone_does_not_take_plotly_js_from_the_next_chart()
    {
        PlotlyLibrary.Reset();
        var chart = Charts.ElectrochemicalGradient(Samples.Cell, Ion.Potassium);
        _ = chart.ToDisplayString("image/svg+xml");
        var other = chart.WithTitle("Another chart");

        Assert.Contains("mk-plotly-js", Html(other), StringComparison.Ordinal);
    }

    [Fact]
    public void The_equations_are_latex_for_mathjax_one_per_line()
    {
        var nernst = Samples.Cell.Nernst(Ion.Potassium);
        var latex = nernst.ToDisplayString("text/latex").Split("\n\n");

        Assert.Equal(2, latex.Length);
        Assert.Equal(@"$\displaystyle {E}_{\text{K}}=\frac{RT}{zF}\ln(\frac{{[\text{K⁺}]}_{o}}{{[\text{K⁺}]}_{i}})$", Squeeze(latex[0]));
        Assert.StartsWith(@"$\displaystyle {E}_{\text{K}}=\frac{8.314\times310.15\,\text{K}}{+1\times96485}", Squeeze(latex[1]), StringComparison.Ordinal);
        Assert.EndsWith(@"=-95.0\,\text{mV}$", Squeeze(latex[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_membrane_without_ions_still_has_a_picture_and_latex_that_say_so()
    {
        var empty = Membrane.At(37.Celsius());
        _ = Html(empty);

        Assert.Contains("no ions", empty.ToDisplayString("image/svg+xml"), StringComparison.Ordinal);
        Assert.Contains("no ions", empty.ToDisplayString("text/latex"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_bundle_stays_under_50_kb_without_plotly_js()
    {
        PlotlyLibrary.Reset();
        _ = Html(Charts.ElectrochemicalGradient(Samples.Cell, Ion.Sodium));
        var chart = Charts.ElectrochemicalGradient(Samples.Cell, Ion.Potassium);
        var size = Html(chart).Length + chart.ToDisplayString("image/svg+xml").Length + Text(chart).Length;

        Assert.InRange(size, 1000, 50_000);
    }

    private static string Squeeze(string latex) => latex.Replace(" ", "", StringComparison.Ordinal).Replace(@"\displaystyle", @"\displaystyle ", StringComparison.Ordinal);
}
