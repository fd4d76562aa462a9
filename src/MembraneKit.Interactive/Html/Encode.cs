using System.Text;

namespace MembraneKit.Interactive;

/// <summary>
/// The one place where text becomes markup. Every string that reaches HTML, SVG or MathML goes through
/// <see cref="Text"/>: the five characters that can end a text run or a quoted attribute (&amp; &lt; &gt; " ')
/// become character references, control characters are dropped, and everything else (⁺, −, µ) is kept
/// as written so that the markup stays readable.
/// </summary>
internal static class Encode
{
    /// <summary>Encodes text for an HTML/XML text node or a double- or single-quoted attribute value.</summary>
    internal static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(c) && c is not ('\n' or '\t') => "",
                _ => null,
            };
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Makes a string safe inside an inline &lt;script&gt;: a closing tag or comment opener in the
    /// text would end or confuse the script element, so "&lt;/" and "&lt;!--" are escaped as JavaScript allows.</summary>
    internal static string ScriptText(string script) => script
        .Replace("</", "<\\/", StringComparison.Ordinal)
        .Replace("<!--", "<\\!--", StringComparison.Ordinal);
}
