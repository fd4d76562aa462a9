using System.Globalization;

namespace MembraneKit.Grading;

/// <summary>
/// Python's <c>str(float(x))</c>: the shortest digits that read back as the same double (what .NET's "R"
/// gives), laid out as Python does — fixed notation with at least one decimal ("1.0", "0.5") when the
/// decimal exponent is from −4 to 15, else scientific with a signed two-digit exponent ("1e+16", "1e-05").
/// nbgrader's checksum hashes points written this way.
/// </summary>
internal static class PythonFloat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // "E16" is not shortest; "R" is, in either layout: read its digits and exponent back.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = DigitsAndExponent(shortest);
        var sign = value < 0 ? "-" : "";
        if (exponent is >= -4 and < 16)
        {
            string text;
            if (exponent < 0)
            {
                text = "0." + new string('0', -exponent - 1) + digits;
            }
            else if (digits.Length <= exponent + 1)
            {
                text = digits + new string('0', exponent + 1 - digits.Length) + ".0";
            }
            else
            {
                text = digits[..(exponent + 1)] + "." + digits[(exponent + 1)..];
            }

            return sign + text;
        }

        var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    // The significant digits (no leading or trailing zeros) and the decimal exponent of the first one.
    private static (string Digits, int Exponent) DigitsAndExponent(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : text[(point + 1)..];
        var all = integerPart + fraction;
        var leading = all.TakeWhile(c => c == '0').Count();
        var digits = all[leading..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, exponent + integerPart.Length - 1 - leading);
    }
}
