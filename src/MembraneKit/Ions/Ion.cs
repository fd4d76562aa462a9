using System.Globalization;

namespace MembraneKit;

/// <summary>
/// An ionic species: its name, chemical formula, valence <i>z</i> and, where known, its limiting molar
/// conductivity in water at 25 °C (needed for liquid-junction potentials). The catalogue holds the ions
/// of physiology and electrochemistry; <see cref="Define"/> makes any other.
/// </summary>
/// <remarks>
/// Limiting conductivities are the per-equivalent values λ°(1/|z| X) at 25 °C from P. Vanýsek, "Ionic
/// conductivity and diffusion at infinite dilution", <i>CRC Handbook of Chemistry and Physics</i>, 97th ed.
/// (CRC Press, 2016), section 5. Mobility and diffusion coefficient follow from them:
/// u = λ°/F (m² V⁻¹ s⁻¹) and D = RT λ°/(|z| F²) (Nernst–Einstein).
/// </remarks>
public sealed record Ion
{
    private Ion(string name, string formula, int charge, double? limitingEquivalentConductivity)
    {
        Name = name;
        Formula = formula;
        Charge = charge;
        LimitingEquivalentConductivity = limitingEquivalentConductivity;
    }

    /// <summary>K⁺, λ° = 73.48 S cm² mol⁻¹.</summary>
    public static Ion Potassium { get; } = new("Potassium", "K", 1, 73.48);

    /// <summary>Na⁺, λ° = 50.08 S cm² mol⁻¹.</summary>
    public static Ion Sodium { get; } = new("Sodium", "Na", 1, 50.08);

    /// <summary>Cl⁻, λ° = 76.31 S cm² mol⁻¹.</summary>
    public static Ion Chloride { get; } = new("Chloride", "Cl", -1, 76.31);

    /// <summary>Ca²⁺, λ°(½Ca²⁺) = 59.47 S cm² mol⁻¹.</summary>
    public static Ion Calcium { get; } = new("Calcium", "Ca", 2, 59.47);

    /// <summary>Mg²⁺, λ°(½Mg²⁺) = 53.0 S cm² mol⁻¹.</summary>
    public static Ion Magnesium { get; } = new("Magnesium", "Mg", 2, 53.0);

    /// <summary>H⁺ (hydronium), λ° = 349.65 S cm² mol⁻¹: by far the most mobile ion in water (Grotthuss hopping).</summary>
    public static Ion Hydrogen { get; } = new("Hydrogen", "H", 1, 349.65);

    /// <summary>HCO₃⁻, λ° = 44.5 S cm² mol⁻¹.</summary>
    public static Ion Bicarbonate { get; } = new("Bicarbonate", "HCO₃", -1, 44.5);

    /// <summary>Li⁺, λ° = 38.66 S cm² mol⁻¹.</summary>
    public static Ion Lithium { get; } = new("Lithium", "Li", 1, 38.66);

    /// <summary>OH⁻, λ° = 198 S cm² mol⁻¹.</summary>
    public static Ion Hydroxide { get; } = new("Hydroxide", "OH", -1, 198);

    /// <summary>Every ion of the catalogue, in a fixed order.</summary>
    public static IReadOnlyList<Ion> Catalogue { get; } =
        [Potassium, Sodium, Chloride, Calcium, Magnesium, Hydrogen, Bicarbonate, Lithium, Hydroxide];

    /// <summary>The ion's name in words ("Potassium").</summary>
    public string Name { get; }

    /// <summary>The chemical formula without charge ("K", "HCO₃"); used for subscripts such as E_K.</summary>
    public string Formula { get; }

    /// <summary>The valence <i>z</i>: +1 for K⁺, −1 for Cl⁻, +2 for Ca²⁺.</summary>
    public int Charge { get; }

    /// <summary>Limiting equivalent conductivity λ°(1/|z| X) at 25 °C in S cm² mol⁻¹, or null when unknown.</summary>
    public double? LimitingEquivalentConductivity { get; }

    /// <summary>The formula with its charge as superscript: "K⁺", "Ca²⁺", "HCO₃⁻".</summary>
    public string Symbol => Formula + SuperscriptCharge(Charge);

    /// <summary>The formula with its charge in plain ASCII: "K+", "Ca2+", "HCO3-".</summary>
    public string AsciiSymbol => ToAscii(Formula) + (Math.Abs(Charge) == 1 ? "" : Math.Abs(Charge).ToString(CultureInfo.InvariantCulture)) + (Charge > 0 ? "+" : "-");

    /// <summary>Electric mobility magnitude at 25 °C, u = λ°/F, in m² V⁻¹ s⁻¹; null when λ° is unknown.</summary>
    public double? Mobility => LimitingEquivalentConductivity is { } lambda ? lambda * 1e-4 / PhysicalConstants.Faraday : null;

    /// <summary>Diffusion coefficient at infinite dilution and 25 °C, D = RT λ°/(|z| F²), in m² s⁻¹; null when λ° is unknown.</summary>
    public double? DiffusionCoefficient => LimitingEquivalentConductivity is { } lambda
        ? PhysicalConstants.GasConstant * 298.15 * lambda * 1e-4 / (Math.Abs(Charge) * PhysicalConstants.Faraday * PhysicalConstants.Faraday)
        : null;

    /// <summary>Defines an ion that is not in the catalogue.</summary>
    /// <param name="name">A name in words, not empty.</param>
    /// <param name="formula">The formula without charge, not empty (for example "NMDG").</param>
    /// <param name="charge">The valence: a whole number from −4 to +4, not 0.</param>
    /// <param name="limitingEquivalentConductivity">λ°(1/|z| X) at 25 °C in S cm² mol⁻¹, above 0, if known.</param>
    /// <exception cref="InvalidInputException">An empty name or formula, a valence of 0 or beyond ±4, or a conductivity that is not positive.</exception>
    public static Ion Define(string name, string formula, int charge, double? limitingEquivalentConductivity = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidInputException(nameof(name), $"\"{name}\"", "a non-empty name");
        }

        if (string.IsNullOrWhiteSpace(formula))
        {
            throw new InvalidInputException(nameof(formula), $"\"{formula}\"", "a non-empty formula");
        }

        if (charge == 0 || Math.Abs(charge) > 4)
        {
            throw new InvalidInputException(nameof(charge), charge.ToString(CultureInfo.InvariantCulture), "a valence from −4 to +4 other than 0 (an ion carries charge)");
        }

        if (limitingEquivalentConductivity is { } lambda)
        {
            Guard.Positive(lambda, "S cm²/mol", nameof(limitingEquivalentConductivity));
        }

        return new Ion(name, formula, charge, limitingEquivalentConductivity);
    }

    /// <summary>The symbol, for example "K⁺".</summary>
    public override string ToString() => Symbol;

    private static string SuperscriptCharge(int charge)
    {
        var magnitude = Math.Abs(charge);
        var digits = magnitude == 1 ? "" : magnitude.ToString(CultureInfo.InvariantCulture)
            .Replace('2', '²').Replace('3', '³').Replace('4', '⁴');
        return digits + (charge > 0 ? "⁺" : "⁻");
    }

    private static string ToAscii(string formula) => formula
        .Replace('₀', '0').Replace('₁', '1').Replace('₂', '2').Replace('₃', '3').Replace('₄', '4');
}
