using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MembraneKit.Interactive;

/// <summary>
/// The representations of one display besides its HTML, read off the HTML the kit wrote, so that every display
/// made with <see cref="Card"/>, <see cref="Picture"/> and <see cref="ChartHtml"/> has them without code of its
/// own: the first picture as an SVG document (<c>image/svg+xml</c>) and the equations as LaTeX
/// (<c>text/latex</c>, one <c>$…$</c> per line, which Jupyter front ends and GitHub typeset with MathJax).
/// </summary>
internal sealed partial record DisplayParts(string Html, string? Svg, string? Latex)
{
    /// <summary>The parts of a display's HTML.</summary>
    internal static DisplayParts Of(string html)
    {
        var picture = PictureElement().Match(html);
        var svg = picture.Success ? Encoding.UTF8.GetString(Convert.FromBase64String(picture.Groups[1].Value)) : null;
        var equations = TexElement().Matches(html).Select(m => "$\\displaystyle " + WebUtility.HtmlDecode(m.Groups[1].Value) + "$").ToList();
        return new DisplayParts(html, svg, equations.Count == 0 ? null : string.Join("\n\n", equations));
    }

    [GeneratedRegex("<img class=\"" + Picture.CssClass + "\" src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex PictureElement();

    [GeneratedRegex("<span class=\"mk-tex\">\\\\\\((.*?)\\\\\\)</span>", RegexOptions.Singleline)]
    private static partial Regex TexElement();
}
