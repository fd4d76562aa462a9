namespace MembraneKit;

/// <summary>
/// A redox couple reacting on an electrode, with Butler–Volmer kinetics: the exchange current density i₀
/// (how fast the forward and backward reactions run at equilibrium) and the transfer coefficient α (how
/// the applied overpotential is shared between them).
/// </summary>
/// <remarks>
/// <para>Sign convention (IUPAC): anodic current, i.e. oxidation Red → Ox + n e⁻, is positive; cathodic
/// current (reduction) is negative. With f = F / RT and overpotential η = E − E_eq:</para>
/// <para>i_a = i₀ exp((1 − α) n f η),  i_c = −i₀ exp(−α n f η),  i = i_a + i_c.</para>
/// <para>At E = E_eq (η = 0) the net current is zero while both partial currents have magnitude i₀: the
/// equilibrium is dynamic. For |η| ≫ RT/F one branch dominates (Tafel regime): the anodic Tafel slope is
/// RT ln 10 / ((1 − α) nF) volts per decade, the cathodic RT ln 10 / (α nF). Concentrations enter only
/// through E_eq (no mass-transport limitation is modelled).</para>
/// <para>Source: A. J. Bard and L. R. Faulkner, <i>Electrochemical Methods</i>, 2nd ed. (Wiley, 2001),
/// §3.4 (current–overpotential and Tafel equations).</para>
/// </remarks>
public sealed record ElectrodeReaction
{
    private ElectrodeReaction(RedoxCouple couple, CurrentDensity exchangeCurrentDensity, double transferCoefficient)
    {
        Couple = couple;
        ExchangeCurrentDensity = exchangeCurrentDensity;
        TransferCoefficient = transferCoefficient;
    }

    /// <summary>The redox couple that reacts.</summary>
    public RedoxCouple Couple { get; private init; }

    /// <summary>The exchange current density i₀: the magnitude of each partial current at equilibrium.</summary>
    public CurrentDensity ExchangeCurrentDensity { get; private init; }

    /// <summary>The cathodic transfer coefficient α, strictly between 0 and 1; the anodic one is 1 − α.</summary>
    public double TransferCoefficient { get; private init; }

    /// <summary>The couple's equilibrium potential, where the net current is zero.</summary>
    public Voltage EquilibriumPotential => Couple.EquilibriumPotential;

    /// <summary>The temperature of the couple.</summary>
    public Temperature Temperature => Couple.Temperature;

    /// <summary>Anodic Tafel slope, volts per decade of current: RT ln 10 / ((1 − α) nF).</summary>
    public Voltage AnodicTafelSlope => Voltage.FromVoltsUnchecked(Couple.ThermalVoltsPerElectron * Math.Log(10) / (1 - TransferCoefficient));

    /// <summary>Cathodic Tafel slope magnitude, volts per decade of current: RT ln 10 / (α nF).</summary>
    public Voltage CathodicTafelSlope => Voltage.FromVoltsUnchecked(Couple.ThermalVoltsPerElectron * Math.Log(10) / TransferCoefficient);

    /// <summary>Makes a reaction from a couple and its kinetic parameters.</summary>
    /// <param name="couple">The redox couple.</param>
    /// <param name="exchangeCurrentDensity">The exchange current density i₀, above 0.</param>
    /// <param name="transferCoefficient">α, strictly between 0 and 1 (0.5 for a symmetric barrier).</param>
    /// <exception cref="InvalidInputException">A null couple, i₀ not above 0, or α outside (0, 1).</exception>
    public static ElectrodeReaction Of(RedoxCouple couple, CurrentDensity exchangeCurrentDensity, double transferCoefficient = 0.5)
    {
        Guard.NotNull(couple);
        RequireExchangeCurrent(exchangeCurrentDensity);
        RequireTransferCoefficient(transferCoefficient);
        return new ElectrodeReaction(couple, exchangeCurrentDensity, transferCoefficient);
    }

    /// <summary>The same reaction with another exchange current density.</summary>
    /// <param name="exchangeCurrentDensity">i₀, above 0.</param>
    /// <exception cref="InvalidInputException">i₀ not above 0.</exception>
    public ElectrodeReaction WithExchangeCurrentDensity(CurrentDensity exchangeCurrentDensity) =>
        this with { ExchangeCurrentDensity = RequireExchangeCurrent(exchangeCurrentDensity) };

    /// <summary>The same reaction with another transfer coefficient.</summary>
    /// <param name="transferCoefficient">α, strictly between 0 and 1.</param>
    /// <exception cref="InvalidInputException">α outside (0, 1).</exception>
    public ElectrodeReaction WithTransferCoefficient(double transferCoefficient) =>
        this with { TransferCoefficient = RequireTransferCoefficient(transferCoefficient) };

    /// <summary>The same kinetics for a changed couple (for example new concentrations).</summary>
    /// <param name="couple">The couple.</param>
    public ElectrodeReaction WithCouple(RedoxCouple couple) => this with { Couple = Guard.NotNull(couple) };

    /// <summary>The anodic, cathodic and net current densities at an electrode potential.</summary>
    /// <param name="potential">Electrode potential versus SHE.</param>
    /// <exception cref="InvalidInputException">The overpotential is so large that the exponentials overflow.</exception>
    public ElectrodeCurrent CurrentAt(Voltage potential)
    {
        if (!TryPartials(potential.Volts, out var anodic, out var cathodic))
        {
            throw Overflow(nameof(potential), potential);
        }

        return new ElectrodeCurrent(this, potential, potential - EquilibriumPotential,
            CurrentDensity.FromAmperesPerSquareMetreUnchecked(anodic),
            CurrentDensity.FromAmperesPerSquareMetreUnchecked(cathodic));
    }

    /// <summary>The current–potential curve from 300 mV below to 300 mV above the equilibrium potential.</summary>
    /// <param name="points">Number of points, 2 or more (odd puts E_eq on the grid).</param>
    /// <exception cref="InvalidInputException">Fewer than 2 points.</exception>
    public ElectrodeCurrentSweep Sweep(int points = 201)
    {
        var halfWidth = Voltage.FromMillivolts(300);
        return Sweep(EquilibriumPotential - halfWidth, EquilibriumPotential + halfWidth, points);
    }

    /// <summary>The current–potential curve over a range, evenly spaced, for a chart.</summary>
    /// <param name="from">First potential versus SHE.</param>
    /// <param name="to">Last potential, above <paramref name="from"/>.</param>
    /// <param name="points">Number of points, 2 or more.</param>
    /// <exception cref="InvalidInputException">An empty range, fewer than 2 points, or an overpotential so large the exponentials overflow.</exception>
    public ElectrodeCurrentSweep Sweep(Voltage from, Voltage to, int points = 201)
    {
        Guard.Ordered(from.Volts, to.Volts, "V", nameof(from), nameof(to));
        RequirePoints(points);
        var potentials = Sweeps.Linear(from.Volts, to.Volts, points);
        var anodic = new double[points];
        var cathodic = new double[points];
        var net = new double[points];
        for (var k = 0; k < points; k++)
        {
            if (!TryPartials(potentials[k], out anodic[k], out cathodic[k]))
            {
                throw Overflow(k == 0 ? nameof(from) : nameof(to), Voltage.FromVoltsUnchecked(potentials[k]));
            }

            net[k] = anodic[k] + cathodic[k];
        }

        return new ElectrodeCurrentSweep(this, potentials, anodic, cathodic, net);
    }

    /// <summary>Formats as "Fe³⁺/Fe²⁺ on the electrode: i₀ = 1 mA/cm², α = 0.5".</summary>
    public override string ToString() => FormattableString.Invariant($"{Couple.Label} on the electrode: i₀ = {ExchangeCurrentDensity}, α = {Guard.Format(TransferCoefficient)}");

    /// <summary>The two partial current densities in A m⁻² at a potential in volts; false if either overflows or exceeds <see cref="CurrentDensity.MaximumAmperesPerSquareMetre"/>.</summary>
    internal bool TryPartials(double volts, out double anodic, out double cathodic)
    {
        var eta = volts - Couple.EquilibriumPotential.Volts;
        var nf = 1 / Couple.ThermalVoltsPerElectron;
        var i0 = ExchangeCurrentDensity.AmperesPerSquareMetre;
        anodic = i0 * Math.Exp((1 - TransferCoefficient) * nf * eta);
        cathodic = -i0 * Math.Exp(-TransferCoefficient * nf * eta);
        return Math.Abs(anodic) <= CurrentDensity.MaximumAmperesPerSquareMetre && Math.Abs(cathodic) <= CurrentDensity.MaximumAmperesPerSquareMetre;
    }

    /// <summary>The natural logarithms of |i_a| and |i_c| in A m⁻² at a potential in volts: finite for any finite potential.</summary>
    internal (double LogAnodic, double LogCathodic) LogPartials(double volts)
    {
        var nfEta = (volts - Couple.EquilibriumPotential.Volts) / Couple.ThermalVoltsPerElectron;
        var logExchange = Math.Log(ExchangeCurrentDensity.AmperesPerSquareMetre);
        return (logExchange + (1 - TransferCoefficient) * nfEta, logExchange - TransferCoefficient * nfEta);
    }

    internal static void RequirePoints(int points, string parameterName = "points")
    {
        if (points < 2)
        {
            throw new InvalidInputException(parameterName, points.ToString(System.Globalization.CultureInfo.InvariantCulture), "at least 2 points");
        }
    }

    private InvalidInputException Overflow(string parameterName, Voltage potential) =>
        new(parameterName, potential.ToString(), "a potential whose overpotential keeps exp(n F η / RT) within double range",
            FormattableString.Invariant($"η = {potential - EquilibriumPotential} from E_eq of {Couple.Label} is far outside any real experiment"));

    private static CurrentDensity RequireExchangeCurrent(CurrentDensity exchangeCurrentDensity)
    {
        if (!(exchangeCurrentDensity.AmperesPerSquareMetre > 0))
        {
            throw new InvalidInputException(nameof(exchangeCurrentDensity), exchangeCurrentDensity.ToString(),
                "an exchange current density above 0 (it is the rate of each direction at equilibrium)");
        }

        return exchangeCurrentDensity;
    }

    private static double RequireTransferCoefficient(double transferCoefficient)
    {
        if (!(transferCoefficient > 0 && transferCoefficient < 1))
        {
            throw new InvalidInputException(nameof(transferCoefficient), Guard.Format(transferCoefficient),
                "a transfer coefficient strictly between 0 and 1 (0.5 for a symmetric barrier)");
        }

        return transferCoefficient;
    }
}
