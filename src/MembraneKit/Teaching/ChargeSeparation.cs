using System.Globalization;

namespace MembraneKit;

/// <summary>
/// How many ions a membrane potential takes: the membrane is a capacitor, so holding it at V needs the charge
/// Q = C·|V| per area on each face, carried by ions of charge z·e. Set against the ions a spherical cell holds,
/// this is the count that dispels the idea that large amounts of ions move to set the potential.
/// </summary>
/// <remarks>
/// Ions per area n = C·|V| / (|z|·e); in a sphere of radius r the ions moved are n·4πr² and the ions inside are
/// c·N_A·(4/3)πr³, so the fraction moved is 3n / (c·N_A·r).
/// </remarks>
public sealed record ChargeSeparation
{
    private ChargeSeparation(Voltage potential, Ion ion, Concentration inside, double cellRadiusMicrometers, SpecificCapacitance capacitance)
    {
        Potential = potential;
        Ion = ion;
        Inside = inside;
        CellRadiusMicrometers = cellRadiusMicrometers;
        Capacitance = capacitance;
    }

    /// <summary>The membrane potential the charge holds.</summary>
    public Voltage Potential { get; }

    /// <summary>The ion that carries the charge.</summary>
    public Ion Ion { get; }

    /// <summary>That ion's concentration inside the cell.</summary>
    public Concentration Inside { get; }

    /// <summary>The radius of the spherical cell, in micrometres.</summary>
    public double CellRadiusMicrometers { get; }

    /// <summary>The membrane's capacitance per area.</summary>
    public SpecificCapacitance Capacitance { get; }

    /// <summary>The charge per area on each face of the membrane, C·|V|, in coulombs per square metre.</summary>
    public double ChargeCoulombsPerSquareMeter => Capacitance.FaradsPerSquareMeter * Math.Abs(Potential.Volts);

    /// <summary>The ions that carry that charge, per square micrometre of membrane.</summary>
    public double IonsPerSquareMicrometer => ChargeCoulombsPerSquareMeter / (Math.Abs(Ion.Charge) * PhysicalConstants.ElementaryCharge) * 1e-12;

    /// <summary>The ions moved across the whole surface of the cell.</summary>
    public double IonsMoved => IonsPerSquareMicrometer * Area.OfSphere(CellRadiusMicrometers).SquareMicrometers;

    /// <summary>The ions of that kind the cell holds.</summary>
    public double IonsInside => Inside.MolesPerCubicMetre * PhysicalConstants.Avogadro * Volume.OfSphere(CellRadiusMicrometers).CubicMeters;

    /// <summary>The fraction of the cell's ions that crossed to charge the membrane.</summary>
    public double FractionMoved => IonsMoved / IonsInside;

    /// <summary>Counts the ions that charge a spherical cell's membrane to a potential.</summary>
    /// <param name="potential">The membrane potential (its sign does not change the count).</param>
    /// <param name="ion">The ion that carries the charge; not null, charged.</param>
    /// <param name="inside">Its concentration inside the cell.</param>
    /// <param name="cellRadiusMicrometers">The cell's radius in µm; above 0.</param>
    /// <param name="capacitance">The membrane's capacitance per area; by default 1 µF/cm².</param>
    /// <exception cref="InvalidInputException">The radius is not above 0, or the ion is null.</exception>
    public static ChargeSeparation Of(Voltage potential, Ion ion, Concentration inside, double cellRadiusMicrometers, SpecificCapacitance? capacitance = null)
    {
        Guard.NotNull(ion);
        Guard.Positive(cellRadiusMicrometers, "µm");
        return new ChargeSeparation(potential, ion, inside, cellRadiusMicrometers, capacitance ?? SpecificCapacitance.Biological);
    }

    /// <summary>The count in one line.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Potential} across {Capacitance} takes {IonsPerSquareMicrometer:N0} {Ion.Symbol} per µm²: {IonsMoved:0.###e+0} of the {IonsInside:0.###e+0} {Ion.Symbol} in a cell of radius {CellRadiusMicrometers:G4} µm, a fraction {FractionMoved:0.##e+0}");
}
