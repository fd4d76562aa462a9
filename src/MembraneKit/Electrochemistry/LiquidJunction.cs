using System.Globalization;

namespace MembraneKit;

/// <summary>
/// A liquid junction: two electrolyte solutions in contact, written left ∣ right, each holding a set of
/// ions. Because the ions diffuse across the boundary at different speeds, a potential difference builds
/// up that holds the faster ions back and hurries the slower ones until no net charge crosses.
/// </summary>
/// <remarks>
/// <para>Sign convention: E_j = φ(right) − φ(left); the left solution is the reference. For
/// 0.1 M HCl ∣ 0.01 M HCl at 25 °C, H⁺ outruns Cl⁻ into the dilute (right) side, which goes positive:
/// E_j ≈ +38 mV.</para>
/// <para>Why it persists: the field does not stop diffusion, it only makes cations and anions move at the same
/// pace so no current flows. Salt keeps diffusing down the gradient, so this is a steady non-equilibrium
/// state, not an equilibrium: it lasts as long as the gradient does.</para>
/// <para>Mobilities are the limiting values at 25 °C from <see cref="Ion.Mobility"/> (CRC); concentrations
/// stand in for activities.</para>
/// </remarks>
/// <example>
/// <code>
/// var hcl = LiquidJunction.At(25.Celsius())
///     .With(Ion.Hydrogen, left: 100, right: 10)    // mM
///     .With(Ion.Chloride, left: 100, right: 10);
/// hcl.Henderson()   // E_j = +38.0 mV (right relative to left)
/// </code>
/// </example>
public sealed partial record LiquidJunction
{
    private LiquidJunction(Temperature temperature, EquatableList<JunctionIon> ions)
    {
        Temperature = temperature;
        IonList = ions;
    }

    /// <summary>The temperature of both solutions (it scales RT/F; the mobilities stay the 25 °C values).</summary>
    public Temperature Temperature { get; private init; }

    /// <summary>The ions, in the order they were added.</summary>
    public IReadOnlyList<JunctionIon> Ions => IonList;

    private EquatableList<JunctionIon> IonList { get; init; }

    /// <summary>Starts a junction with no ions at a temperature.</summary>
    /// <param name="temperature">The temperature of both solutions, e.g. <c>25.Celsius()</c>.</param>
    public static LiquidJunction At(Temperature temperature) => new(temperature, EquatableList<JunctionIon>.Empty);

    /// <summary>The junction of one salt at two concentrations (a concentration junction), for example HCl 0.1 M ∣ 0.01 M.
    /// The salt is neutral: for cation charge z₊ and anion charge z₋ it gives |z₋| / g cations and z₊ / g anions per formula unit
    /// (g their greatest common divisor).</summary>
    /// <param name="cation">The cation, with a known limiting conductivity.</param>
    /// <param name="anion">The anion, with a known limiting conductivity.</param>
    /// <param name="left">Salt concentration of the left (reference) solution.</param>
    /// <param name="right">Salt concentration of the right solution.</param>
    /// <param name="temperature">Temperature of both solutions.</param>
    /// <exception cref="InvalidInputException">The cation is not positive, the anion not negative, or either lacks a limiting conductivity.</exception>
    public static LiquidJunction Electrolyte(Ion cation, Ion anion, Concentration left, Concentration right, Temperature temperature)
    {
        RequireSalt(cation, anion);
        var divisor = GreatestCommonDivisor(cation.Charge, -anion.Charge);
        var cationsPerSalt = -anion.Charge / divisor;
        var anionsPerSalt = cation.Charge / divisor;
        return At(temperature)
            .With(cation, cationsPerSalt * left.Millimolar, cationsPerSalt * right.Millimolar, nameof(cation))
            .With(anion, anionsPerSalt * left.Millimolar, anionsPerSalt * right.Millimolar, nameof(anion));
    }

    /// <summary>Adds an ion with its concentrations in millimolar, or replaces its concentrations if already present.</summary>
    /// <param name="ion">The ionic species; it must have a limiting conductivity.</param>
    /// <param name="left">Concentration in the left solution in mM: 0, or from 10⁻²¹ mM to 20 000 mM (the range of <see cref="Concentration"/>).</param>
    /// <param name="right">Concentration in the right solution in mM, the same range (not both 0).</param>
    /// <exception cref="InvalidInputException">An ion without a limiting conductivity, a concentration outside that range, or both zero.</exception>
    public LiquidJunction With(Ion ion, double left, double right) => With(ion, left, right, nameof(ion));

    /// <summary>Adds an ion with its concentrations, or replaces its concentrations if already present.</summary>
    /// <param name="ion">The ionic species; it must have a limiting conductivity.</param>
    /// <param name="left">Concentration in the left solution.</param>
    /// <param name="right">Concentration in the right solution.</param>
    /// <exception cref="InvalidInputException">An ion without a limiting conductivity.</exception>
    public LiquidJunction With(Ion ion, Concentration left, Concentration right) => With(ion, left.Millimolar, right.Millimolar, nameof(ion));

    /// <summary>The same junction without an ion.</summary>
    /// <param name="ion">The ion to remove; absent ions are ignored.</param>
    public LiquidJunction Without(Ion ion) => this with { IonList = new EquatableList<JunctionIon>(IonList.Where(i => i.Ion != ion)) };

    /// <summary>The same junction at another temperature.</summary>
    /// <param name="temperature">The new temperature.</param>
    public LiquidJunction WithTemperature(Temperature temperature) => this with { Temperature = temperature };

    /// <summary>The junction turned round, right ∣ left: its potential is the negative of this one's.</summary>
    public LiquidJunction Reversed() => this with
    {
        IonList = new EquatableList<JunctionIon>(IonList.Select(i => new JunctionIon(i.Ion, i.RightMillimolar, i.LeftMillimolar, i.Mobility))),
    };

    /// <summary>Formats as "H⁺, Cl⁻: 100 mM ∣ 10 mM …".</summary>
    public override string ToString() => $"Liquid junction at {Temperature.ToString(null, CultureInfo.InvariantCulture)}: {string.Join("; ", IonList)}";

    private LiquidJunction With(Ion ion, double left, double right, string ionParameterName)
    {
        var mobility = RequireMobility(ion, ionParameterName);
        RequireMillimolar(left);
        RequireMillimolar(right);
        if (left == 0 && right == 0)
        {
            throw new InvalidInputException(nameof(left), "0 mM (and right = 0 mM)", $"a concentration above 0 on at least one side for {ion.Symbol}");
        }

        var item = new JunctionIon(ion, left, right, mobility);
        return this with { IonList = IonList.WithReplacedOrAdded(i => i.Ion == ion, item) };
    }

    // 0 (the ion is absent on that side) or the range of Concentration, so no sum or logarithm leaves the double range.
    private static void RequireMillimolar(double millimolar, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(millimolar))] string? parameterName = null)
    {
        if (!(millimolar == 0 || (millimolar >= Concentration.MinimumMillimolar && millimolar <= Concentration.MaximumMillimolar)))
        {
            throw new InvalidInputException(parameterName ?? nameof(millimolar), $"{Guard.Format(millimolar)} mM",
                $"0 mM, or a concentration from {Guard.Format(Concentration.MinimumMillimolar)} mM to {Guard.Format(Concentration.MaximumMillimolar)} mM");
        }
    }

    private static double RequireMobility(Ion? ion, string parameterName)
    {
        var known = Guard.NotNull(ion, parameterName);
        return known.Mobility ?? throw new InvalidInputException(parameterName, $"{known.Symbol} ({known.Name}) with no limiting conductivity",
            "an ion with a known limiting equivalent conductivity (its mobility sets its share of the junction potential)",
            $"define it with Ion.Define(\"{known.Name}\", \"{known.Formula}\", {known.Charge.ToString(CultureInfo.InvariantCulture)}, limitingEquivalentConductivity: …)");
    }

    private static void RequireSalt(Ion cation, Ion anion)
    {
        RequireMobility(cation, nameof(cation));
        RequireMobility(anion, nameof(anion));
        if (cation.Charge <= 0)
        {
            throw new InvalidInputException(nameof(cation), cation.Symbol, "a positive ion");
        }

        if (anion.Charge >= 0)
        {
            throw new InvalidInputException(nameof(anion), anion.Symbol, "a negative ion");
        }
    }

    private static int GreatestCommonDivisor(int a, int b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);
}
