using System.Globalization;
using System.Runtime.CompilerServices;

namespace MembraneKit;

/// <summary>
/// The one precondition helper. Each check throws <see cref="InvalidInputException"/> naming the parameter
/// (captured from the call site), the value with its unit, and what is allowed.
/// </summary>
internal static class Guard
{
    /// <summary>Formats a number for messages: invariant culture, up to six significant digits.</summary>
    internal static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string WithUnit(double value, string unit) => unit.Length == 0 ? Format(value) : $"{Format(value)} {unit}";

    /// <summary>Requires a finite number (not NaN, not ±∞).</summary>
    internal static double Finite(double value, string unit = "", [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidInputException(parameterName ?? "value", WithUnit(value, unit), "a finite number");
        }

        return value;
    }

    /// <summary>Requires a finite number strictly above zero.</summary>
    internal static double Positive(double value, string unit = "", [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new InvalidInputException(parameterName ?? "value", WithUnit(value, unit), $"a finite value above 0{(unit.Length == 0 ? "" : " " + unit)}");
        }

        return value;
    }

    /// <summary>Requires a finite number at or above zero.</summary>
    internal static double NonNegative(double value, string unit = "", [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new InvalidInputException(parameterName ?? "value", WithUnit(value, unit), $"a finite value of 0{(unit.Length == 0 ? "" : " " + unit)} or more");
        }

        return value;
    }

    /// <summary>Requires a finite number in the closed range [<paramref name="min"/>, <paramref name="max"/>].</summary>
    internal static double InRange(double value, double min, double max, string unit = "", [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new InvalidInputException(parameterName ?? "value", WithUnit(value, unit), $"a value from {WithUnit(min, unit)} to {WithUnit(max, unit)}");
        }

        return value;
    }

    /// <summary>Requires a whole number strictly above zero.</summary>
    internal static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (value <= 0)
        {
            throw new InvalidInputException(parameterName ?? "value", value.ToString(CultureInfo.InvariantCulture), "a whole number above 0");
        }

        return value;
    }

    /// <summary>Requires an ordered, finite interval: <paramref name="lower"/> strictly below <paramref name="upper"/>.</summary>
    internal static void Ordered(double lower, double upper, string unit = "", [CallerArgumentExpression(nameof(lower))] string? lowerName = null, [CallerArgumentExpression(nameof(upper))] string? upperName = null)
    {
        Finite(lower, unit, lowerName);
        Finite(upper, unit, upperName);
        if (lower >= upper)
        {
            throw new InvalidInputException(lowerName ?? "lower", WithUnit(lower, unit), $"a lower bound strictly below {upperName ?? "upper"} = {WithUnit(upper, unit)}");
        }
    }

    /// <summary>Requires a non-null reference.</summary>
    internal static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : class =>
        value ?? throw new InvalidInputException(parameterName ?? "value", "null", "a value");

    /// <summary>Requires a non-empty collection.</summary>
    internal static IReadOnlyCollection<T> NotEmpty<T>(IReadOnlyCollection<T>? value, string what, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (value is null || value.Count == 0)
        {
            throw new InvalidInputException(parameterName ?? "value", value is null ? "null" : "empty", $"at least one {what}");
        }

        return value;
    }
}
