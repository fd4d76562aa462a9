using System.Text;
using System.Xml.Linq;

namespace MembraneKit.Interactive;

/// <summary>
/// Writes an equation made with <see cref="MathMl"/> as LaTeX, for the <c>text/latex</c> representation and
/// for the fallback that MathJax typesets where a sanitizer removed the MathML (classic Notebook, JupyterLab).
/// One source of truth: the LaTeX is read off the MathML tree, so the two can never disagree. It knows the
/// elements <see cref="MathMl"/> writes (mrow, mi, mn, mo, mtext, mfrac, msqrt, msub, munder, msup) and fails on any other.
/// </summary>
internal static class Latex
{
    /// <summary>The LaTeX of a &lt;math&gt; element (without delimiters).</summary>
    /// <exception cref="ArgumentException">The markup holds an element this writer does not know.</exception>
    internal static string FromMathMl(Markup math)
    {
        var root = XElement.Parse(math.Value);
        var builder = new StringBuilder();
        Write(root, builder);
        return builder.ToString().Trim();
    }

    private static void Write(XElement e, StringBuilder b)
    {
        switch (e.Name.LocalName)
        {
            case "math":
            case "mrow":
                foreach (var child in e.Elements())
                {
                    Write(child, b);
                }

                break;
            case "mi":
                Identifier(e.Value, (string?)e.Attribute("mathvariant") == "normal", b);
                break;
            case "mn":
                b.Append(Symbols(e.Value));
                break;
            case "mo":
                b.Append(Operator(e.Value));
                break;
            case "mtext":
                TextRun(e.Value, b);
                break;
            case "mfrac":
                b.Append("\\frac{");
                Write(Child(e, 0), b);
                b.Append("}{");
                Write(Child(e, 1), b);
                b.Append('}');
                break;
            case "msqrt":
                b.Append("\\sqrt{");
                foreach (var child in e.Elements())
                {
                    Write(child, b);
                }

                b.Append('}');
                break;
            case "msub":
            case "munder":
            case "msup":
                b.Append('{');
                Write(Child(e, 0), b);
                b.Append(e.Name.LocalName == "msup" ? "}^{" : "}_{");
                Write(Child(e, 1), b);
                b.Append('}');
                break;
            default:
                throw new ArgumentException($"The equation holds a <{e.Name.LocalName}> element, which has no LaTeX form here; allowed: math, mrow, mi, mn, mo, mtext, mfrac, msqrt, msub, munder, msup.", nameof(e));
        }
    }

    private static XElement Child(XElement e, int index) =>
        e.Elements().ElementAtOrDefault(index) ?? throw new ArgumentException($"<{e.Name.LocalName}> needs {index + 1} children.", nameof(e));

    private static void Identifier(string name, bool upright, StringBuilder b)
    {
        if (upright && name is "ln" or "log" or "exp" or "sin" or "cos" or "tan")
        {
            b.Append('\\').Append(name).Append(' ');
        }
        else if (upright || name.Length > 1 && name.All(char.IsAsciiLetter))
        {
            b.Append(upright ? "\\mathrm{" : "\\mathit{").Append(Symbols(name)).Append('}');
        }
        else
        {
            b.Append(Symbols(name));
        }
    }

    private static void TextRun(string text, StringBuilder b)
    {
        var trimmed = text.TrimStart('\u202F', ' ');
        if (trimmed.Length < text.Length)
        {
            b.Append("\\,");
        }

        if (trimmed.Length > 0)
        {
            b.Append("\\text{").Append(Escape(trimmed)).Append('}');
        }
    }

    private static string Operator(string op) => op switch
    {
        "×" => "\\times ",
        "·" => "\\cdot ",
        "−" => "-",
        "±" => "\\pm ",
        "≈" => "\\approx ",
        "≠" => "\\neq ",
        "≤" => "\\leq ",
        "≥" => "\\geq ",
        "∑" => "\\sum ",
        "∫" => "\\int ",
        "Δ" => "\\Delta ",
        "{" => "\\{",
        "}" => "\\}",
        "|" => "|",
        "√" => "\\sqrt ",
        "→" => "\\rightarrow ",
        "⟨" => "\\langle ",
        "⟩" => "\\rangle ",
        "°" => "^{\\circ}",
        "⇌" => "\\rightleftharpoons ",
        _ => Symbols(op),
    };

    /// <summary>Greek letters and the few symbols the displays use, as LaTeX commands; other characters stay.</summary>
    private static string Symbols(string text)
    {
        var b = new StringBuilder();
        foreach (var c in text)
        {
            b.Append(c switch
            {
                'α' => "\\alpha ",
                'β' => "\\beta ",
                'γ' => "\\gamma ",
                'δ' => "\\delta ",
                'Δ' => "\\Delta ",
                'μ' or 'µ' => "\\mu ",
                'σ' => "\\sigma ",
                'τ' => "\\tau ",
                'φ' => "\\varphi ",
                'π' => "\\pi ",
                'θ' => "\\theta ",
                '−' => "-",
                '×' => "\\times ",
                '\u202F' or '\u00A0' => "\\,",
                '%' or '#' or '&' or '$' or '_' => "\\" + c,
                _ => c.ToString(),
            });
        }

        return b.ToString();
    }

    /// <summary>Escapes the characters LaTeX treats specially inside \text{…}.</summary>
    private static string Escape(string text)
    {
        var b = new StringBuilder();
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '\\' => "\\backslash ",
                '{' or '}' or '%' or '#' or '&' or '$' or '_' => "\\" + c,
                '^' => "\\^{}",
                '~' => "\\~{}",
                '\u202F' or '\u00A0' => "\\,",
                _ => c.ToString(),
            });
        }

        return b.ToString();
    }
}
