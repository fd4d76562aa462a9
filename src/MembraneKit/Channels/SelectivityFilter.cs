using System.Globalization;

namespace MembraneKit;

/// <summary>
/// A channel's selectivity filter as data with provenance: its signature sequence, the ion it favours and
/// the ion it is compared with, a representative barrier difference ΔΔG = ΔG‡_favoured − ΔG‡_compared, and
/// the permeability ratio that follows, P_favoured/P_compared = exp(−ΔΔG/RT) (id 2720507).
/// </summary>
/// <remarks>
/// The catalogue holds the three filters of document 003: <see cref="K2P"/> (TVGYG, K⁺ over Na⁺),
/// <see cref="Nalcn"/> (EEKE, Na⁺ and K⁺ alike) and <see cref="Clc"/> (Cl⁻ over cations). Each names the
/// source of its figure in <see cref="Source"/> and says in <see cref="IsIllustrative"/> whether the ΔΔG is
/// a teaching value rather than one derived from a measurement. ΔΔG values are the barrier differences that
/// reproduce the cited ratios at 37 °C under the single-barrier reading of <see cref="Selectivity"/>; they
/// are not measured energies.
/// </remarks>
public sealed record SelectivityFilter
{
    private SelectivityFilter(string name, string signature, string mechanism, Ion favouredIon, Ion comparedIon,
        MolarEnergy barrierDifference, Temperature temperature, string source, bool isIllustrative)
    {
        Name = name;
        Signature = signature;
        Mechanism = mechanism;
        FavouredIon = favouredIon;
        ComparedIon = comparedIon;
        BarrierDifference = barrierDifference;
        Temperature = temperature;
        Source = source;
        IsIllustrative = isIllustrative;
    }

    /// <summary>
    /// Two-pore-domain K⁺ leak channels (K2P: TREK, TASK, TWIK). Filter signature TVGYG: backbone carbonyl
    /// oxygens form cages that replace K⁺'s hydration shell; the smaller Na⁺ is poorly coordinated and keeps
    /// its dehydration cost. ΔΔG(K⁺ − Na⁺) = −10.0 kJ/mol, so P_K/P_Na ≈ 48 (P_Na/P_K ≈ 0.02) at 37 °C.
    /// </summary>
    /// <remarks>Source of the figure: D. Simkin, E. J. Cavanaugh and D. Kim, J. Physiol. 586, 5651 (2008):
    /// P_Na/P_K ≈ 0.02–0.03 for K2P10.1 (TREK-2) isoforms; −RT ln 50 = −10.1 kJ/mol at 37 °C, rounded to
    /// −10.0. Same order as B. Hille, <i>Ion Channels of Excitable Membranes</i>, 3rd ed. (2001), "Selective permeability: independence", where classic
    /// K⁺ channels reach P_Na/P_K ≲ 0.01; K2P channels let a little more Na⁺ through.
    /// Structure: Y. Zhou, J. H. Morais-Cabral, A. Kaufman and R. MacKinnon, Nature 414, 43 (2001).</remarks>
    public static SelectivityFilter K2P { get; } = new(
        "K2P (TREK/TASK K⁺ leak)", "TVGYG",
        "backbone carbonyl oxygens replace the K⁺ hydration shell; Na⁺ is too small to be coordinated well",
        Ion.Potassium, Ion.Sodium, MolarEnergy.FromKilojoulesPerMole(-10.0), Temperature.Body,
        "Simkin, Cavanaugh & Kim, J. Physiol. 586, 5651 (2008): TREK-2 P_Na/P_K ≈ 0.02–0.03; Hille (2001)",
        isIllustrative: false);

    /// <summary>
    /// The Na⁺ leak channel NALCN. Filter signature EEKE: a lysine in the ring of glutamates lowers the
    /// field strength, so divalent cations are no longer held tightly and monovalent cations pass with
    /// little discrimination. ΔΔG(Na⁺ − K⁺) = 0 kJ/mol, so P_Na/P_K = 1 (illustrative).
    /// </summary>
    /// <remarks>Source: B. Lu et al., Cell 129, 371 (2007), who found NALCN a voltage-independent,
    /// non-selective cation channel carrying the background Na⁺ leak; H. C. Chua et al., Sci. Adv. 6,
    /// eaaz3154 (2020) (conducts monovalent cations, blocked by external divalents). The exact ratio of 1 is
    /// an illustrative stand-in for "non-selective among monovalent cations", not a measured value.</remarks>
    public static SelectivityFilter Nalcn { get; } = new(
        "NALCN (Na⁺ leak)", "EEKE",
        "a lysine among the glutamates weakens the site: divalents are not trapped, monovalent cations pass alike",
        Ion.Sodium, Ion.Potassium, MolarEnergy.Zero, Temperature.Body,
        "Lu et al., Cell 129, 371 (2007): non-selective cation channel; ratio 1 is illustrative",
        isIllustrative: true);

    /// <summary>
    /// CLC chloride channels (ClC-0, ClC-1, ClC-2, ClC-K). The conserved motifs GSGIP, G(K/R)EGP and GxFxP
    /// point the N-terminal ends of helices — their backbone N–H dipoles — and Ser/Tyr hydroxyls at the pore,
    /// a positive local field that stabilises a dehydrated Cl⁻ and repels cations. ΔΔG(Cl⁻ − Na⁺) =
    /// −12.0 kJ/mol, so P_Cl/P_Na ≈ 105 at 37 °C (illustrative).
    /// </summary>
    /// <remarks>Source: R. Dutzler, E. B. Campbell, M. Cadene, B. T. Chait and R. MacKinnon, Nature 415, 287
    /// (2002) (structure of the CLC selectivity filter); T. J. Jentsch, V. Stein, F. Weinreich and
    /// A. A. Zdebik, Physiol. Rev. 82, 503 (2002) (CLC channels are anion-selective with negligible cation
    /// permeability). The value −12.0 kJ/mol (≈ RT ln 100, a cation permeability of about 1 % of Cl⁻'s) is
    /// illustrative: cation permeation through CLC channels is too small to have a standard figure.</remarks>
    public static SelectivityFilter Clc { get; } = new(
        "CLC (Cl⁻ channel)", "GSGIP · G(K/R)EGP · GxFxP",
        "helix-dipole N–H groups and Ser/Tyr hydroxyls make a positive site that holds Cl⁻ and repels cations",
        Ion.Chloride, Ion.Sodium, MolarEnergy.FromKilojoulesPerMole(-12.0), Temperature.Body,
        "Dutzler et al., Nature 415, 287 (2002); Jentsch et al., Physiol. Rev. 82, 503 (2002); value illustrative",
        isIllustrative: true);

    /// <summary>The three filters of document 003, in its order: K2P, NALCN, CLC.</summary>
    public static IReadOnlyList<SelectivityFilter> Catalogue { get; } = [K2P, Nalcn, Clc];

    /// <summary>The channel (family) name.</summary>
    public string Name { get; private init; }

    /// <summary>The filter's signature sequence (one-letter amino-acid code).</summary>
    public string Signature { get; private init; }

    /// <summary>How the filter tells the ions apart, in one sentence.</summary>
    public string Mechanism { get; private init; }

    /// <summary>The ion X of the ratio P_X/P_Y (the one the filter favours, or either for a non-selective one).</summary>
    public Ion FavouredIon { get; private init; }

    /// <summary>The ion Y the favoured ion is compared with.</summary>
    public Ion ComparedIon { get; private init; }

    /// <summary>ΔΔG = ΔG‡_X − ΔG‡_Y, the barrier of the favoured ion minus that of the compared ion.</summary>
    public MolarEnergy BarrierDifference { get; private init; }

    /// <summary>The temperature at which the ratio is evaluated (37 °C in the catalogue).</summary>
    public Temperature Temperature { get; private init; }

    /// <summary>Where the figure comes from.</summary>
    public string Source { get; private init; }

    /// <summary>True when <see cref="BarrierDifference"/> is a teaching value rather than one derived from a
    /// measured permeability ratio.</summary>
    public bool IsIllustrative { get; private init; }

    /// <summary>ΔΔG in units of RT at <see cref="Temperature"/>.</summary>
    public double BarrierDifferenceInThermalUnits => BarrierDifference.InThermalUnits(Temperature);

    /// <summary>The permeability ratio P_X/P_Y = exp(−ΔΔG/RT).</summary>
    public double PermeabilityRatio => Selectivity.PermeabilityRatio(BarrierDifference, Temperature);

    /// <summary>Defines a filter of your own.</summary>
    /// <param name="name">The channel name.</param>
    /// <param name="signature">The filter's signature sequence.</param>
    /// <param name="favouredIon">The ion X of P_X/P_Y.</param>
    /// <param name="comparedIon">The ion Y of P_X/P_Y.</param>
    /// <param name="barrierDifference">ΔΔG = ΔG‡_X − ΔG‡_Y.</param>
    /// <param name="temperature">The temperature for the ratio.</param>
    /// <param name="source">Where the figure comes from.</param>
    /// <param name="isIllustrative">Whether the figure is a teaching value.</param>
    /// <param name="mechanism">How the filter tells the ions apart (optional).</param>
    /// <exception cref="InvalidInputException">A null or empty text, a null ion, the same ion twice, or a
    /// barrier difference beyond ±700 RT.</exception>
    public static SelectivityFilter Define(string name, string signature, Ion favouredIon, Ion comparedIon,
        MolarEnergy barrierDifference, Temperature temperature, string source, bool isIllustrative, string mechanism = "")
    {
        RequireText(name);
        RequireText(signature);
        RequireText(source);
        Guard.NotNull(favouredIon);
        Guard.NotNull(comparedIon);
        Guard.NotNull(mechanism);
        if (favouredIon == comparedIon)
        {
            throw new InvalidInputException(nameof(comparedIon), comparedIon.Symbol, $"an ion other than the favoured ion {favouredIon.Symbol}");
        }

        Selectivity.PermeabilityRatio(barrierDifference, temperature);
        return new SelectivityFilter(name, signature, mechanism, favouredIon, comparedIon, barrierDifference, temperature, source, isIllustrative);
    }

    /// <summary>A filter with the filter's own ΔΔG given from a permeability ratio: ΔΔG = −RT ln(P_X/P_Y).</summary>
    /// <param name="permeabilityRatio">P_X/P_Y, above 0.</param>
    /// <exception cref="InvalidInputException">The ratio is zero, negative or not finite.</exception>
    public SelectivityFilter WithPermeabilityRatio(double permeabilityRatio) =>
        this with { BarrierDifference = Selectivity.BarrierDifference(permeabilityRatio, Temperature) };

    /// <summary>The same filter with another barrier difference.</summary>
    /// <param name="barrierDifference">ΔΔG = ΔG‡_X − ΔG‡_Y.</param>
    /// <exception cref="InvalidInputException">Beyond ±700 RT.</exception>
    public SelectivityFilter WithBarrierDifference(MolarEnergy barrierDifference)
    {
        Selectivity.PermeabilityRatio(barrierDifference, Temperature);
        return this with { BarrierDifference = barrierDifference };
    }

    /// <summary>The same filter (same ΔΔG) at another temperature: the ratio changes as exp(−ΔΔG/RT).</summary>
    /// <param name="temperature">The new temperature.</param>
    public SelectivityFilter WithTemperature(Temperature temperature)
    {
        Selectivity.PermeabilityRatio(BarrierDifference, temperature);
        return this with { Temperature = temperature };
    }

    /// <summary>Formats as "K2P (TREK/TASK K⁺ leak) [TVGYG]: ΔΔG(K⁺ − Na⁺) = -10.00 kJ/mol (-3.88 RT), P_K/P_Na = 48.3".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} [{Signature}]: ΔΔG({FavouredIon.Symbol} − {ComparedIon.Symbol}) = {BarrierDifference} ({BarrierDifferenceInThermalUnits:0.00} RT), P_{FavouredIon.Formula}/P_{ComparedIon.Formula} = {PermeabilityRatio:G3}{(IsIllustrative ? " (illustrative)" : "")}");

    private static void RequireText(string? value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException(parameterName ?? "value", value is null ? "null" : "empty", "a non-empty text");
        }
    }
}
