namespace MembraneKit;

/// <summary>
/// One ion's share of a liquid-junction potential: its mobility, its transference number on each side
/// (the fraction of the current it would carry there) and the part of E_j its diffusion produces.
/// </summary>
/// <param name="Ion">The ionic species.</param>
/// <param name="LeftMillimolar">Concentration on the left (reference) side, mM.</param>
/// <param name="RightMillimolar">Concentration on the right side, mM.</param>
/// <param name="Mobility">Electric mobility u, m² V⁻¹ s⁻¹.</param>
/// <param name="TransferenceNumberLeft">t = |z| u c / Σ |z| u c in the left solution.</param>
/// <param name="TransferenceNumberRight">t = |z| u c / Σ |z| u c in the right solution.</param>
/// <param name="Contribution">This ion's term of E_j (the terms sum to E_j), or null where the method splits E_j into no
/// per-ion terms (Planck's solution for a mixture).</param>
public sealed record JunctionIonContribution(Ion Ion, double LeftMillimolar, double RightMillimolar, double Mobility,
    double TransferenceNumberLeft, double TransferenceNumberRight, Voltage? Contribution)
{
    /// <summary>Formats as "H⁺: t = 0.821 ∣ 0.821, +48.6 mV".</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Ion.Symbol}: t = {TransferenceNumberLeft:0.000} ∣ {TransferenceNumberRight:0.000}{(Contribution is { } term ? ", " + term.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : "")}");
}
