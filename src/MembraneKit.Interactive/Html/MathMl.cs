namespace MembraneKit.Interactive;

/// <summary>
/// MathML fragments for equations. MathML Core renders in Chromium (VS Code, Chrome, Edge), Firefox and
/// Safari without any script, which LaTeX inside an HTML output does not. Every identifier, number and
/// operator is encoded text.
/// </summary>
internal static class MathMl
{
    /// <summary>An equation with a spoken text alternative. Written as inline math in a block of its own (with
    /// <c>math-style: normal</c>) so that it sits left-aligned under its caption instead of centred.</summary>
    internal static Markup Block(string spoken, params Markup[] row) =>
        new MarkupWriter().Open("math", ("aria-label", spoken), ("class", "mk-eq"))
            .Append(Row(row)).Close().ToMarkup();

    /// <summary>Identifier (italic for single letters, as in print).</summary>
    internal static Markup I(string name) => Leaf("mi", name);

    /// <summary>Upright identifier (function names such as ln, or words).</summary>
    internal static Markup Upright(string name) => new MarkupWriter().Element("mi", name, ("mathvariant", "normal")).ToMarkup();

    /// <summary>Number.</summary>
    internal static Markup N(string number) => Leaf("mn", number);

    /// <summary>Number with significant digits.</summary>
    internal static Markup N(double number, int digits = 4) => Leaf("mn", Num.Sig(number, digits));

    /// <summary>Operator.</summary>
    internal static Markup O(string op) => Leaf("mo", op);

    /// <summary>Text inside an equation (units, words).</summary>
    internal static Markup T(string text) => Leaf("mtext", text);

    /// <summary>A row of items.</summary>
    internal static Markup Row(params Markup[] items)
    {
        var writer = new MarkupWriter().Open("mrow");
        foreach (var item in items)
        {
            writer.Append(item);
        }

        return writer.Close().ToMarkup();
    }

    /// <summary>A fraction.</summary>
    internal static Markup Frac(Markup numerator, Markup denominator) =>
        new MarkupWriter().Open("mfrac").Append(Row(numerator)).Append(Row(denominator)).Close().ToMarkup();

    /// <summary>A subscript: E_K.</summary>
    internal static Markup Sub(Markup @base, Markup subscript) =>
        new MarkupWriter().Open("msub").Append(Row(@base)).Append(Row(subscript)).Close().ToMarkup();

    /// <summary>A superscript: e^x.</summary>
    internal static Markup Sup(Markup @base, Markup superscript) =>
        new MarkupWriter().Open("msup").Append(Row(@base)).Append(Row(superscript)).Close().ToMarkup();

    /// <summary>Round brackets around a row.</summary>
    internal static Markup Paren(params Markup[] items) => Row([O("("), .. items, O(")")]);

    /// <summary>Square brackets, for concentrations: [K⁺].</summary>
    internal static Markup Conc(string symbol, string side) =>
        Sub(Row(O("["), T(symbol), O("]")), I(side));

    /// <summary>A subscripted symbol such as E_K written from text: E with subscript "K".</summary>
    internal static Markup Symbol(string letter, string subscript) => Sub(I(letter), T(subscript));

    /// <summary>A number with its unit: 26.7 mV.</summary>
    internal static Markup Quantity(string number, string unit) => Row(N(number), T("\u202F" + unit));

    private static Markup Leaf(string tag, string text) => new MarkupWriter().Element(tag, text).ToMarkup();
}
