namespace MembraneKit.Interactive;

/// <summary>
/// The frame every HTML display shares: a titled box holding, in order, whatever the display adds — a table
/// with units, an equation, a verdict, a figure, notes — and a footer naming the physical constants used.
/// </summary>
internal sealed class Card
{
    private readonly MarkupWriter _body = new();
    private readonly string _id;
    private readonly string _title;
    private bool _usesConstants;

    /// <param name="kind">Lower-case word for the id and CSS class ("membrane", "nernst").</param>
    /// <param name="title">Heading shown above the display (encoded).</param>
    /// <param name="content">A text that identifies what is displayed, for the id's hash.</param>
    internal Card(string kind, string title, string content)
    {
        _id = DisplayIds.Next(kind, content);
        _title = title;
    }

    /// <summary>The element id of the display.</summary>
    internal string Id => _id;

    /// <summary>Adds a table.</summary>
    internal Card Table(Table table)
    {
        _body.Append(table.ToMarkup());
        return this;
    }

    /// <summary>Adds a two-column table of named values, each value with its unit.</summary>
    internal Card Facts(params (string Name, string Value)[] facts)
    {
        var table = new Table().Column("quantity").Column("value");
        foreach (var (name, value) in facts)
        {
            table.Row(name, value);
        }

        return Table(table);
    }

    /// <summary>Adds a progressive chart inside the display.</summary>
    internal Card Chart(ProgressiveChart chart)
    {
        _body.Append(new Markup(chart.ToHtml()));
        return this;
    }

    /// <summary>Adds an equation, with a caption such as "Nernst equation": the MathML, and beside it the same
    /// equation in LaTeX. The display's own stylesheet shows the MathML and hides the LaTeX; where a sanitizer
    /// removed that stylesheet and the MathML tags (classic Notebook and JupyterLab, untrusted), the MathML's
    /// text stays hidden (the <c>hidden</c> attribute survives the classic Notebook's sanitizer, the inline
    /// <c>display:none</c> JupyterLab's) and the LaTeX shows, which both typeset with MathJax.</summary>
    internal Card Equation(string caption, Markup math)
    {
        _body.Open("div", ("class", "mk-eqbox")).Element("div", caption, ("class", "mk-eqcap"))
            .Element("span", math, ("class", "mk-mathml"), ("style", "display:none"), ("hidden", "hidden"))
            .Element("span", "\\(" + Latex.FromMathMl(math) + "\\)", ("class", "mk-tex"))
            .Close();
        return this;
    }

    /// <summary>Adds the verdict line: what the numbers mean.</summary>
    internal Card Verdict(string text)
    {
        _body.Element("p", text, ("class", "mk-verdict"));
        return this;
    }

    /// <summary>Adds a figure made by another writer: an SVG diagram becomes an image (<see cref="Picture"/>),
    /// other markup (a fold) is added as it is.</summary>
    internal Card Figure(Markup figure)
    {
        _body.Element("div", Picture.IsSvg(figure) ? Picture.Image(figure) : figure, ("class", "mk-figure"));
        return this;
    }

    /// <summary>Adds a short note in small print.</summary>
    internal Card Note(string text)
    {
        _body.Element("p", text, ("class", "mk-note"));
        return this;
    }

    /// <summary>Marks the display as computed with the physical constants, which the footer then names.</summary>
    internal Card UsesConstants()
    {
        _usesConstants = true;
        return this;
    }

    /// <summary>The complete HTML of the display.</summary>
    internal string ToHtml()
    {
        var writer = new MarkupWriter().Style(Styles.Css).Open("div", ("class", "mk"), ("id", _id))
            .Element("div", _title, ("class", "mk-title"))
            .Append(_body.ToMarkup());
        if (_usesConstants)
        {
            writer.Element("p", "Constants: " + PhysicalConstants.Source + ", R = 8.314462618 J mol⁻¹ K⁻¹, F = 96485.33212 C mol⁻¹.", ("class", "mk-note mk-constants"));
        }

        return writer.Close().ToMarkup().Value;
    }
}
