using System.Globalization;

namespace MembraneKit;

/// <summary>
/// The liquid-junction correction of a patch-clamp recording: the junction potential of the pipette solution against
/// the bath, and the membrane potential a measured voltage stands for.
/// </summary>
/// <remarks>
/// <para>Convention (Barry &amp; Lynch, J. Membr. Biol. 121, 101 (1991); Neher, Methods Enzymol. 207, 123 (1992)): the
/// junction is written pipette ∣ bath and its potential is V_LJP = φ(bath) − φ(pipette). The amplifier is zeroed with
/// the pipette in the bath, where this junction exists; once the seal forms and the patch breaks the junction is gone
/// (the pipette solution meets the cell), so every voltage read afterwards is off by V_LJP:
/// V_membrane = V_measured − V_LJP. With K-gluconate in the pipette V_LJP ≈ +15 mV (K⁺ outruns gluconate into the bath,
/// which goes positive), so a reading of −60 mV is really −75 mV: the true potential is more negative.</para>
/// <para>The junction potential is the stationary Nernst–Planck value (<see cref="LiquidJunction.NernstPlanck"/>).</para>
/// </remarks>
public sealed record PatchClampCorrection
{
    internal PatchClampCorrection(LiquidJunctionPotential junctionPotential) => JunctionPotential = junctionPotential;

    /// <summary>The junction written pipette ∣ bath (left = pipette, right = bath) and its Nernst–Planck potential.</summary>
    public LiquidJunctionPotential JunctionPotential { get; }

    /// <summary>V_LJP = φ(bath) − φ(pipette).</summary>
    public Voltage Potential => JunctionPotential.Potential;

    /// <summary>What to add to a measured voltage: −V_LJP.</summary>
    public Voltage Offset => Voltage.FromVoltsUnchecked(-Potential.Volts);

    /// <summary>The sign convention in one sentence, for displays.</summary>
    public string Convention => string.Create(CultureInfo.InvariantCulture,
        $"V_LJP = φ(bath) − φ(pipette) = {Potential.Millivolts:+0.0;-0.0;0.0} mV. Zeroed in the bath, the amplifier reads V_LJP too high once the patch is open: " +
        $"V_membrane = V_measured − V_LJP, so subtract {Potential.Millivolts:+0.0;-0.0;0.0} mV from every reading (a reading of −60 mV means V_membrane = {-60 - Potential.Millivolts:0.0} mV).");

    /// <summary>The membrane potential a measured voltage stands for: V_measured − V_LJP.</summary>
    /// <param name="measured">The voltage the amplifier reported.</param>
    public Voltage Correct(Voltage measured) => Voltage.FromVoltsUnchecked(measured.Volts - Potential.Volts);

    /// <summary>Corrects a measured voltage given in millivolts.</summary>
    /// <param name="measuredMillivolts">The reading in mV, finite.</param>
    /// <exception cref="InvalidInputException">A reading that is not finite.</exception>
    public Voltage Correct(double measuredMillivolts) => Correct(Voltage.FromVoltsUnchecked(Guard.Finite(measuredMillivolts, "mV") / 1000));

    /// <summary>Formats as "V_LJP = +13.5 mV (pipette ∣ bath): V_membrane = V_measured − 13.5 mV".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"V_LJP = {Potential.Millivolts:+0.0;-0.0;0.0} mV (pipette ∣ bath): V_membrane = V_measured {(Potential.Volts >= 0 ? "−" : "+")} {Math.Abs(Potential.Millivolts):0.0} mV");
}
