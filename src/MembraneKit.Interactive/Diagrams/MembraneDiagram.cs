namespace MembraneKit.Interactive;

/// <summary>
/// The picture an instructor draws on the board for a membrane: the outside and inside compartments with
/// each ion's concentrations, each ion's equilibrium potential E_ion beside the membrane potential V_m on a
/// potential scale, and for each ion an arrow across the membrane in the direction its net electrochemical
/// driving force moves it (out of or into the cell), with the Na⁺/K⁺ pump (3 Na⁺ out : 2 K⁺ in) when the
/// membrane has one. Displays itself as SVG in notebooks; <see cref="ToSvg"/> gives the markup.
/// </summary>
/// <remarks>
/// An ion moves out when Δμ̃ = μ̃_in − μ̃_out = zF(V_m − E_ion) is positive and in when it is negative
/// (<see cref="MembraneKit.ElectrochemicalGradient"/>): for K⁺ (E_K = −95 mV) at V_m = −70 mV, out; for Na⁺
/// (E_Na = +60 mV), in. Without a membrane potential the diagram shows concentrations and E_ion only.
/// </remarks>
public sealed class MembraneDiagram
{
    private MembraneDiagram(Membrane membrane, Voltage? membranePotential)
    {
        Membrane = membrane;
        MembranePotential = membranePotential;
        Ions = [.. membrane.Ions.Select(g => new IonView(
            g,
            g.Nernst(membrane.Temperature),
            membranePotential is { } v ? membrane.ElectrochemicalGradient(g.Ion, v) : null))];
        Title = membranePotential is { } vm
            ? $"Membrane diagram: {string.Join(", ", membrane.Ions.Select(g => g.Ion.Symbol))} at V_m = {Num.Quantity(vm)}"
            : $"Membrane diagram: {string.Join(", ", membrane.Ions.Select(g => g.Ion.Symbol))}, equilibrium potentials";
        Description = Describe();
    }

    /// <summary>The membrane drawn.</summary>
    public Membrane Membrane { get; }

    /// <summary>The membrane potential at which driving forces are drawn, if one was given.</summary>
    public Voltage? MembranePotential { get; }

    /// <summary>The diagram's short title (its SVG &lt;title&gt;).</summary>
    public string Title { get; }

    /// <summary>The text alternative (its SVG &lt;desc&gt;): every ion's concentrations, E_ion and direction in words.</summary>
    public string Description { get; }

    internal IReadOnlyList<IonView> Ions { get; }

    /// <summary>A diagram of a membrane with the driving force on each ion at a membrane potential.</summary>
    /// <param name="membrane">The membrane; at least one ion.</param>
    /// <param name="membranePotential">V_m, inside relative to outside.</param>
    /// <exception cref="InvalidInputException">The membrane has no ions.</exception>
    public static MembraneDiagram Of(Membrane membrane, Voltage membranePotential) => new(RequireIons(membrane), membranePotential);

    /// <summary>A diagram of a membrane's concentrations and equilibrium potentials, without a membrane potential.</summary>
    /// <param name="membrane">The membrane; at least one ion.</param>
    /// <exception cref="InvalidInputException">The membrane has no ions.</exception>
    public static MembraneDiagram Of(Membrane membrane) => new(RequireIons(membrane), null);

    /// <summary>The SVG markup of the diagram.</summary>
    public string ToSvg() => MembraneDiagramSvg.Draw(this).Value;

    /// <summary>One line per ion: "K⁺  in 140 mM | out 4 mM  E_K −95.0 mV  → out".</summary>
    public override string ToString() => string.Join(Environment.NewLine, new[] { Title }.Concat(Ions.Select(i => i.Sentence)));

    /// <summary>The Na⁺/K⁺ pump drawn in the membrane, if it has one.</summary>
    internal PumpView? Pump => PumpView.Of(Membrane);

    private string Describe()
    {
        var lines = new List<string>();
        lines.Add(MembranePotential is { } v
            ? $"Membrane at {Num.Quantity(Membrane.Temperature)}, V_m = {Num.Quantity(v)} (inside relative to outside)."
            : $"Membrane at {Num.Quantity(Membrane.Temperature)}; no membrane potential given, so no driving forces are drawn.");
        lines.AddRange(Ions.Select(i => i.Sentence + "."));
        if (Pump is { } pump)
        {
            lines.Add(pump.Sentence + ".");
        }

        return string.Join(" ", lines);
    }

    private static Membrane RequireIons(Membrane membrane)
    {
        ArgumentNullException.ThrowIfNull(membrane);
        _ = membrane.EquilibriumPotentials(); // throws the library's message for an empty membrane
        return membrane;
    }

    /// <summary>What the diagram shows for one ion.</summary>
    internal sealed record IonView(IonGradient Gradient, EquilibriumPotential Equilibrium, ElectrochemicalGradient? Driving)
    {
        /// <summary>"out", "in", "none" (at equilibrium) or null (no membrane potential).</summary>
        internal string? Direction => Driving is null ? null : Driving.IsAtEquilibrium ? "none" : Driving.Difference.JoulesPerMole > 0 ? "out" : "in";

        internal string Symbol => Gradient.Ion.Symbol;

        internal string EName => "E_" + Gradient.Ion.Formula;

        internal string Sentence
        {
            get
            {
                var text = $"{Symbol}: {Num.Quantity(Gradient.Inside)} inside, {Num.Quantity(Gradient.Outside)} outside, {EName} = {Num.Quantity(Equilibrium.Potential)}";
                return Direction switch
                {
                    "out" => text + $"; its net driving force moves {Symbol} out of the cell (V_m − {EName} = {Num.Signed((Driving!.MembranePotential - Equilibrium.Potential).Millivolts, 1)} mV)",
                    "in" => text + $"; its net driving force moves {Symbol} into the cell (V_m − {EName} = {Num.Signed((Driving!.MembranePotential - Equilibrium.Potential).Millivolts, 1)} mV)",
                    "none" => text + $"; {Symbol} is at equilibrium",
                    _ => text,
                };
            }
        }
    }
}
