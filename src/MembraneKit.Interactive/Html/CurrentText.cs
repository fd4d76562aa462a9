namespace MembraneKit.Interactive;

/// <summary>Current values as the resting-potential results carry them (a number and a <see cref="CurrentUnit"/>):
/// amperes with a prefix, densities in µA/cm², relative units as plain numbers.</summary>
internal static class CurrentText
{
    internal static string Of(double value, CurrentUnit unit) => unit switch
    {
        CurrentUnit.Amperes => Num.Quantity(Current.FromAmperes(value)),
        CurrentUnit.AmperesPerSquareMeter => Num.Sig(value * 100, 3) + " µA/cm²",
        _ => Num.Sig(value, 3) + " (relative units)",
    };

    /// <summary>A scale for a chart axis: the factor to multiply values by and the unit label.</summary>
    internal static (double Factor, string Unit) Scale(IEnumerable<double> values, CurrentUnit unit)
    {
        if (unit == CurrentUnit.AmperesPerSquareMeter)
        {
            return (100, "µA/cm²");
        }

        if (unit == CurrentUnit.Relative)
        {
            return (1, "relative units");
        }

        var largest = values.Select(Math.Abs).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        return largest switch
        {
            >= 1e-3 => (1e3, "mA"),
            >= 1e-6 => (1e6, "µA"),
            >= 1e-9 => (1e9, "nA"),
            _ => (1e12, "pA"),
        };
    }
}
