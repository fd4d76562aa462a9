namespace MembraneKit;

/// <summary>
/// A membrane (or a cell seen through its membrane): a temperature and, for each ion, the concentrations
/// inside and outside and optionally a permeability or conductance. Immutable: every <c>With…</c> returns
/// a new membrane, so re-running a notebook cell never piles up state.
/// </summary>
/// <example>
/// <code>
/// var cell = Membrane.At(37.Celsius())
///     .With(Ion.Potassium, inside: 140, outside: 4)    // mM
///     .With(Ion.Sodium,    inside: 15,  outside: 145)
///     .With(Ion.Chloride,  inside: 10,  outside: 110);
/// cell.Nernst(Ion.Potassium)   // E_K = -95.0 mV
/// </code>
/// </example>
/// <remarks>Potentials are the inside relative to the outside; positive current is outward.</remarks>
public sealed partial record Membrane
{
    private Membrane(Temperature temperature, EquatableList<IonGradient> ions)
    {
        Temperature = temperature;
        IonList = ions;
    }

    /// <summary>The temperature of both solutions.</summary>
    public Temperature Temperature { get; private init; }

    /// <summary>The ions, in the order they were added.</summary>
    public IReadOnlyList<IonGradient> Ions => IonList;

    // Private and init-only so that `with` can replace it; its value equality makes the record compare by content.
    private EquatableList<IonGradient> IonList { get; init; }

    /// <summary>Starts an empty membrane at a temperature; add ions with <see cref="With(Ion, double, double)"/>.</summary>
    /// <param name="temperature">The temperature of both solutions, e.g. <c>37.Celsius()</c>.</param>
    public static Membrane At(Temperature temperature) => new(temperature, EquatableList<IonGradient>.Empty);

    /// <summary>Adds an ion with its concentrations in millimolar, or replaces that ion's concentrations
    /// (keeping its permeability and conductance) if it is already present.</summary>
    /// <param name="ion">The ionic species.</param>
    /// <param name="inside">Concentration inside, in mM; above 0.</param>
    /// <param name="outside">Concentration outside, in mM; above 0.</param>
    /// <exception cref="InvalidInputException">A concentration that is zero, negative, not finite or above 20 M.</exception>
    public Membrane With(Ion ion, double inside, double outside) =>
        With(ion, ConcentrationOf(inside, nameof(inside)), ConcentrationOf(outside, nameof(outside)));

    /// <summary>Adds an ion with its concentrations, or replaces that ion's concentrations (keeping its
    /// permeability and conductance) if it is already present.</summary>
    /// <param name="ion">The ionic species.</param>
    /// <param name="inside">Concentration inside.</param>
    /// <param name="outside">Concentration outside.</param>
    public Membrane With(Ion ion, Concentration inside, Concentration outside)
    {
        Guard.NotNull(ion);
        var existing = Find(ion);
        var gradient = existing is null
            ? new IonGradient(ion, inside, outside)
            : existing with { Inside = inside, Outside = outside };
        return Replace(ion, gradient);
    }

    /// <summary>Sets the membrane's permeability to an ion already present.</summary>
    /// <param name="ion">An ion already added with <see cref="With(Ion, double, double)"/>.</param>
    /// <param name="permeability">Relative (a plain number converts) or absolute.</param>
    /// <exception cref="InvalidInputException">The ion is not in the membrane.</exception>
    public Membrane WithPermeability(Ion ion, Permeability permeability) =>
        Replace(ion, Gradient(ion) with { Permeability = permeability });

    /// <summary>Sets the membrane's conductance to an ion already present.</summary>
    /// <param name="ion">An ion already added with <see cref="With(Ion, double, double)"/>.</param>
    /// <param name="conductance">The conductance, not negative.</param>
    /// <exception cref="InvalidInputException">The ion is not in the membrane.</exception>
    public Membrane WithConductance(Ion ion, Conductance conductance) =>
        Replace(ion, Gradient(ion) with { Conductance = conductance });

    /// <summary>The same membrane at another temperature.</summary>
    /// <param name="temperature">The new temperature.</param>
    public Membrane WithTemperature(Temperature temperature) => this with { Temperature = temperature };

    /// <summary>The same membrane without an ion (unchanged if the ion is absent).</summary>
    /// <param name="ion">The ion to remove.</param>
    public Membrane Without(Ion ion) => this with { IonList = new EquatableList<IonGradient>(IonList.Where(g => g.Ion != ion)) };

    /// <summary>Is this ion in the membrane?</summary>
    /// <param name="ion">The ion to look for.</param>
    public bool Contains(Ion ion) => Find(ion) is not null;

    /// <summary>The gradient of an ion in the membrane.</summary>
    /// <param name="ion">An ion in the membrane.</param>
    /// <exception cref="InvalidInputException">The ion is not in the membrane.</exception>
    public IonGradient Gradient(Ion ion) => Find(Guard.NotNull(ion)) ?? throw new InvalidInputException(
        nameof(ion), ion.Symbol,
        IonList.Count == 0 ? "an ion of the membrane, which has none yet" : $"one of the membrane's ions ({string.Join(", ", IonList.Select(g => g.Ion.Symbol))})",
        $"add it first with .With(Ion.{ion.Name}, inside: …, outside: …)");

    /// <summary>The Nernst (equilibrium) potential of one ion: E = (RT/zF) ln(c_out/c_in).</summary>
    /// <param name="ion">An ion in the membrane.</param>
    /// <exception cref="InvalidInputException">The ion is not in the membrane.</exception>
    public EquilibriumPotential Nernst(Ion ion) => Gradient(ion).Nernst(Temperature);

    /// <summary>The Nernst potential of every ion, in the order they were added.</summary>
    /// <exception cref="InvalidInputException">The membrane has no ions.</exception>
    public IReadOnlyList<EquilibriumPotential> EquilibriumPotentials() => [.. RequireIons().Select(g => g.Nernst(Temperature))];

    /// <summary>The electrochemical potential of an ion on each side when the membrane sits at a potential,
    /// and their difference: zero exactly when the potential is the ion's Nernst potential.</summary>
    /// <param name="ion">An ion in the membrane.</param>
    /// <param name="membranePotential">The potential of the inside relative to the outside.</param>
    /// <exception cref="InvalidInputException">The ion is not in the membrane.</exception>
    public ElectrochemicalGradient ElectrochemicalGradient(Ion ion, Voltage membranePotential) =>
        MembraneKit.ElectrochemicalGradient.Across(Gradient(ion), membranePotential, Temperature);

    /// <summary>The ions, or an error naming the empty membrane and how to fill it.</summary>
    internal IReadOnlyList<IonGradient> RequireIons() => IonList.Count > 0
        ? IonList
        : throw new InvalidInputException("membrane", "a membrane with no ions", "at least one ion", "add ions with .With(Ion.Potassium, inside: 140, outside: 4)");

    private IonGradient? Find(Ion ion) => IonList.FirstOrDefault(g => g.Ion == ion);

    private Membrane Replace(Ion ion, IonGradient gradient) =>
        this with { IonList = IonList.WithReplacedOrAdded(g => g.Ion == ion, gradient) };

    private static Concentration ConcentrationOf(double millimolar, string parameterName)
    {
        try
        {
            return Concentration.FromMillimolar(millimolar);
        }
        catch (InvalidInputException e)
        {
            throw new InvalidInputException(parameterName, e.Value, e.Allowed, e.Hint);
        }
    }
}
