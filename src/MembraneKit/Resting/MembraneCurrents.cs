namespace MembraneKit;

/// <summary>
/// Every ion's current through a membrane at one potential, and their sum. At the resting potential the sum
/// is zero while the single currents are not: a non-equilibrium steady state, not an equilibrium.
/// </summary>
/// <param name="Membrane">The membrane (concentrations, conductances or permeabilities, temperature).</param>
/// <param name="MembranePotential">V, inside relative to outside.</param>
/// <param name="Law">Ohmic (conductances) or GHK (permeabilities).</param>
/// <param name="Unit">The unit of every value (see <see cref="CurrentUnit"/>).</param>
/// <param name="Ions">One row per ion of the membrane, in its order; impermeant ions carry zero current.</param>
/// <remarks>Positive current is outward. Total I = Σ_i I_i; ohmic I_i = g_i (V − E_i).</remarks>
public sealed record MembraneCurrents(Membrane Membrane, Voltage MembranePotential, CurrentLaw Law, CurrentUnit Unit, IReadOnlyList<IonCurrent> Ions)
{
    /// <summary>The total current Σ_i I_i in <see cref="Unit"/>.</summary>
    public double Total => Ions.Sum(i => i.Value);

    /// <summary>The total as a <see cref="Current"/> when <see cref="Unit"/> is amperes; otherwise null.</summary>
    public Current? TotalCurrent => Unit == CurrentUnit.Amperes ? Current.FromAmperes(Total) : null;

    /// <summary>Is the total zero to within 10⁻⁹ of the largest single current (that is, is V a resting potential)?</summary>
    public bool IsNetZero => Math.Abs(Total) <= 1e-9 * Ions.Select(i => Math.Abs(i.Value)).DefaultIfEmpty(0).Max();

    /// <summary>Is every permeant ion at its own Nernst potential (|V − E_i| below 1 µV)? Only possible with one
    /// permeant ion, or several sharing one Nernst potential.</summary>
    public bool IsEquilibrium => Ions.Where(i => i.IsPermeant).All(i => Math.Abs(i.DrivingForce.Volts) < 1e-6);

    /// <summary>Zero net current carried by non-zero ionic currents: the resting state of a living cell, which
    /// runs down unless a pump restores the gradients.</summary>
    public bool IsNonEquilibriumSteadyState => IsNetZero && !IsEquilibrium;

    /// <summary>The row of one ion.</summary>
    /// <param name="ion">An ion of the membrane.</param>
    /// <exception cref="InvalidInputException">The ion is not in the membrane.</exception>
    public IonCurrent this[Ion ion] => Ions.FirstOrDefault(i => i.Ion == ion) ?? throw new InvalidInputException(
        nameof(ion), ion?.Symbol ?? "null", $"one of the membrane's ions ({string.Join(", ", Ions.Select(i => i.Ion.Symbol))})");

    /// <summary>The currents through a patch of membrane: densities (A m⁻²) times the area.</summary>
    /// <param name="area">The membrane area.</param>
    /// <exception cref="InvalidOperationException">The values are not densities in A m⁻².</exception>
    public MembraneCurrents ForArea(Area area) => Unit == CurrentUnit.AmperesPerSquareMeter
        ? this with { Unit = CurrentUnit.Amperes, Ions = new EquatableList<IonCurrent>(Ions.Select(i => i.ForArea(area))) }
        : throw new InvalidOperationException($"only current densities (A/m²) can be scaled by an area; these currents are in {IonCurrent.Describe(Unit)}");

    /// <summary>Every ion's current at a potential, by the given law.</summary>
    /// <param name="membrane">The membrane; for <see cref="CurrentLaw.Ohmic"/> at least one ion needs a conductance,
    /// for <see cref="CurrentLaw.GoldmanHodgkinKatz"/> at least one a permeability above 0.</param>
    /// <param name="membranePotential">V, inside relative to outside.</param>
    /// <param name="law">Ohmic or GHK.</param>
    /// <exception cref="InvalidInputException">An empty membrane, or no ion with the needed conductance or permeability.</exception>
    public static MembraneCurrents At(Membrane membrane, Voltage membranePotential, CurrentLaw law)
    {
        Guard.NotNull(membrane);
        var t = membrane.Temperature;
        if (law == CurrentLaw.GoldmanHodgkinKatz)
        {
            var permeant = GoldmanHodgkinKatz.PermeantIons(membrane);
            var unit = permeant[0].Permeability!.Value.IsRelative ? CurrentUnit.Relative : CurrentUnit.AmperesPerSquareMeter;
            var rows = membrane.Ions.Select(g =>
            {
                var density = g.Permeability is { Value: > 0 } p
                    ? GoldmanHodgkinKatz.CheckedDensity(g, p, membranePotential, t)
                    : 0;
                return new IonCurrent(g.Ion, law, membranePotential, g.Nernst(t), density, unit) { Permeability = g.Permeability };
            });
            return new MembraneCurrents(membrane, membranePotential, law, unit, new EquatableList<IonCurrent>(rows));
        }

        RequireConductances(membrane);
        var ohmic = membrane.Ions.Select(g =>
        {
            var e = g.Nernst(t);
            var siemens = g.Conductance?.Siemens ?? 0;
            return new IonCurrent(g.Ion, law, membranePotential, e, siemens * (membranePotential.Volts - e.Potential.Volts), CurrentUnit.Amperes) { Conductance = g.Conductance };
        });
        return new MembraneCurrents(membrane, membranePotential, law, CurrentUnit.Amperes, new EquatableList<IonCurrent>(ohmic));
    }

    /// <summary>The law used when none is named: GHK when any ion has a permeability, ohmic otherwise.</summary>
    /// <param name="membrane">The membrane.</param>
    public static CurrentLaw DefaultLaw(Membrane membrane) =>
        Guard.NotNull(membrane).Ions.Any(g => g.Permeability is not null) ? CurrentLaw.GoldmanHodgkinKatz : CurrentLaw.Ohmic;

    /// <summary>Formats as "at -70.0 mV: I_K = …; I_Na = …; total = 0 A".</summary>
    public override string ToString() =>
        $"at {MembranePotential}: {string.Join("; ", Ions.Select(i => $"I_{i.Ion.Formula} = {IonCurrent.Format(i.Value, Unit)}"))}; total = {IonCurrent.Format(Total, Unit)}";

    /// <summary>Throws unless at least one ion has a conductance.</summary>
    internal static void RequireConductances(Membrane membrane)
    {
        if (!membrane.RequireIons().Any(g => g.Conductance is not null))
        {
            throw new InvalidInputException("membrane", "no ion has a conductance", "at least one ion with a conductance",
                "set conductances with .WithConductance(Ion.Potassium, 10.Nanosiemens())");
        }
    }
}
