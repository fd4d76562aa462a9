namespace MembraneKit;

/// <summary>
/// The Goldman–Hodgkin–Katz (constant-field) equations: the current an ion carries through a membrane of
/// given permeability when the field across it is uniform, and the voltage at which the currents of
/// several ions sum to zero.
/// </summary>
/// <remarks>
/// GHK current equation, per unit area, outward positive:
/// I = P z² F² V / (RT) · (c_in − c_out e^(−zFV/RT)) / (1 − e^(−zFV/RT)),
/// with P in m s⁻¹, c in mol m⁻³ (= mM), V inside relative to outside, I in A m⁻².
/// At V = 0 it tends to P z F (c_in − c_out). At the ion's Nernst potential it is zero.
/// Sources: D. E. Goldman, J. Gen. Physiol. 27, 37 (1943); A. L. Hodgkin and B. Katz, J. Physiol. 108, 37
/// (1949); B. Hille, <i>Ion Channels of Excitable Membranes</i>, 3rd ed. (2001), ch. 14.
/// </remarks>
public static partial class GoldmanHodgkinKatz
{
    /// <summary>The GHK current density of one ion, in A m⁻² (outward positive), on plain numbers for speed.</summary>
    /// <param name="charge">The valence z (not 0).</param>
    /// <param name="permeabilityMetersPerSecond">Absolute permeability in m s⁻¹, not negative.</param>
    /// <param name="insideMillimolar">Concentration inside, mM (= mol m⁻³).</param>
    /// <param name="outsideMillimolar">Concentration outside, mM (= mol m⁻³).</param>
    /// <param name="volts">Membrane potential, inside relative to outside, in V.</param>
    /// <param name="kelvin">Temperature in K.</param>
    /// <remarks>No validation: callers pass values already checked (this is the inner loop of I–V curves
    /// and ODE right-hand sides). Near V = 0 (|u| &lt; 10⁻⁴) the factor u / (1 − e^(−u)) is taken from its series
    /// 1 + u/2 + u²/12, so the limit V → 0 is exact to rounding (double.ExpM1 is computed as Exp(x) − 1 on .NET
    /// and would cancel there).</remarks>
    internal static double CurrentDensity(int charge, double permeabilityMetersPerSecond, double insideMillimolar, double outsideMillimolar, double volts, double kelvin)
    {
        var zF = charge * PhysicalConstants.Faraday;
        var u = zF * volts / (PhysicalConstants.GasConstant * kelvin);
        var expMinusU = Math.Exp(-u);

        // u / (1 − e^(−u)) without cancellation near u = 0: the series there, the direct form elsewhere
        // (relative rounding error below about 10⁻¹² once |u| ≥ 10⁻⁴).
        var factor = Math.Abs(u) < 1e-4 ? 1 + u * (0.5 + u / 12) : u / (1 - expMinusU);
        return permeabilityMetersPerSecond * zF * factor * (insideMillimolar - outsideMillimolar * expMinusU);
    }
}
