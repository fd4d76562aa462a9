using System.Globalization;

namespace MembraneKit.Interactive;

/// <summary>Numbers as displays print them: invariant culture, a chosen number of significant digits,
/// a true minus sign (U+2212) and no exponent for the magnitudes a physiologist meets.</summary>
internal static class Num
{
    internal const char Minus = '\u2212';

    /// <summary>A number rounded to <paramref name="digits"/> significant digits ("−95.0", "0.0286", "1.23×10⁻⁵",
    /// "1.76×10⁶"): plain below 100 000 and from 0.0001, scientific beyond.</summary>
    internal static string Sig(double value, int digits = 3)
    {
        if (double.IsNaN(value))
        {
            return "not a number";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : Minus + "∞";
        }

        if (value == 0)
        {
            return "0";
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        if (magnitude is < -4 or >= 5)
        {
            var mantissa = value / Math.Pow(10, magnitude);
            if (Math.Round(Math.Abs(mantissa), digits - 1) >= 10)
            {
                mantissa /= 10;
                magnitude++;
            }

            return Typographic(mantissa.ToString("F" + Math.Max(0, digits - 1), CultureInfo.InvariantCulture)) + "×10" + Superscript(magnitude);
        }

        var decimals = Math.Max(0, digits - 1 - magnitude);
        return Typographic(Math.Round(value, Math.Min(decimals, 15)).ToString("F" + decimals, CultureInfo.InvariantCulture));
    }

    /// <summary>A number to at most <paramref name="digits"/> significant digits without trailing zeros ("4", "140", "0.5"):
    /// for values typed by a person, such as concentrations.</summary>
    internal static string Compact(double value, int digits = 4)
    {
        var text = Sig(value, digits);
        if (text.Contains('.') && !text.Contains('×'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text;
    }

    /// <summary>A number with a fixed count of decimals ("−95.0").</summary>
    internal static string Fixed(double value, int decimals) =>
        Typographic(value.ToString("F" + decimals, CultureInfo.InvariantCulture));

    /// <summary>A number with an explicit sign ("+25.0", "−3.1").</summary>
    internal static string Signed(double value, int decimals)
    {
        var text = Fixed(value, decimals);
        return text[0] == Minus || text.TrimStart('0', '.').Length == 0 ? text : "+" + text;
    }

    /// <summary>Text with each hyphen-minus turned into a true minus sign, for quantities printed by the physics library.</summary>
    internal static string Typographic(string text) => text.Replace('-', Minus);

    /// <summary>A quantity's invariant text ("-95.0 mV") with a true minus sign.</summary>
    internal static string Quantity(IFormattable quantity) => Typographic(quantity.ToString(null, CultureInfo.InvariantCulture));

    /// <summary>A value for machine-readable places (JSON, SVG coordinates): invariant, round-trippable at the given digits.</summary>
    internal static string Invariant(double value, int significantDigits = 6) =>
        Round(value, significantDigits).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Rounds to significant digits (for chart data: what an eye can see, and smaller outputs).</summary>
    internal static double Round(double value, int significantDigits)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var scale = Math.Pow(10, significantDigits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        return scale > 1e15 ? value : Math.Round(value * scale) / scale;
    }

    private static string Superscript(int exponent) => new([.. exponent.ToString(CultureInfo.InvariantCulture).Select(c => c switch
    {
        '-' => '⁻',
        '0' => '⁰',
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        '4' => '⁴',
        '5' => '⁵',
        '6' => '⁶',
        '7' => '⁷',
        '8' => '⁸',
        _ => '⁹',
    })]);
}
