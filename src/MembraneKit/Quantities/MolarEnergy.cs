using System.Globalization;

namespace MembraneKit;

/// <summary>
/// An energy per mole (a chemical or electrochemical potential, a free-energy difference). Stored in
/// J mol⁻¹; made with <see cref="FromJoulesPerMole"/> or <see cref="FromKilojoulesPerMole"/>.
/// </summary>
/// <remarks>Accepted up to <see cref="MaximumJoulesPerMole"/> (10³⁰⁰ J mol⁻¹) in magnitude: far beyond any
/// chemical energy, and small enough that every unit of this type and the sum of two energies are finite.</remarks>
public readonly record struct MolarEnergy : IComparable<MolarEnergy>, IFormattable
{
    /// <summary>Largest magnitude accepted, in J mol⁻¹ (10³⁰⁰ J mol⁻¹).</summary>
    public const double MaximumJoulesPerMole = 1e300;

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
    /// <param name="joulesPerMole">Energy in J mol⁻¹; finite, magnitude at most 10³⁰⁰ J mol⁻¹.</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10³⁰⁰ J mol⁻¹.</exception>
    public static MolarEnergy FromJoulesPerMole(double joulesPerMole) => Checked(joulesPerMole, joulesPerMole, "J/mol");

    /// <summary>Makes an energy from kJ mol⁻¹.</summary>
    /// <param name="kilojoulesPerMole">Energy in kJ mol⁻¹; finite, magnitude at most 10³⁰⁰ J mol⁻¹.</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10³⁰⁰ J mol⁻¹.</exception>
    public static MolarEnergy FromKilojoulesPerMole(double kilojoulesPerMole) => Checked(kilojoulesPerMole * 1000, kilojoulesPerMole, "kJ/mol");

    /// <summary>Makes an energy from a multiple of <i>RT</i> at a temperature.</summary>
    /// <param name="multiple">How many <i>RT</i>; finite, the energy at most 10³⁰⁰ J mol⁻¹ in magnitude.</param>
    /// <param name="temperature">The temperature that sets <i>RT</i>.</param>
    /// <exception cref="InvalidInputException">Not finite, or beyond ±10³⁰⁰ J mol⁻¹.</exception>
    public static MolarEnergy FromThermalUnits(double multiple, Temperature temperature) =>
        Checked(multiple * temperature.RTJoulesPerMole, multiple, "RT");

    /// <inheritdoc/>
    public int CompareTo(MolarEnergy other) => JoulesPerMole.CompareTo(other.JoulesPerMole);

    /// <summary>Sum of two energies.</summary>
    /// <exception cref="InvalidInputException">The sum is beyond ±10³⁰⁰ J mol⁻¹.</exception>
    public static MolarEnergy operator +(MolarEnergy left, MolarEnergy right) =>
        Checked(left.JoulesPerMole + right.JoulesPerMole, left.JoulesPerMole + right.JoulesPerMole, "J/mol", "left + right");

    /// <summary>Difference of two energies.</summary>
    /// <exception cref="InvalidInputException">The difference is beyond ±10³⁰⁰ J mol⁻¹.</exception>
    public static MolarEnergy operator -(MolarEnergy left, MolarEnergy right) =>
        Checked(left.JoulesPerMole - right.JoulesPerMole, left.JoulesPerMole - right.JoulesPerMole, "J/mol", "left - right");

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

    private static MolarEnergy Checked(double joulesPerMole, double given, string unit, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(given))] string? parameterName = null)
    {
        if (!double.IsFinite(given) || !(Math.Abs(joulesPerMole) <= MaximumJoulesPerMole))
        {
            throw new InvalidInputException(parameterName ?? "energy", $"{Guard.Format(given)} {unit}",
                $"a finite energy of magnitude at most {Guard.Format(MaximumJoulesPerMole)} J/mol");
        }

        return new MolarEnergy(joulesPerMole);
    }
}
