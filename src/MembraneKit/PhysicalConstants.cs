namespace MembraneKit;

/// <summary>
/// Physical constants, defined once. These are the exact values that fix the SI since 20 May 2019
/// (CODATA 2018 recommended values; the 2022 adjustment left them unchanged), and the constants derived
/// from them exactly.
/// </summary>
/// <remarks>Source: BIPM, <i>The International System of Units</i>, 9th edition (2019), table 1.</remarks>
public static class PhysicalConstants
{
    /// <summary>The name of the constant set, for displays: "CODATA 2018 exact (SI 2019)".</summary>
    public const string Source = "CODATA 2018 exact (SI 2019)";

    /// <summary>Elementary charge <i>e</i> = 1.602 176 634 × 10⁻¹⁹ C (exact).</summary>
    public const double ElementaryCharge = 1.602176634e-19;

    /// <summary>Avogadro constant <i>N</i><sub>A</sub> = 6.022 140 76 × 10²³ mol⁻¹ (exact).</summary>
    public const double Avogadro = 6.02214076e23;

    /// <summary>Boltzmann constant <i>k</i><sub>B</sub> = 1.380 649 × 10⁻²³ J K⁻¹ (exact).</summary>
    public const double Boltzmann = 1.380649e-23;

    /// <summary>Faraday constant <i>F</i> = <i>e N</i><sub>A</sub> = 96 485.332 12… C mol⁻¹ (exact product).</summary>
    public const double Faraday = ElementaryCharge * Avogadro;

    /// <summary>Molar gas constant <i>R</i> = <i>k</i><sub>B</sub> <i>N</i><sub>A</sub> = 8.314 462 618… J mol⁻¹ K⁻¹ (exact product).</summary>
    public const double GasConstant = Boltzmann * Avogadro;

    /// <summary>0 °C in kelvin: 273.15 K (exact, by definition of the Celsius scale).</summary>
    public const double ZeroCelsiusInKelvin = 273.15;
}
