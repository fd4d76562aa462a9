namespace MembraneKit;

/// <summary>
/// An ion in a liquid junction with its concentration on each side. Either side may be zero (the ion is
/// then present on one side only, as K⁺ in HCl ∣ KCl), but not both.
/// </summary>
public sealed record JunctionIon
{
    internal JunctionIon(Ion ion, double leftMillimolar, double rightMillimolar, double mobility)
    {
        Ion = ion;
        LeftMillimolar = leftMillimolar;
        RightMillimolar = rightMillimolar;
        Mobility = mobility;
    }

    /// <summary>The ionic species.</summary>
    public Ion Ion { get; }

    /// <summary>Concentration in the left (reference) solution, mM; 0 or more.</summary>
    public double LeftMillimolar { get; }

    /// <summary>Concentration in the right solution, mM; 0 or more.</summary>
    public double RightMillimolar { get; }

    /// <summary>Electric mobility u = λ°/F at infinite dilution and 25 °C, m² V⁻¹ s⁻¹ (from <see cref="Ion.Mobility"/>).</summary>
    public double Mobility { get; }

    /// <summary>Formats as "H⁺: 100 mM ∣ 10 mM".</summary>
    public override string ToString() => $"{Ion.Symbol}: {Guard.Format(LeftMillimolar)} mM ∣ {Guard.Format(RightMillimolar)} mM";
}
