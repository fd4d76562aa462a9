using System.Globalization;
using System.Text.RegularExpressions;

namespace MembraneKit.Grading;

/// <summary>
/// A parameter each student gets a value of their own for, declared on its assignment line in the cell
/// tagged <c>parameters</c>: <c>double potassiumOutsideMillimolar = 4; // mM, variant: 3..6 step 0.5</c>.
/// The values are <see cref="Minimum"/>, <see cref="Minimum"/> + <see cref="Step"/>, … up to
/// <see cref="Maximum"/>; the source's own value must be one of them.
/// </summary>
/// <param name="Name">The variable's name.</param>
/// <param name="TypeName"><c>double</c> or <c>int</c>.</param>
/// <param name="Line">The assignment's line in the parameters cell, from 1.</param>
/// <param name="SourceValue">The value the source notebook runs with.</param>
/// <param name="Minimum">The smallest value a student may get.</param>
/// <param name="Maximum">The largest value a student may get.</param>
/// <param name="Step">The spacing of the values.</param>
public sealed partial record VariantParameter(string Name, string TypeName, int Line, double SourceValue, double Minimum, double Maximum, double Step)
{
    /// <summary>How many values a student can get.</summary>
    public int Count => (int)Math.Round((Maximum - Minimum) / Step) + 1;

    /// <summary>The <paramref name="index"/>-th value, from <see cref="Minimum"/>, rounded to the decimals the declaration used.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> − 1.</param>
    public double ValueAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return Math.Round(Minimum + (index * Step), Decimals);
    }

    /// <summary>The value as C# source (invariant culture, round-trip digits).</summary>
    /// <param name="value">A value of this parameter.</param>
    public string Format(double value) => TypeName == "int"
        ? ((long)value).ToString(CultureInfo.InvariantCulture)
        : value.ToString("R", CultureInfo.InvariantCulture);

    private int Decimals { get; init; }

    /// <summary>
    /// Reads a parameters-cell line. Returns <see langword="null"/> when it declares no variant; throws
    /// <see cref="FormatException"/> (saying what is allowed) when it mentions <c>variant:</c> but does not
    /// follow the syntax or the range is unusable.
    /// </summary>
    internal static VariantParameter? Parse(string line, int lineNumber)
    {
        if (!line.Contains(Marker, StringComparison.Ordinal))
        {
            return null;
        }

        var match = Declaration().Match(line);
        if (!match.Success)
        {
            throw new FormatException(
                $"'{line.Trim()}' declares a variant but is not of the form '<double|int> name = value; // … variant: MIN..MAX step STEP'");
        }

        var type = match.Groups["type"].Value;
        var name = match.Groups["name"].Value;
        var value = Number(match.Groups["value"].Value);
        var min = Number(match.Groups["min"].Value);
        var max = Number(match.Groups["max"].Value);
        var step = Number(match.Groups["step"].Value);
        if (!(step > 0))
        {
            throw new FormatException($"variant of '{name}': step {match.Groups["step"].Value} must be greater than 0");
        }

        if (!(max > min))
        {
            throw new FormatException($"variant of '{name}': range {match.Groups["min"].Value}..{match.Groups["max"].Value} must run from a smaller to a larger value");
        }

        var steps = (max - min) / step;
        if (Math.Abs(steps - Math.Round(steps)) > 1e-9 * Math.Max(1, steps))
        {
            throw new FormatException($"variant of '{name}': the range {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)} is not a whole number of steps of {step.ToString(CultureInfo.InvariantCulture)}");
        }

        if (Math.Round(steps) + 1 > 1_000_000)
        {
            throw new FormatException($"variant of '{name}': {Math.Round(steps) + 1} values is more than the 1000000 allowed; use a larger step");
        }

        if (type == "int" && (min != Math.Floor(min) || step != Math.Floor(step)))
        {
            throw new FormatException($"variant of int '{name}': the range and step must be whole numbers");
        }

        var decimals = new[] { match.Groups["min"].Value, match.Groups["step"].Value }.Max(DecimalsOf);
        var parameter = new VariantParameter(name, type, lineNumber, value, min, max, step) { Decimals = decimals };
        var position = (value - min) / step;
        if (value < min - (1e-9 * step) || value > max + (1e-9 * step) || Math.Abs(position - Math.Round(position)) > 1e-6)
        {
            throw new FormatException($"variant of '{name}': the source's own value {match.Groups["value"].Value} is not one of the values {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)} step {step.ToString(CultureInfo.InvariantCulture)}");
        }

        return parameter;
    }

    /// <summary>The line with <paramref name="value"/> in place of the source's value and the variant declaration taken out of its comment.</summary>
    internal static string Substitute(string line, double value, VariantParameter parameter)
    {
        var match = Declaration().Match(line);
        var comment = match.Groups["before"].Value.Trim().TrimEnd(',', ';').Trim();
        var note = comment.Length == 0 ? "your own value" : comment + ", your own value";
        return $"{match.Groups["indent"].Value}{parameter.TypeName} {parameter.Name} = {parameter.Format(value)}; // {note}";
    }

    internal const string Marker = "variant:";

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int DecimalsOf(string number)
    {
        var mantissa = number.Split('e', 'E')[0];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : mantissa.Length - point - 1;
    }

    private const string NumberPattern = @"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?";

    [GeneratedRegex(@"^(?<indent>\s*)(?<type>double|int)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?<value>" + NumberPattern + @")\s*;\s*//(?<before>[^\n]*?)variant:\s*(?<min>" + NumberPattern + @")\s*\.\.\s*(?<max>" + NumberPattern + @")\s+step\s+(?<step>" + NumberPattern + @")\s*$")]
    private static partial Regex Declaration();
}
