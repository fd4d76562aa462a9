using System.Globalization;

namespace MembraneKit;

/// <summary>
/// An ionic species: its name, chemical formula, valence <i>z</i> and, where known, its limiting molar
/// conductivity in water at 25 °C (needed for liquid-junction potentials). The catalogue holds the ions
/// of physiology and electrochemistry; <see cref="Define"/> makes any other.
/// </summary>
/// <remarks>
/// <para>Limiting conductivities are the per-equivalent values λ°(1/|z| X) at 25 °C. Each ion's documentation names
/// its source: [CRC] P. Vanýsek, "Ionic conductivity and diffusion at infinite dilution", <i>CRC Handbook of Chemistry
/// and Physics</i>, 97th ed. (CRC Press, 2016), section 5; [Lange] J. A. Dean, <i>Lange's Handbook of Chemistry</i>,
/// 15th ed. (McGraw-Hill, 1999), table 8.32; [Ng &amp; Barry] B. Ng and P. H. Barry, "The measurement of ionic
/// conductivities and mobilities of certain less common organic ions needed for junction potential corrections in
/// electrophysiology", <i>J. Neurosci. Methods</i> 56, 37–41 (1995), whose mobilities relative to K⁺ (as tabulated in
/// JPCalc) are turned into λ° = r · |z| · 73.5 S cm² mol⁻¹, the K⁺ value of that table.</para>
/// <para>Mobility and diffusion coefficient follow from λ°: u = λ°/F (m² V⁻¹ s⁻¹) and D = RT λ°/(|z| F²)
/// (Nernst–Einstein). Temperature: the values are for 25 °C and the kit uses them at every temperature, as LJPcalc
/// and JPCalc do; only RT/F follows the temperature. Real mobilities rise about 2 % per kelvin (with the fluidity of
/// water), but equally for all ions, so junction potentials, which depend on mobility ratios, change far less.</para>
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

    /// <summary>K⁺, λ° = 73.48 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Potassium { get; } = new("Potassium", "K", 1, 73.48);

    /// <summary>Na⁺, λ° = 50.08 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Sodium { get; } = new("Sodium", "Na", 1, 50.08);

    /// <summary>Cl⁻, λ° = 76.31 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Chloride { get; } = new("Chloride", "Cl", -1, 76.31);

    /// <summary>Ca²⁺, λ°(½Ca²⁺) = 59.47 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Calcium { get; } = new("Calcium", "Ca", 2, 59.47);

    /// <summary>Mg²⁺, λ°(½Mg²⁺) = 53.0 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Magnesium { get; } = new("Magnesium", "Mg", 2, 53.0);

    /// <summary>H⁺ (hydronium), λ° = 349.65 S cm² mol⁻¹ [CRC]: by far the most mobile ion in water (Grotthuss hopping).</summary>
    public static Ion Hydrogen { get; } = new("Hydrogen", "H", 1, 349.65);

    /// <summary>HCO₃⁻, λ° = 44.5 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Bicarbonate { get; } = new("Bicarbonate", "HCO₃", -1, 44.5);

    /// <summary>Li⁺, λ° = 38.66 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Lithium { get; } = new("Lithium", "Li", 1, 38.66);

    /// <summary>OH⁻, λ° = 198 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Hydroxide { get; } = new("Hydroxide", "OH", -1, 198);

    /// <summary>Cs⁺, λ° = 77.3 S cm² mol⁻¹ [Lange].</summary>
    public static Ion Cesium { get; } = new("Cesium", "Cs", 1, 77.3);

    /// <summary>NH₄⁺, λ° = 73.5 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Ammonium { get; } = new("Ammonium", "NH₄", 1, 73.5);

    /// <summary>Ba²⁺, λ°(½Ba²⁺) = 63.9 S cm² mol⁻¹ [Lange].</summary>
    public static Ion Barium { get; } = new("Barium", "Ba", 2, 63.9);

    /// <summary>Br⁻, λ° = 78.1 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Bromide { get; } = new("Bromide", "Br", -1, 78.1);

    /// <summary>I⁻, λ° = 76.8 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Iodide { get; } = new("Iodide", "I", -1, 76.8);

    /// <summary>F⁻, λ° = 55.4 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Fluoride { get; } = new("Fluoride", "F", -1, 55.4);

    /// <summary>NO₃⁻, λ° = 71.42 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Nitrate { get; } = new("Nitrate", "NO₃", -1, 71.42);

    /// <summary>H₂PO₄⁻, λ° = 33 S cm² mol⁻¹ [Lange]; Ng &amp; Barry's relative mobility 0.45 gives 33.1.</summary>
    public static Ion DihydrogenPhosphate { get; } = new("Dihydrogen phosphate", "H₂PO₄", -1, 33);

    /// <summary>HPO₄²⁻, λ°(½HPO₄²⁻) = 57 S cm² mol⁻¹: Ng &amp; Barry's relative mobility 0.39 × 2 × 73.5 = 57.3.</summary>
    public static Ion HydrogenPhosphate { get; } = new("Hydrogen phosphate", "HPO₄", -2, 57.3);

    /// <summary>SO₄²⁻, λ°(½SO₄²⁻) = 80.0 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Sulfate { get; } = new("Sulfate", "SO₄", -2, 80.0);

    /// <summary>Acetate CH₃COO⁻, λ° = 40.9 S cm² mol⁻¹ [CRC].</summary>
    public static Ion Acetate { get; } = new("Acetate", "CH₃COO", -1, 40.9);

    /// <summary>Gluconate⁻, λ° = 0.33 × 73.5 = 24.26 S cm² mol⁻¹ [Ng &amp; Barry]: the slow anion of K-gluconate pipette solutions.</summary>
    public static Ion Gluconate { get; } = new("Gluconate", "Gluconate", -1, 24.255);

    /// <summary>Glutamate⁻, λ° = 0.26 × 73.5 = 19.11 S cm² mol⁻¹ [Ng &amp; Barry].</summary>
    public static Ion Glutamate { get; } = new("Glutamate", "Glutamate", -1, 19.11);

    /// <summary>Methanesulfonate CH₃SO₃⁻, λ° = 0.664 × 73.5 = 48.80 S cm² mol⁻¹ [Ng &amp; Barry]; [Lange] gives 48.8.</summary>
    public static Ion Methanesulfonate { get; } = new("Methanesulfonate", "CH₃SO₃", -1, 48.804);

    /// <summary>HEPES⁻ (the deprotonated buffer), λ° = 0.30 × 73.5 = 22.05 S cm² mol⁻¹ [Ng &amp; Barry].</summary>
    public static Ion Hepes { get; } = new("HEPES", "HEPES", -1, 22.05);

    /// <summary>Tetraethylammonium TEA⁺, λ° = 32.6 S cm² mol⁻¹ [Lange]; Ng &amp; Barry's 0.444 × 73.5 gives 32.6.</summary>
    public static Ion Tetraethylammonium { get; } = new("Tetraethylammonium", "TEA", 1, 32.6);

    /// <summary>N-methyl-D-glucamine NMDG⁺, λ° = 0.33 × 73.5 = 24.26 S cm² mol⁻¹ [Ng &amp; Barry]: the usual Na⁺ substitute.</summary>
    public static Ion Nmdg { get; } = new("N-methyl-D-glucamine", "NMDG", 1, 24.255);

    /// <summary>Every ion of the catalogue, in a fixed order.</summary>
    public static IReadOnlyList<Ion> Catalogue { get; } =
    [
        Potassium, Sodium, Chloride, Calcium, Magnesium, Hydrogen, Bicarbonate, Lithium, Hydroxide,
        Cesium, Ammonium, Barium, Bromide, Iodide, Fluoride, Nitrate, DihydrogenPhosphate, HydrogenPhosphate, Sulfate,
        Acetate, Gluconate, Glutamate, Methanesulfonate, Hepes, Tetraethylammonium, Nmdg,
    ];

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
