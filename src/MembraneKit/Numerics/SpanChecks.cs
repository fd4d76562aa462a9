using System.Numerics.Tensors;

namespace MembraneKit;

/// <summary>The checks of the batch (span) forms: lengths that match, no partial overlap, and every element in range —
/// found with two vectorised passes (minimum and maximum, which propagate NaN), then, only when something is wrong,
/// a scalar pass that names the first bad element.</summary>
internal static class SpanChecks
{
    /// <summary>Requires <paramref name="destination"/> to be exactly as long as <paramref name="source"/> and, if the two
    /// overlap, to be the very same memory (in place).</summary>
    internal static void Destination(ReadOnlySpan<double> source, Span<double> destination, string sourceName, string destinationName)
    {
        if (destination.Length != source.Length)
        {
            throw new InvalidInputException(destinationName, $"a span of {destination.Length} elements", $"a span of {source.Length} elements, one per element of {sourceName}");
        }

        if (source.Overlaps(destination, out var offset) && offset != 0)
        {
            throw new InvalidInputException(destinationName, $"a span overlapping {sourceName} at an offset of {offset} elements",
                $"a separate span, or {sourceName} itself (computed in place)");
        }
    }

    /// <summary>Requires every element to be finite and from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <param name="values">The elements.</param>
    /// <param name="min">The smallest allowed.</param>
    /// <param name="max">The largest allowed.</param>
    /// <param name="unit">Their unit, for the message.</param>
    /// <param name="name">The parameter's name; the error names the element, e.g. <c>millivolts[17]</c>.</param>
    /// <param name="hint">The likely slip for a bad value, if one can be named (37 K: "did you mean 37.Celsius()?").</param>
    internal static void InRange(ReadOnlySpan<double> values, double min, double max, string unit, string name, Func<double, string?>? hint = null)
    {
        if (values.Length == 0 || (TensorPrimitives.Min(values) >= min && TensorPrimitives.Max(values) <= max))
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (!(value >= min && value <= max))
            {
                throw new InvalidInputException($"{name}[{i}]", $"{Guard.Format(value)} {unit}", $"a finite value from {Guard.Format(min)} {unit} to {Guard.Format(max)} {unit}", hint?.Invoke(value));
            }
        }
    }
}
