namespace MembraneKit;

/// <summary>
/// An ion's Nernst potential together with what produced it: E = (RT / zF) ln(c_out / c_in).
/// Converts implicitly to <see cref="Voltage"/>.
/// </summary>
/// <param name="Ion">The ionic species.</param>
/// <param name="Inside">Concentration inside.</param>
/// <param name="Outside">Concentration outside.</param>
/// <param name="Temperature">Temperature of both solutions.</param>
/// <param name="Potential">The equilibrium potential, inside relative to outside.</param>
public sealed record EquilibriumPotential(Ion Ion, Concentration Inside, Concentration Outside, Temperature Temperature, Voltage Potential)
{
    /// <summary>The thermal voltage RT/F at the temperature.</summary>
    public Voltage ThermalVoltage => Temperature.ThermalVoltage;

    /// <summary>The potential itself.</summary>
    /// <param name="value">The equilibrium potential.</param>
    public static implicit operator Voltage(EquilibriumPotential value) => Guard.NotNull(value).Potential;

    /// <summary>Formats as "E_K = -95.0 mV".</summary>
    public override string ToString() => $"E_{Ion.Formula} = {Potential}";
}
