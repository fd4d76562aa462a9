using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;

namespace MembraneKit.Cli.Running;

/// <summary>
/// Reads <c>name=value</c> parameters by papermill's rules: with <c>-p</c>, <c>True</c>/<c>true</c> and
/// <c>False</c>/<c>false</c> are booleans, <c>None</c>/<c>null</c> is null, a whole number (invariant
/// culture) an integer, another number a double, a JSON array (<c>[1, 2.5, "K"]</c>) a list of such
/// values, and anything else a string; with <c>-r</c> the value is always a string.
/// </summary>
/// <remarks>
/// Refused, with a message naming the option, the parameter and the value: no name before <c>=</c>, a
/// name that is not a C# identifier, a name given twice, <c>NaN</c> or an infinity (papermill passes them on;
/// a notebook's figures then read NaN — give <c>-r</c> for the text), a list that is not JSON or that nests
/// lists. Whether a value suits the parameter's declared type is checked where the notebook is read
/// (<see cref="MembraneKit.Notebooks.ParameterInjection"/>).
/// </remarks>
internal static class ParameterParser
{
    /// <summary>Reads every <c>-p</c> then every <c>-r</c> parameter; a name may be given once.</summary>
    public static Dictionary<string, object?> ParseAll(IEnumerable<string> typed, IEnumerable<string> raw)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (text, isRaw) in typed.Select(t => (t, false)).Concat(raw.Select(t => (t, true))))
        {
            var (name, value) = Parse(text, isRaw);
            var option = isRaw ? "-r" : "-p";
            if (given.TryGetValue(name, out var earlier))
            {
                throw new FormatException($"Parameter {name} is given twice ({earlier} and {option} {text}); give each parameter once.");
            }

            given[name] = $"{option} {text}";
            values[name] = value;
        }

        return values;
    }

    public static KeyValuePair<string, object?> Parse(string text, bool raw)
    {
        var option = raw ? "-r" : "-p";
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || text[..equals].Trim().Length == 0)
        {
            throw new FormatException($"A parameter is written name=value; {option} \"{text}\" has no name before '='.");
        }

        var name = text[..equals].Trim();
        if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            throw new FormatException($"{option} {text}: \"{name}\" is not a C# identifier, so it cannot name a parameter (letters, digits and _, not starting with a digit, not a keyword).");
        }

        var value = text[(equals + 1)..];
        return new KeyValuePair<string, object?>(name, raw ? value : Infer(value, $"{option} {text}"));
    }

    private static object? Infer(string value, string given)
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

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return double.IsFinite(real)
                ? real
                : throw new FormatException($"{given}: {trimmed} is not a finite number, and a parameter's number must be one (use -r for the text \"{trimmed}\").");
        }

        if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
        {
            return ParseList(trimmed, given);
        }

        return value;
    }

    private static List<object?> ParseList(string text, string given)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            throw new FormatException($"{given}: a list is written as JSON, for example [1, 2.5, \"K\", true, null]; \"{text}\" is not (quote text items; use -r to pass the text as it is).");
        }

        using (document)
        {
            return document.RootElement.EnumerateArray().Select(item => item.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.True => true,
                JsonValueKind.False => (object?)false,
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Number when item.TryGetInt64(out var whole) => whole,
                JsonValueKind.Number => item.GetDouble(),
                _ => throw new FormatException($"{given}: a list holds numbers, text, true, false or null; {item.GetRawText()} is not one of them."),
            }).ToList();
        }
    }
}
