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
    /// and ODE right-hand sides). Finite for every finite input whose product P·zF·u·c is below the double range:
    /// see <see cref="ConstantFieldTerm"/>.</remarks>
    internal static double CurrentDensity(int charge, double permeabilityMetersPerSecond, double insideMillimolar, double outsideMillimolar, double volts, double kelvin)
    {
        var zF = charge * PhysicalConstants.Faraday;
        var u = zF * volts / (PhysicalConstants.GasConstant * kelvin);
        return permeabilityMetersPerSecond * zF * ConstantFieldTerm(u, insideMillimolar, outsideMillimolar);
    }

    /// <summary>
    /// u/(1 − e^(−u)) · (c_in − c_out e^(−u)), the dimensionless heart of the GHK current equation, for any finite u:
    /// no overflow, no 0·∞ and no cancellation in the denominator.
    /// </summary>
    /// <param name="u">zFV/RT.</param>
    /// <param name="inside">c_in (or a permeability-weighted sum of them).</param>
    /// <param name="outside">c_out (or a permeability-weighted sum of them).</param>
    /// <remarks>Only e^(−|u|) ≤ 1 is ever formed: for u &lt; 0 the fraction is multiplied above and below by e^u, giving
    /// u/(e^u − 1) · (c_in e^u − c_out). The denominators come from an accurate expm1 (<see cref="AccurateMath.ExpM1"/>)
    /// where |u| ≤ ½, so the limit u → 0 (where the term tends to c_in − c_out) is exact to rounding. Far from 0 the
    /// same expressions are the asymptotic forms u·c_in (u → +∞) and u·c_out (u → −∞) to double precision.</remarks>
    internal static double ConstantFieldTerm(double u, double inside, double outside)
    {
        var magnitude = Math.Abs(u);
        var e = Math.Exp(-magnitude);
        var eMinusOne = magnitude <= 0.5 ? AccurateMath.ExpM1(-magnitude) : e - 1;
        if (u > 0)
        {
            return u / -eMinusOne * (inside - outside * e);
        }

        if (u < 0)
        {
            return u / eMinusOne * (inside * e - outside);
        }

        return inside - outside;
    }
}
