using System.Globalization;

namespace MembraneKit;

/// <summary>Shared text formatting for quantities: invariant culture, a unit prefix chosen by magnitude.</summary>
internal static class QuantityFormat
{
    /// <summary>Formats <paramref name="siValue"/> in the largest unit of <paramref name="units"/> (ordered large to small) whose
    /// scaled magnitude is at least 1, falling back to the smallest.</summary>
    internal static string Scaled(double siValue, ReadOnlySpan<(double Factor, string Unit)> units, string? format, IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        var magnitude = Math.Abs(siValue);
        var chosen = units[^1];
        if (magnitude == 0)
        {
            chosen = units[units.Length / 2];
        }
        else
        {
            foreach (var u in units)
            {
                if (magnitude >= u.Factor * 0.9995)
                {
                    chosen = u;
                    break;
                }
            }
        }

        return $"{(siValue / chosen.Factor).ToString(format ?? "G4", provider)} {chosen.Unit}";
    }

    /// <summary>A minus sign that reads as one: U+2212 in place of the hyphen, for displays.</summary>
    internal static string TypographicMinus(string text) => text.Replace('-', '\u2212');
}
