using System.Globalization;

namespace MembraneKit;

/// <summary>
/// A liquid-junction potential with what produced it: the junction, the method, and each ion's mobility,
/// transference numbers and contribution. Converts implicitly to <see cref="Voltage"/>.
/// </summary>
/// <remarks>Sign convention: E_j = φ(right) − φ(left), the left solution being the reference. The faster
/// ion runs ahead down its gradient and charges the side it enters; the field this builds slows it and
/// speeds its slower partners until both carry charge at the same rate. Diffusion goes on, so the potential
/// is a steady non-equilibrium state that lasts as long as the gradient.</remarks>
public sealed record LiquidJunctionPotential
{
    internal LiquidJunctionPotential(LiquidJunction junction, JunctionPotentialMethod method, Voltage potential, IReadOnlyList<JunctionIonContribution> contributions,
        JunctionProfile? profile = null)
    {
        Profile = profile;
        Junction = junction;
        Method = method;
        Potential = potential;
        Contributions = new EquatableList<JunctionIonContribution>(contributions);
    }

    /// <summary>The junction: its ions, their concentrations on each side, and the temperature.</summary>
    public LiquidJunction Junction { get; }

    /// <summary>The concentration and potential profiles across the junction with the solver's convergence, for the
    /// Nernst–Planck method; null for the closed forms.</summary>
    public JunctionProfile? Profile { get; }

    /// <summary>Henderson, Planck or Nernst–Planck.</summary>
    public JunctionPotentialMethod Method { get; }

    /// <summary>E_j = φ(right) − φ(left).</summary>
    public Voltage Potential { get; }

    /// <summary>Each ion's mobility, transference numbers and share of E_j, in the order of the junction's ions.</summary>
    public IReadOnlyList<JunctionIonContribution> Contributions { get; }

    /// <summary>The temperature of both solutions.</summary>
    public Temperature Temperature => Junction.Temperature;

    /// <summary>The most mobile ion among those whose concentration differs between the sides (H⁺ in HCl); null if none differs.</summary>
    public Ion? FastestIon => Contributions.Where(c => c.LeftMillimolar != c.RightMillimolar).MaxBy(c => c.Mobility)?.Ion;

    /// <summary>A sentence for a display, with the sign and why the potential persists.</summary>
    public string Summary
    {
        get
        {
            var text = FormattableString.Invariant($"E_j = {Potential.Millivolts:+0.0;-0.0;0.0} mV (right relative to left, {Method}).");
            if (FastestIon is not { } fastest || Potential.Volts == 0)
            {
                return text + " No side is charged: the ions carry no net charge across the boundary.";
            }

            var positive = Potential.Volts > 0 ? "right" : "left";
            return text + $" {fastest.Symbol} moves fastest; the {positive} solution ends up positive. The field that builds slows the fast ions and " +
                "hurries the slow ones until no net charge crosses; diffusion continues, so the potential is a steady non-equilibrium state that lasts while the gradient does.";
        }
    }

    /// <summary>The potential itself.</summary>
    /// <param name="value">The junction potential.</param>
    public static implicit operator Voltage(LiquidJunctionPotential value) => Guard.NotNull(value).Potential;

    /// <summary>Formats as "E_j = +38.0 mV (right relative to left, Henderson)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"E_j = {Potential.Millivolts:+0.0;-0.0;0.0} mV (right relative to left, {Method})");
}
