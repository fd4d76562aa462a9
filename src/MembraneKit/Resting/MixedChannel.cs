namespace MembraneKit;

/// <summary>
/// A channel that passes several ions with fixed permeability ratios — for example a nicotinic
/// acetylcholine receptor or an HCN channel passing Na⁺ and K⁺. Only the channel's selectivity lives here;
/// the solutions on either side come from a <see cref="Membrane"/>, so one channel can be studied in many
/// solutions.
/// </summary>
/// <example>
/// <code>
/// var channel = MixedChannel.Passing(Ion.Potassium, 1.0).And(Ion.Sodium, 0.9);
/// channel.ReversalPotential(cell)   // between E_K and E_Na, equal to neither
/// channel.IVCurve(cell, (-120).Millivolts(), 60.Millivolts(), 181)
/// </code>
/// </example>
/// <remarks>The channel's current is the GHK current of each ion with its relative permeability, so its
/// currents are in relative units (<see cref="CurrentUnit.Relative"/>); its reversal potential is exact.</remarks>
public sealed record MixedChannel
{
    private MixedChannel(EquatableList<(Ion Ion, double Ratio)> permeabilities) => PermeabilityList = permeabilities;

    /// <summary>The ions the channel passes, in the order given.</summary>
    public IReadOnlyList<Ion> Ions => [.. PermeabilityList.Select(p => p.Ion)];

    /// <summary>A name built from the ions: "Na⁺/K⁺ channel".</summary>
    public string Name => $"{string.Join("/", PermeabilityList.Select(p => p.Ion.Symbol))} channel";

    private EquatableList<(Ion Ion, double Ratio)> PermeabilityList { get; init; }

    /// <summary>Starts a channel that passes one ion.</summary>
    /// <param name="ion">The ion.</param>
    /// <param name="relativePermeability">Its permeability relative to the channel's other ions; above 0.</param>
    /// <exception cref="InvalidInputException">A permeability that is not above 0.</exception>
    public static MixedChannel Passing(Ion ion, double relativePermeability = 1) =>
        new(new EquatableList<(Ion, double)>([(Guard.NotNull(ion), Guard.Positive(relativePermeability))]));

    /// <summary>The same channel also passing another ion (or with that ion's permeability replaced).</summary>
    /// <param name="ion">The ion.</param>
    /// <param name="relativePermeability">Its permeability relative to the other ions; above 0.</param>
    /// <exception cref="InvalidInputException">A permeability that is not above 0.</exception>
    public MixedChannel And(Ion ion, double relativePermeability)
    {
        Guard.NotNull(ion);
        Guard.Positive(relativePermeability);
        return this with { PermeabilityList = new EquatableList<(Ion, double)>(PermeabilityList.Where(p => p.Ion != ion).Append((ion, relativePermeability))) };
    }

    /// <summary>The relative permeability of an ion (0 if the channel does not pass it).</summary>
    /// <param name="ion">The ion.</param>
    public double RelativePermeability(Ion ion) => PermeabilityList.FirstOrDefault(p => p.Ion == ion).Ratio;

    /// <summary>The permeability ratio P_ion / P_reference.</summary>
    /// <param name="ion">The ion in the numerator.</param>
    /// <param name="reference">An ion the channel passes.</param>
    /// <exception cref="InvalidInputException">The channel does not pass <paramref name="reference"/>.</exception>
    public double PermeabilityRatio(Ion ion, Ion reference) => RelativePermeability(ion) / (RelativePermeability(reference) is > 0 and var r
        ? r
        : throw new InvalidInputException(nameof(reference), reference?.Symbol ?? "null", $"an ion the {Name} passes"));

    /// <summary>The solutions of <paramref name="solutions"/> with this channel as the only pathway: its ions get
    /// their relative permeabilities, every other ion permeability 0.</summary>
    /// <param name="solutions">A membrane holding (at least) the channel's ions.</param>
    /// <exception cref="InvalidInputException">An ion of the channel is missing from the membrane.</exception>
    public Membrane ApplyTo(Membrane solutions)
    {
        Guard.NotNull(solutions);
        foreach (var (ion, _) in PermeabilityList)
        {
            solutions.Gradient(ion);
        }

        var result = solutions;
        foreach (var g in solutions.Ions)
        {
            result = result.WithPermeability(g.Ion, Permeability.Relative(RelativePermeability(g.Ion)));
        }

        return result;
    }

    /// <summary>The channel's reversal potential: the zero of its summed GHK current (the GHK voltage equation).</summary>
    /// <param name="solutions">A membrane holding the channel's ions and the temperature.</param>
    /// <exception cref="InvalidInputException">An ion of the channel is missing from the membrane.</exception>
    public GoldmanPotential ReversalPotential(Membrane solutions) => GoldmanHodgkinKatz.Potential(ApplyTo(solutions));

    /// <summary>Each ion's current through the channel at a potential (relative units).</summary>
    /// <param name="solutions">A membrane holding the channel's ions.</param>
    /// <param name="membranePotential">V, inside relative to outside.</param>
    /// <exception cref="InvalidInputException">An ion of the channel is missing from the membrane.</exception>
    public MembraneCurrents CurrentsAt(Membrane solutions, Voltage membranePotential) =>
        MembraneCurrents.At(ApplyTo(solutions), membranePotential, CurrentLaw.GoldmanHodgkinKatz);

    /// <summary>The channel's I–V curve (relative units) with its zero crossing.</summary>
    /// <param name="solutions">A membrane holding the channel's ions.</param>
    /// <param name="from">The first voltage.</param>
    /// <param name="to">The last voltage, above <paramref name="from"/>.</param>
    /// <param name="points">The number of voltages, at least 2.</param>
    /// <exception cref="InvalidInputException">An ion of the channel missing from the membrane, from ≥ to, or fewer than 2 points.</exception>
    public IVCurve IVCurve(Membrane solutions, Voltage from, Voltage to, int points) =>
        GoldmanHodgkinKatz.IVCurve(ApplyTo(solutions), from, to, points) with { Description = $"GHK current of a {Name}" };

    /// <summary>The reversal potential over a range of permeability ratios P_varied / P_reference.</summary>
    /// <param name="solutions">A membrane holding the channel's ions.</param>
    /// <param name="varied">The ion whose permeability is varied.</param>
    /// <param name="reference">The ion the ratio is taken against (one the channel passes).</param>
    /// <param name="ratios">The ratios, each finite and not negative.</param>
    /// <exception cref="InvalidInputException">An ion of the channel missing from the membrane, no ratios, or a negative or non-finite ratio.</exception>
    public PotentialSweep SweepPermeabilityRatio(Membrane solutions, Ion varied, Ion reference, IEnumerable<double> ratios) =>
        GoldmanHodgkinKatz.SweepPermeabilityRatio(ApplyTo(solutions), varied, reference, ratios);

    /// <summary>Formats as "Na⁺/K⁺ channel (P_Na : P_K = 1 : 1.1)".</summary>
    public override string ToString() =>
        $"{Name} ({string.Join(" : ", PermeabilityList.Select(p => $"P_{p.Ion.Formula}"))} = {string.Join(" : ", PermeabilityList.Select(p => Guard.Format(p.Ratio)))})";
}
