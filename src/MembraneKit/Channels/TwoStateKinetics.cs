using System.Globalization;

namespace MembraneKit;

/// <summary>
/// The kinetics of a two-state channel, closed ⇄ open, with opening rate α and closing rate β (per second):
/// the stationary open probability α/(α + β), the relaxation time 1/(α + β), and the exact probabilities
/// of switching within a time step.
/// </summary>
/// <remarks>
/// For one channel the master equation dp/dt = α(1 − p) − βp has the exact solution over a step Δt
/// p(t + Δt) = p∞ + (p(t) − p∞)·e^(−(α+β)Δt). Hence a channel closed at t is open at t + Δt with probability
/// p_co = α/(α+β)·(1 − e^(−(α+β)Δt)), and one open at t is closed at t + Δt with probability
/// p_oc = β/(α+β)·(1 − e^(−(α+β)Δt)), whatever happened in between. Both are computed with expm1 so that
/// they stay accurate for Δt ≪ 1/(α+β). Source: D. Colquhoun and A. G. Hawkes, "Relaxation and
/// fluctuations of membrane currents that flow through drug-operated channels", Proc. R. Soc. Lond. B 199,
/// 231 (1977).
/// </remarks>
public sealed record TwoStateKinetics
{
    private TwoStateKinetics(double openingRatePerSecond, double closingRatePerSecond)
    {
        OpeningRatePerSecond = openingRatePerSecond;
        ClosingRatePerSecond = closingRatePerSecond;
    }

    /// <summary>The opening rate α (closed → open), in s⁻¹.</summary>
    public double OpeningRatePerSecond { get; }

    /// <summary>The closing rate β (open → closed), in s⁻¹.</summary>
    public double ClosingRatePerSecond { get; }

    /// <summary>The stationary open probability p∞ = α/(α + β).</summary>
    public double StationaryOpenProbability => OpeningRatePerSecond / (OpeningRatePerSecond + ClosingRatePerSecond);

    /// <summary>The relaxation time τ = 1/(α + β), in seconds: the correlation time of the channel noise.</summary>
    public double RelaxationTimeSeconds => 1 / (OpeningRatePerSecond + ClosingRatePerSecond);

    /// <summary>Makes two-state kinetics from the two rates.</summary>
    /// <param name="openingRatePerSecond">The opening rate α in s⁻¹, from 0 to 10³⁰⁰ s⁻¹.</param>
    /// <param name="closingRatePerSecond">The closing rate β in s⁻¹, from 0 to 10³⁰⁰ s⁻¹; α + β at least 10⁻³⁰⁰ s⁻¹, so
    /// p∞, τ and every probability are finite.</param>
    /// <exception cref="InvalidInputException">A negative or non-finite rate, a rate above 10³⁰⁰ s⁻¹, or both rates zero
    /// (or together below 10⁻³⁰⁰ s⁻¹: a channel that never moves has no stationary state).</exception>
    public static TwoStateKinetics Create(double openingRatePerSecond, double closingRatePerSecond)
    {
        Guard.InRange(openingRatePerSecond, 0, MaximumRatePerSecond, "s⁻¹");
        Guard.InRange(closingRatePerSecond, 0, MaximumRatePerSecond, "s⁻¹");
        if (openingRatePerSecond + closingRatePerSecond < MinimumTotalRatePerSecond)
        {
            throw new InvalidInputException(nameof(closingRatePerSecond), $"{Guard.Format(closingRatePerSecond)} s⁻¹",
                $"rates that add up to at least 1E-300 s⁻¹ (the opening rate is {Guard.Format(openingRatePerSecond)} s⁻¹)",
                "a channel with both rates zero never changes state");
        }

        return new TwoStateKinetics(openingRatePerSecond, closingRatePerSecond);
    }

    /// <summary>Makes kinetics with a given stationary open probability and relaxation time:
    /// α = p∞/τ, β = (1 − p∞)/τ.</summary>
    /// <param name="openProbability">The stationary open probability p∞, from 0 to 1 (for example a
    /// Boltzmann P_o(V)).</param>
    /// <param name="relaxationTimeSeconds">The relaxation time τ in seconds, from 10⁻³⁰⁰ s to 10³⁰⁰ s.</param>
    /// <exception cref="InvalidInputException">p∞ outside [0, 1] or τ outside its range.</exception>
    public static TwoStateKinetics FromOpenProbability(double openProbability, double relaxationTimeSeconds)
    {
        Guard.InRange(openProbability, 0, 1);
        Guard.InRange(relaxationTimeSeconds, 1e-300, 1e300, "s");
        return new TwoStateKinetics(openProbability / relaxationTimeSeconds, (1 - openProbability) / relaxationTimeSeconds);
    }

    /// <summary>The probability p_co that a channel closed now is open one time step later.</summary>
    /// <param name="timeStepSeconds">The time step Δt in seconds, above 0.</param>
    /// <exception cref="InvalidInputException">Δt not above 0.</exception>
    public double OpeningProbabilityOver(double timeStepSeconds) =>
        StationaryOpenProbability * RelaxedFraction(Guard.Positive(timeStepSeconds, "s"));

    /// <summary>The probability p_oc = β/(α+β)·(1 − e^(−(α+β)Δt)) that a channel open now is closed one time step later
    /// (β/(α+β), not 1 − p∞, so it does not round to 0 when β ≪ α).</summary>
    /// <param name="timeStepSeconds">The time step Δt in seconds, above 0.</param>
    /// <exception cref="InvalidInputException">Δt not above 0.</exception>
    public double ClosingProbabilityOver(double timeStepSeconds) =>
        ClosingRatePerSecond / (OpeningRatePerSecond + ClosingRatePerSecond) * RelaxedFraction(Guard.Positive(timeStepSeconds, "s"));

    /// <summary>Formats as "α = 200 s⁻¹, β = 800 s⁻¹ (p∞ = 0.2, τ = 1 ms)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"α = {OpeningRatePerSecond:G4} s⁻¹, β = {ClosingRatePerSecond:G4} s⁻¹ (p∞ = {StationaryOpenProbability:G4}, τ = {RelaxationTimeSeconds * 1000:G4} ms)");

    private const double MaximumRatePerSecond = 1e300, MinimumTotalRatePerSecond = 1e-300;

    // 1 − e^(−(α+β)Δt) to the last bit for small steps too (double.ExpM1 is exp(x) − 1 on .NET 8–10, and MathNet
    // 5.0.0's Expm1 truncates its series at 2⁻¹⁶ of the sum).
    private double RelaxedFraction(double timeStepSeconds) =>
        -AccurateMath.ExpM1(-(OpeningRatePerSecond + ClosingRatePerSecond) * timeStepSeconds);
}
