using System.Globalization;

namespace MembraneKit;

/// <summary>
/// A membrane permeability, never negative: either absolute (stored in m s⁻¹, made with
/// <see cref="FromCentimetersPerSecond"/> or <see cref="FromMetersPerSecond"/>) or relative to a reference
/// ion (dimensionless, made with <see cref="Relative"/>, for example P_K : P_Na : P_Cl = 1 : 0.04 : 0.45).
/// </summary>
/// <remarks>
/// The GHK voltage equation needs only ratios, so relative permeabilities suffice there; the GHK current
/// equation needs absolute ones. Mixing the two kinds in one calculation is an error.
/// </remarks>
public readonly record struct Permeability : IComparable<Permeability>, IFormattable
{
    private Permeability(double value, bool isRelative)
    {
        Value = value;
        IsRelative = isRelative;
    }

    /// <summary>The number stored: m s⁻¹ when absolute, a dimensionless ratio when relative.</summary>
    public double Value { get; }

    /// <summary>True for a dimensionless permeability relative to a reference ion.</summary>
    public bool IsRelative { get; }

    /// <summary>The absolute permeability in m s⁻¹.</summary>
    /// <exception cref="InvalidOperationException">The permeability is relative.</exception>
    public double MetersPerSecond => IsRelative
        ? throw new InvalidOperationException($"permeability {this} is relative and has no absolute value; make it with Permeability.FromCentimetersPerSecond to compute currents")
        : Value;

    /// <summary>The absolute permeability in cm s⁻¹ (the unit of most physiology tables).</summary>
    /// <exception cref="InvalidOperationException">The permeability is relative.</exception>
    public double CentimetersPerSecond => MetersPerSecond * 100;

    /// <summary>Makes a relative (dimensionless) permeability.</summary>
    /// <param name="ratio">The permeability relative to a reference ion; finite and not negative.</param>
    /// <exception cref="InvalidInputException">Negative or not finite.</exception>
    public static Permeability Relative(double ratio) => new(Guard.NonNegative(ratio), true);

    /// <summary>Makes an absolute permeability from cm s⁻¹.</summary>
    /// <param name="centimetersPerSecond">Permeability in cm s⁻¹; finite and not negative.</param>
    /// <exception cref="InvalidInputException">Negative or not finite.</exception>
    public static Permeability FromCentimetersPerSecond(double centimetersPerSecond) =>
        new(Guard.NonNegative(centimetersPerSecond, "cm/s") / 100, false);

    /// <summary>Makes an absolute permeability from m s⁻¹.</summary>
    /// <param name="metersPerSecond">Permeability in m s⁻¹; finite and not negative.</param>
    /// <exception cref="InvalidInputException">Negative or not finite.</exception>
    public static Permeability FromMetersPerSecond(double metersPerSecond) => new(Guard.NonNegative(metersPerSecond, "m/s"), false);

    /// <summary>A relative permeability from a plain number: <c>Permeability p = 0.04;</c>.</summary>
    public static implicit operator Permeability(double ratio) => Relative(ratio);

    /// <summary>Orders permeabilities of the same kind.</summary>
    /// <exception cref="InvalidOperationException">One is relative and the other absolute.</exception>
    public int CompareTo(Permeability other) => IsRelative == other.IsRelative
        ? Value.CompareTo(other.Value)
        : throw new InvalidOperationException($"cannot compare a relative permeability ({(IsRelative ? this : other)}) with an absolute one ({(IsRelative ? other : this)})");

    /// <summary>The ratio of two permeabilities of the same kind (dimensionless).</summary>
    /// <exception cref="InvalidOperationException">One is relative and the other absolute.</exception>
    /// <exception cref="InvalidInputException"><paramref name="right"/> is zero, or so small that the ratio is not a finite number.</exception>
    public static double operator /(Permeability left, Permeability right) => left.IsRelative == right.IsRelative
        ? QuantityRatio.Of(left.Value, right.Value, right, nameof(right))
        : throw new InvalidOperationException($"cannot divide a {(left.IsRelative ? "relative" : "absolute")} permeability by a {(right.IsRelative ? "relative" : "absolute")} one");

    /// <summary>Formats as "0.04 (relative)" or "1e-06 cm/s".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        return IsRelative
            ? $"{Value.ToString(format ?? "G4", formatProvider)} (relative)"
            : $"{(Value * 100).ToString(format ?? "G4", formatProvider)} cm/s";
    }
}
