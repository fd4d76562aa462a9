namespace MembraneKit;

/// <summary>The ratio of two quantities of one kind, refused where it is not a number (a zero or vanishing denominator).</summary>
internal static class QuantityRatio
{
    /// <summary>Returns <paramref name="numerator"/> / <paramref name="denominator"/> when that is finite.</summary>
    /// <param name="numerator">The numerator in the quantity's stored unit.</param>
    /// <param name="denominator">The denominator in the same unit.</param>
    /// <param name="shown">The denominator as the user wrote it (for the message).</param>
    /// <param name="parameterName">The operand's name in the message.</param>
    /// <exception cref="InvalidInputException">The ratio is not a finite number.</exception>
    internal static double Of(double numerator, double denominator, IFormattable shown, string parameterName)
    {
        var ratio = numerator / denominator;
        if (!double.IsFinite(ratio))
        {
            throw new InvalidInputException(parameterName, shown.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                denominator == 0 ? "a nonzero value (a ratio to zero is undefined)" : "a value large enough that the ratio is a finite number");
        }

        return ratio;
    }
}
