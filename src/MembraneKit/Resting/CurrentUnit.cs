namespace MembraneKit;

/// <summary>The unit of the numbers in a current result (<see cref="IonCurrent"/>, <see cref="MembraneCurrents"/>, <see cref="IVCurve"/>).</summary>
public enum CurrentUnit
{
    /// <summary>Amperes: ohmic currents from conductances, or GHK currents multiplied by an area.</summary>
    Amperes,

    /// <summary>Amperes per square metre: GHK current densities from absolute permeabilities (1 A m⁻² = 100 µA cm⁻²).</summary>
    AmperesPerSquareMeter,

    /// <summary>
    /// Relative units: GHK currents from relative permeabilities, computed as if each relative permeability
    /// were in m s⁻¹. Proportional to the true current density: multiply by the reference ion's absolute
    /// permeability in m s⁻¹ to get A m⁻². Signs, zero crossings and ratios between ions are exact.
    /// </summary>
    Relative,
}
