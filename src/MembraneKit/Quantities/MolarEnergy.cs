using System.Globalization;

namespace MembraneKit;

/// <summary>
/// An energy per mole (a chemical or electrochemical potential, a free-energy difference). Stored in
/// J mol⁻¹; made with <see cref="FromJoulesPerMole"/> or <see cref="FromKilojoulesPerMole"/>.
/// </summary>
public readonly record struct MolarEnergy : IComparable<MolarEnergy>, IFormattable
{
    private MolarEnergy(double joulesPerMole) => JoulesPerMole = joulesPerMole;

    /// <summary>Zero energy.</summary>
    public static MolarEnergy Zero { get; } = new(0);

    /// <summary>The energy in J mol⁻¹.</summary>
    public double JoulesPerMole { get; }

    /// <summary>The energy in kJ mol⁻¹.</summary>
    public double KilojoulesPerMole => JoulesPerMole / 1000;

    /// <summary>The energy per particle in joules (divided by Avogadro's number).</summary>
    public double JoulesPerParticle => JoulesPerMole / PhysicalConstants.Avogadro;

    /// <summary>The energy in units of <i>RT</i> at <paramref name="temperature"/> (equivalently <i>k</i>T per particle).</summary>
    /// <param name="temperature">The temperature that sets the thermal energy.</param>
    public double InThermalUnits(Temperature temperature) => JoulesPerMole / temperature.RTJoulesPerMole;

    /// <summary>Makes an energy from J mol⁻¹.</summary>
    /// <param name="joulesPerMole">Energy in J mol⁻¹; any finite value.</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static MolarEnergy FromJoulesPerMole(double joulesPerMole) => new(Guard.Finite(joulesPerMole, "J/mol"));

    /// <summary>Makes an energy from kJ mol⁻¹.</summary>
    /// <param name="kilojoulesPerMole">Energy in kJ mol⁻¹; any finite value.</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static MolarEnergy FromKilojoulesPerMole(double kilojoulesPerMole) => new(Guard.Finite(kilojoulesPerMole, "kJ/mol") * 1000);

    /// <summary>Makes an energy from a multiple of <i>RT</i> at a temperature.</summary>
    /// <param name="multiple">How many <i>RT</i>; any finite value.</param>
    /// <param name="temperature">The temperature that sets <i>RT</i>.</param>
    /// <exception cref="InvalidInputException">Not finite.</exception>
    public static MolarEnergy FromThermalUnits(double multiple, Temperature temperature) =>
        new(Guard.Finite(multiple, "RT") * temperature.RTJoulesPerMole);

    /// <inheritdoc/>
    public int CompareTo(MolarEnergy other) => JoulesPerMole.CompareTo(other.JoulesPerMole);

    /// <summary>Sum of two energies.</summary>
    public static MolarEnergy operator +(MolarEnergy left, MolarEnergy right) => new(left.JoulesPerMole + right.JoulesPerMole);

    /// <summary>Difference of two energies.</summary>
    public static MolarEnergy operator -(MolarEnergy left, MolarEnergy right) => new(left.JoulesPerMole - right.JoulesPerMole);

    /// <summary>The opposite energy.</summary>
    public static MolarEnergy operator -(MolarEnergy value) => new(-value.JoulesPerMole);

    /// <summary>Is <paramref name="left"/> lower than <paramref name="right"/>?</summary>
    public static bool operator <(MolarEnergy left, MolarEnergy right) => left.JoulesPerMole < right.JoulesPerMole;

    /// <summary>Is <paramref name="left"/> higher than <paramref name="right"/>?</summary>
    public static bool operator >(MolarEnergy left, MolarEnergy right) => left.JoulesPerMole > right.JoulesPerMole;

    /// <summary>Is <paramref name="left"/> at most <paramref name="right"/>?</summary>
    public static bool operator <=(MolarEnergy left, MolarEnergy right) => left.JoulesPerMole <= right.JoulesPerMole;

    /// <summary>Is <paramref name="left"/> at least <paramref name="right"/>?</summary>
    public static bool operator >=(MolarEnergy left, MolarEnergy right) => left.JoulesPerMole >= right.JoulesPerMole;

    /// <summary>Formats as kJ mol⁻¹ with two decimals: "-9.17 kJ/mol".</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        $"{KilojoulesPerMole.ToString(format ?? "0.00", formatProvider ?? CultureInfo.InvariantCulture)} kJ/mol";
}
