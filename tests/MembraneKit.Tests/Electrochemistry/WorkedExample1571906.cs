namespace MembraneKit.Tests.Electrochemistry;

/// <summary>The electrode of worked example 1571906: Pt in Fe³⁺/Fe²⁺ and Sn⁴⁺/Sn²⁺, all ions 1 M, 25 °C,
/// both couples with i₀ = 1 mA/cm² (10 A/m²) and α = ½.</summary>
internal static class WorkedExample1571906
{
    internal static CurrentDensity ExchangeCurrent { get; } = CurrentDensity.FromMilliamperesPerSquareCentimetre(1);

    internal static ElectrodeReaction Iron { get; } = RedoxCouple.FerricFerrous.OnElectrode(ExchangeCurrent);

    internal static ElectrodeReaction Tin { get; } = RedoxCouple.StannicStannous.OnElectrode(ExchangeCurrent);

    internal static MixedPotentialResult Solve() => MixedPotential.Solve(Iron, Tin);
}
