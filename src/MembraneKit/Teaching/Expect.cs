using System.Globalization;

namespace MembraneKit;

/// <summary>
/// Checks for the last cell of a notebook: each throws <see cref="ExpectationFailedException"/> with a
/// message that says what was checked, the expected value and the value found, so a physics regression
/// (or a student's slip) stops the notebook with an explanation instead of passing silently. Each
/// returns a one-line confirmation for display when the check passes.
/// </summary>
public static class Expect
{
    /// <summary>Checks that a voltage is within a tolerance of an expected figure.</summary>
    /// <param name="actual">The computed value.</param>
    /// <param name="expected">The figure it should match (for example the document's).</param>
    /// <param name="tolerance">The largest acceptable difference; not negative.</param>
    /// <param name="what">What the value is, for the message (e.g. "E_K, document figure").</param>
    public static string Near(Voltage actual, Voltage expected, Voltage tolerance, string what) =>
        Near(actual.Millivolts, expected.Millivolts, tolerance.Millivolts, what, "mV");

    /// <summary>Checks that a number is within a tolerance of an expected figure.</summary>
    /// <param name="actual">The computed value.</param>
    /// <param name="expected">The figure it should match.</param>
    /// <param name="tolerance">The largest acceptable difference; not negative.</param>
    /// <param name="what">What the value is, for the message.</param>
    /// <param name="unit">The unit of the numbers, for the message; empty when dimensionless.</param>
    public static string Near(double actual, double expected, double tolerance, string what, string unit = "")
    {
        Guard.NonNegative(tolerance);
        var suffix = unit.Length == 0 ? "" : " " + unit;
        if (!(Math.Abs(actual - expected) <= tolerance))
        {
            throw new ExpectationFailedException(
                $"{what}: expected {F(expected)}{suffix} ± {F(tolerance)}{suffix}, got {F(actual)}{suffix} (off by {F(actual - expected)}{suffix}).");
        }

        return $"✓ {what}: {F(actual)}{suffix} (expected {F(expected)}{suffix} ± {F(tolerance)}{suffix})";
    }

    /// <summary>Checks that a voltage lies between two bounds (in either order), inclusive.</summary>
    /// <param name="actual">The computed value.</param>
    /// <param name="bound1">One bound.</param>
    /// <param name="bound2">The other bound.</param>
    /// <param name="what">What the value is, for the message (e.g. "V_rest between E_K and E_Na").</param>
    public static string Between(Voltage actual, Voltage bound1, Voltage bound2, string what)
    {
        var (low, high) = bound1 <= bound2 ? (bound1, bound2) : (bound2, bound1);
        if (!(actual >= low && actual <= high))
        {
            throw new ExpectationFailedException($"{what}: expected a value from {low} to {high}, got {actual}.");
        }

        return $"✓ {what}: {actual} lies in [{low}, {high}]";
    }

    /// <summary>Checks that a condition holds.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="what">What must hold, in words, for the message (e.g. "the total current at V_rest is zero").</param>
    public static string That(bool condition, string what) =>
        condition ? $"✓ {what}" : throw new ExpectationFailedException($"Expected that {what}, but it does not hold.");

    /// <summary>
    /// Says that a check was not made and why — for a figure that holds only for the course's inputs, when a
    /// student has changed them. The notebook then runs to its end and the reader sees what was left out.
    /// </summary>
    /// <param name="what">The check that was not made (e.g. "E_K, course figure").</param>
    /// <param name="because">Why it does not apply (e.g. "[K⁺]ₒ is not the course's 4 mM").</param>
    public static string Skipped(string what, string because) => $"– not checked: {what} — {because}";

    private static string F(double value) => value.ToString("G5", CultureInfo.InvariantCulture);
}
