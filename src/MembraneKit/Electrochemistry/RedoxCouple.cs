namespace MembraneKit;

/// <summary>
/// A redox couple in solution, Ox + n e⁻ ⇌ Red: its standard potential, the number of electrons
/// transferred, the concentrations of the oxidised and reduced forms and the temperature. Its
/// <see cref="EquilibriumPotential"/> is what an inert electrode (Pt) dipped in the solution would read
/// against the standard hydrogen electrode if no other reaction competed.
/// </summary>
/// <remarks>
/// <para>Nernst equation for a couple: E_eq = E° + (RT / nF) ln(c_ox / c_red), potentials versus the
/// standard hydrogen electrode (SHE). Concentrations stand in for activities, so E° here plays the part of
/// the formal potential; a tenfold rise of c_ox / c_red raises E_eq by (RT/nF) ln 10 = 59.16/n mV at 25 °C.</para>
/// <para>Standard potentials of the catalogue couples, 25 °C, vs SHE: Fe³⁺ + e⁻ ⇌ Fe²⁺ +0.771 V;
/// Sn⁴⁺ + 2e⁻ ⇌ Sn²⁺ +0.151 V. Source: P. Vanýsek, "Electrochemical series", <i>CRC Handbook of Chemistry
/// and Physics</i>, 97th ed. (CRC Press, 2016), section 5 (Bard &amp; Faulkner, <i>Electrochemical
/// Methods</i>, 2nd ed., 2001, appendix C, give the same 0.771 V and 0.15 V).</para>
/// </remarks>
/// <example><c>RedoxCouple.FerricFerrous.WithConcentrations(oxidised: 0.1.Molar(), reduced: 0.01.Molar())</c>
/// has E_eq = 0.771 V + 59.2 mV = 830.2 mV at 25 °C.</example>
public sealed record RedoxCouple
{
    /// <summary>Where the catalogue's standard potentials come from.</summary>
    public const string CrcSource = "P. Vanýsek, \"Electrochemical series\", CRC Handbook of Chemistry and Physics, 97th ed. (2016), section 5";

    private RedoxCouple(string oxidisedSpecies, string reducedSpecies, Voltage standardPotential, int electrons,
        Concentration oxidised, Concentration reduced, Temperature temperature, string? source)
    {
        OxidisedSpecies = oxidisedSpecies;
        ReducedSpecies = reducedSpecies;
        StandardPotential = standardPotential;
        Electrons = electrons;
        Oxidised = oxidised;
        Reduced = reduced;
        Temperature = temperature;
        Source = source;
    }

    /// <summary>Fe³⁺ + e⁻ ⇌ Fe²⁺, E° = +0.771 V vs SHE (CRC), both ions at 1 M, 25 °C.</summary>
    public static RedoxCouple FerricFerrous { get; } =
        new("Fe³⁺", "Fe²⁺", Voltage.FromVolts(0.771), 1, Concentration.FromMolar(1), Concentration.FromMolar(1), Temperature.Standard, CrcSource);

    /// <summary>Sn⁴⁺ + 2e⁻ ⇌ Sn²⁺, E° = +0.151 V vs SHE (CRC), both ions at 1 M, 25 °C.</summary>
    public static RedoxCouple StannicStannous { get; } =
        new("Sn⁴⁺", "Sn²⁺", Voltage.FromVolts(0.151), 2, Concentration.FromMolar(1), Concentration.FromMolar(1), Temperature.Standard, CrcSource);

    /// <summary>Every couple of the catalogue, in a fixed order.</summary>
    public static IReadOnlyList<RedoxCouple> Catalogue { get; } = [FerricFerrous, StannicStannous];

    /// <summary>The oxidised form, as written in the label ("Fe³⁺").</summary>
    public string OxidisedSpecies { get; private init; }

    /// <summary>The reduced form, as written in the label ("Fe²⁺").</summary>
    public string ReducedSpecies { get; private init; }

    /// <summary>The standard (formal) potential E° versus SHE.</summary>
    public Voltage StandardPotential { get; private init; }

    /// <summary>Electrons transferred per reaction, n (a whole number, 1 or more).</summary>
    public int Electrons { get; private init; }

    /// <summary>Concentration of the oxidised form.</summary>
    public Concentration Oxidised { get; private init; }

    /// <summary>Concentration of the reduced form.</summary>
    public Concentration Reduced { get; private init; }

    /// <summary>Temperature of the solution.</summary>
    public Temperature Temperature { get; private init; }

    /// <summary>The literature source of <see cref="StandardPotential"/>, or null for a couple defined without one.</summary>
    public string? Source { get; private init; }

    /// <summary>The label "Ox/Red", for example "Fe³⁺/Fe²⁺".</summary>
    public string Label => $"{OxidisedSpecies}/{ReducedSpecies}";

    /// <summary>The equilibrium (Nernst) potential versus SHE: E_eq = E° + (RT / nF) ln(c_ox / c_red).</summary>
    public Voltage EquilibriumPotential =>
        Voltage.FromVoltsUnchecked(StandardPotential.Volts + ThermalVoltsPerElectron * Math.Log(Oxidised / Reduced));

    /// <summary>The shift of <see cref="EquilibriumPotential"/> per tenfold change of c_ox / c_red: (RT / nF) ln 10
    /// (59.16 mV / n at 25 °C).</summary>
    public Voltage NernstSlopePerDecade => Voltage.FromVoltsUnchecked(ThermalVoltsPerElectron * Math.Log(10));

    /// <summary>RT / nF in volts.</summary>
    internal double ThermalVoltsPerElectron => PhysicalConstants.GasConstant * Temperature.Kelvin / (Electrons * PhysicalConstants.Faraday);

    /// <summary>Defines a couple Ox + n e⁻ ⇌ Red.</summary>
    /// <param name="oxidisedSpecies">The oxidised form as it should print ("Fe³⁺"); not empty.</param>
    /// <param name="reducedSpecies">The reduced form as it should print ("Fe²⁺"); not empty.</param>
    /// <param name="standardPotential">E° versus SHE.</param>
    /// <param name="electrons">n, a whole number of 1 or more.</param>
    /// <param name="oxidised">Concentration of the oxidised form.</param>
    /// <param name="reduced">Concentration of the reduced form.</param>
    /// <param name="temperature">Temperature of the solution.</param>
    /// <param name="source">Where E° comes from (book, table, page), for displays; optional.</param>
    /// <exception cref="InvalidInputException">An empty species name or <paramref name="electrons"/> below 1.</exception>
    public static RedoxCouple Define(string oxidisedSpecies, string reducedSpecies, Voltage standardPotential, int electrons,
        Concentration oxidised, Concentration reduced, Temperature temperature, string? source = null)
    {
        RequireName(oxidisedSpecies, nameof(oxidisedSpecies));
        RequireName(reducedSpecies, nameof(reducedSpecies));
        Guard.Positive(electrons);
        return new RedoxCouple(oxidisedSpecies, reducedSpecies, standardPotential, electrons, oxidised, reduced, temperature, source);
    }

    /// <summary>The same couple with other concentrations of its two forms.</summary>
    /// <param name="oxidised">Concentration of the oxidised form.</param>
    /// <param name="reduced">Concentration of the reduced form.</param>
    public RedoxCouple WithConcentrations(Concentration oxidised, Concentration reduced) =>
        this with { Oxidised = oxidised, Reduced = reduced };

    /// <summary>The same couple at another temperature (E° is kept: its temperature coefficient is not modelled).</summary>
    /// <param name="temperature">The new temperature.</param>
    public RedoxCouple WithTemperature(Temperature temperature) => this with { Temperature = temperature };

    /// <summary>The couple reacting on an electrode with Butler–Volmer kinetics.</summary>
    /// <param name="exchangeCurrentDensity">The exchange current density i₀, above 0.</param>
    /// <param name="transferCoefficient">The cathodic transfer coefficient α, strictly between 0 and 1 (0.5 for a symmetric barrier).</param>
    /// <exception cref="InvalidInputException">i₀ not above 0, or α outside (0, 1).</exception>
    public ElectrodeReaction OnElectrode(CurrentDensity exchangeCurrentDensity, double transferCoefficient = 0.5) =>
        ElectrodeReaction.Of(this, exchangeCurrentDensity, transferCoefficient);

    /// <summary>Formats as "Fe³⁺/Fe²⁺: E_eq = 771.0 mV vs SHE".</summary>
    public override string ToString() => FormattableString.Invariant($"{Label}: E_eq = {EquilibriumPotential} vs SHE");

    private static void RequireName(string name, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidInputException(parameterName, $"\"{name}\"", "the name of a species, for example \"Fe³⁺\"");
        }
    }
}
