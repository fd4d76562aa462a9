namespace MembraneKit;

/// <summary>
/// The Nernst equation: the membrane potential at which an ion's diffusion down its concentration
/// gradient is exactly balanced by the electric force, so its net flux is zero.
/// </summary>
/// <remarks>
/// E = (RT / zF) ln(c_out / c_in), the inside relative to the outside, with R and F the exact SI values
/// (<see cref="PhysicalConstants"/>). For K⁺ at 37 °C with 140 mM inside and 4 mM outside, E_K = −95.0 mV.
/// Reference: B. Hille, <i>Ion Channels of Excitable Membranes</i>, 3rd ed. (Sinauer, 2001), ch. 1.
/// </remarks>
public static partial class Nernst
{
    /// <summary>The Nernst potential of an ion.</summary>
    /// <param name="ion">The ionic species (its valence sets the sign and scale).</param>
    /// <param name="inside">Concentration inside.</param>
    /// <param name="outside">Concentration outside.</param>
    /// <param name="temperature">Temperature of both solutions.</param>
    public static EquilibriumPotential Of(Ion ion, Concentration inside, Concentration outside, Temperature temperature) =>
        new(Guard.NotNull(ion), inside, outside, temperature, Potential(ion.Charge, inside, outside, temperature));

    /// <summary>E = (RT / zF) ln(c_out / c_in) for any valence other than zero.</summary>
    /// <param name="charge">The valence <i>z</i>; not 0.</param>
    /// <param name="inside">Concentration inside.</param>
    /// <param name="outside">Concentration outside.</param>
    /// <param name="temperature">Temperature of both solutions.</param>
    /// <exception cref="InvalidInputException"><paramref name="charge"/> is 0: an uncharged species has no equilibrium potential.</exception>
    public static Voltage Potential(int charge, Concentration inside, Concentration outside, Temperature temperature) =>
        Voltage.FromVoltsUnchecked(Compute(RequireCharge(charge), inside.Millimolar, outside.Millimolar, temperature.Kelvin));

    /// <summary>The fast form on plain numbers, for sweeps: E in volts from concentrations in mM and temperature in K.</summary>
    /// <param name="charge">The valence <i>z</i>; not 0.</param>
    /// <param name="insideMillimolar">Concentration inside in mM, from 10⁻²¹ mM to 20 000 mM (the range of <see cref="Concentration"/>).</param>
    /// <param name="outsideMillimolar">Concentration outside in mM, the same range.</param>
    /// <param name="kelvin">Temperature in K, from 200 K to 400 K (the range of <see cref="Temperature"/>).</param>
    /// <remarks>Checks exactly what <see cref="Potential"/> does through its quantities (six comparisons, so the
    /// fast path stays fast): 37 given as kelvin fails with "did you mean 37.Celsius()?".</remarks>
    /// <exception cref="InvalidInputException">A zero valence, or a concentration or temperature outside its range
    /// (or not finite).</exception>
    public static double PotentialVolts(int charge, double insideMillimolar, double outsideMillimolar, double kelvin)
    {
        RequireCharge(charge);
        if (!(insideMillimolar >= Concentration.MinimumMillimolar && insideMillimolar <= Concentration.MaximumMillimolar
            && outsideMillimolar >= Concentration.MinimumMillimolar && outsideMillimolar <= Concentration.MaximumMillimolar
            && kelvin >= Temperature.MinimumKelvin && kelvin <= Temperature.MaximumKelvin))
        {
            Guard.InRange(insideMillimolar, Concentration.MinimumMillimolar, Concentration.MaximumMillimolar, "mM");
            Guard.InRange(outsideMillimolar, Concentration.MinimumMillimolar, Concentration.MaximumMillimolar, "mM");
            Temperature.FromKelvin(kelvin);
        }

        return Compute(charge, insideMillimolar, outsideMillimolar, kelvin);
    }

    /// <summary>
    /// The form often written for anions: E = (RT / |z|F) ln(c_in / c_out). The ratio is turned over and the
    /// sign of z dropped; it is the same number as <see cref="Potential"/> because
    /// ln(c_out / c_in) / z = ln(c_in / c_out) / |z| when z is negative.
    /// </summary>
    /// <param name="chargeMagnitude">|z| of the anion; above 0.</param>
    /// <param name="inside">Concentration inside.</param>
    /// <param name="outside">Concentration outside.</param>
    /// <param name="temperature">Temperature of both solutions.</param>
    /// <exception cref="InvalidInputException"><paramref name="chargeMagnitude"/> is not above 0.</exception>
    public static Voltage AnionPotential(int chargeMagnitude, Concentration inside, Concentration outside, Temperature temperature)
    {
        Guard.Positive(chargeMagnitude);
        var thermal = PhysicalConstants.GasConstant * temperature.Kelvin / (chargeMagnitude * PhysicalConstants.Faraday);
        return Voltage.FromVoltsUnchecked(thermal * Math.Log(inside.Millimolar / outside.Millimolar));
    }

    private static double Compute(int charge, double inside, double outside, double kelvin) =>
        PhysicalConstants.GasConstant * kelvin / (charge * PhysicalConstants.Faraday) * Math.Log(outside / inside);

    private static int RequireCharge(int charge) => charge != 0
        ? charge
        : throw new InvalidInputException(nameof(charge), "0", "a valence other than 0", "an uncharged species feels no electric force and has no Nernst potential");
}
