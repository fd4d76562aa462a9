using System.Globalization;

namespace MembraneKit.Cli.Running;

/// <summary>
/// Reads <c>name=value</c> parameters as papermill does: with <c>-p</c> a value that reads as a
/// boolean or a number (invariant culture) becomes one, anything else a string; with <c>-r</c> it is
/// always a string.
/// </summary>
internal static class ParameterParser
{
    public static KeyValuePair<string, object?> Parse(string text, bool raw)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"A parameter is written name=value; \"{text}\" has no name before '='.");
        }

        var name = text[..equals].Trim();
        var value = text[(equals + 1)..];
        return new KeyValuePair<string, object?>(name, raw ? value : Infer(value));
    }

    private static object? Infer(string value)
    {
        var trimmed = value.Trim();
        if (trimmed is "true" or "True")
        {
            return true;
        }

        if (trimmed is "false" or "False")
        {
            return false;
        }

        if (trimmed is "null" or "None")
        {
            return null;
        }

        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            return real;
        }

        return value;
    }
}
