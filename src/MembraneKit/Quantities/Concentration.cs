using System.Globalization;

namespace MembraneKit;

/// <summary>
/// A molar concentration. Stored in mol m⁻³, which is numerically millimolar (1 mM = 1 mol m⁻³).
/// Made with <see cref="FromMillimolar"/> (the default unit of the kit), <see cref="FromMolar"/> or
/// <see cref="FromMicromolar"/>.
/// </summary>
/// <remarks>
/// Concentrations must be finite and lie from 10⁻²⁴ M (below that a litre holds less than one ion; pH 14
/// is 10⁻¹⁴ M H⁺) to 20 M: a logarithm of the ratio appears in every potential the kit computes, and within
/// these bounds every Nernst potential stays within ±2.1 V and no product with a permeability underflows. No
/// salt solution exceeds 20 M, so a larger value given in molar is reported as a likely slip for millimolar.
/// </remarks>
public readonly record struct Concentration : IComparable<Concentration>, IFormattable
{
    /// <summary>Largest concentration accepted, in mol L⁻¹: no aqueous salt solution is more concentrated.</summary>
    public const double MaximumMolar = 20;

    /// <summary>Smallest concentration accepted, in mol L⁻¹ (10⁻²⁴ M: less than one ion per litre).</summary>
    public const double MinimumMolar = 1e-24;

    /// <summary>Smallest concentration accepted, in mM (10⁻²¹ mM = 10⁻²⁴ M).</summary>
    internal const double MinimumMillimolar = MinimumMolar * 1000;

    /// <summary>Largest concentration accepted, in mM (20 000 mM = 20 M).</summary>
    internal const double MaximumMillimolar = MaximumMolar * 1000;

    private Concentration(double millimolar) => Millimolar = millimolar;

    /// <summary>The concentration in mM (mmol L⁻¹ = mol m⁻³).</summary>
    public double Millimolar { get; }

    /// <summary>The concentration in M (mol L⁻¹).</summary>
    public double Molar => Millimolar / 1000;

    /// <summary>The concentration in µM.</summary>
    public double Micromolar => Millimolar * 1000;

    /// <summary>The concentration in mol m⁻³ (SI), numerically equal to mM.</summary>
    public double MolesPerCubicMetre => Millimolar;

    /// <summary>Makes a concentration from millimolar.</summary>
    /// <param name="millimolar">Concentration in mM, from 10⁻²¹ mM (10⁻²⁴ M) to 20 000 mM.</param>
    /// <exception cref="InvalidInputException">Zero, negative, not finite, below 10⁻²⁴ M or above 20 M.</exception>
    public static Concentration FromMillimolar(double millimolar) => Checked(millimolar, nameof(millimolar), millimolar, "mM");

    /// <summary>Makes a concentration from molar (mol L⁻¹).</summary>
    /// <param name="molar">Concentration in M, from 10⁻²⁴ M to 20 M.</param>
    /// <exception cref="InvalidInputException">Zero, negative, not finite, below 10⁻²⁴ M, or above 20 M (likely millimolar given as molar).</exception>
    public static Concentration FromMolar(double molar) => Checked(molar * 1000, nameof(molar), molar, "M");

    /// <summary>Makes a concentration from micromolar.</summary>
    /// <param name="micromolar">Concentration in µM, from 10⁻¹⁸ µM (10⁻²⁴ M) to 2·10⁷ µM (20 M).</param>
    /// <exception cref="InvalidInputException">Zero, negative, not finite, below 10⁻²⁴ M or above 20 M.</exception>
    public static Concentration FromMicromolar(double micromolar) => Checked(micromolar / 1000, nameof(micromolar), micromolar, "µM");

    private static Concentration Checked(double millimolar, string parameterName, double given, string unit)
    {
        if (!double.IsFinite(given) || given <= 0)
        {
            throw new InvalidInputException(parameterName, $"{Guard.Format(given)} {unit}", $"a finite concentration above 0 {unit}");
        }

        if (millimolar < MinimumMillimolar)
        {
            throw new InvalidInputException(parameterName, $"{Guard.Format(given)} {unit}", $"a concentration of at least {Guard.Format(MinimumMolar)} M (less is under one ion per litre)");
        }

        if (millimolar > MaximumMolar * 1000)
        {
            var hint = unit == "M" ? $"no solution is {Guard.Format(given)} M; did you mean {Guard.Format(given)} mM (Concentration.FromMillimolar)?" : null;
            throw new InvalidInputException(parameterName, $"{Guard.Format(given)} {unit}", $"a concentration of at most {MaximumMolar} M", hint);
        }

        return new Concentration(millimolar);
    }

    /// <inheritdoc/>
    public int CompareTo(Concentration other) => Millimolar.CompareTo(other.Millimolar);

    /// <summary>Is <paramref name="left"/> lower than <paramref name="right"/>?</summary>
    public static bool operator <(Concentration left, Concentration right) => left.Millimolar < right.Millimolar;

    /// <summary>Is <paramref name="left"/> higher than <paramref name="right"/>?</summary>
    public static bool operator >(Concentration left, Concentration right) => left.Millimolar > right.Millimolar;

    /// <summary>Is <paramref name="left"/> at most <paramref name="right"/>?</summary>
    public static bool operator <=(Concentration left, Concentration right) => left.Millimolar <= right.Millimolar;

    /// <summary>Is <paramref name="left"/> at least <paramref name="right"/>?</summary>
    public static bool operator >=(Concentration left, Concentration right) => left.Millimolar >= right.Millimolar;

    /// <summary>The ratio of two concentrations (dimensionless).</summary>
    public static double operator /(Concentration left, Concentration right) => left.Millimolar / right.Millimolar;

    /// <summary>Formats with a unit chosen by magnitude: "140 mM", "0.1 M", "100 nM".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        QuantityFormat.Scaled(Millimolar / 1000, [(1, "M"), (1e-3, "mM"), (1e-6, "µM"), (1e-9, "nM")], format, formatProvider);
}
