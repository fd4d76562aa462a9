namespace MembraneKit;

/// <summary>Resting-potential physics on a membrane: GHK and chord potentials, currents, I–V curves, sweeps
/// and self-consistent resting potentials, so a notebook cell reads <c>cell.GoldmanPotential()</c>.</summary>
public sealed partial record Membrane
{
    /// <summary>The GHK (zero-current) potential from the ions' permeabilities; see <see cref="GoldmanHodgkinKatz.Potential"/>.</summary>
    /// <exception cref="InvalidInputException">No ions, or no permeability above 0.</exception>
    public GoldmanPotential GoldmanPotential() => GoldmanHodgkinKatz.Potential(this);

    /// <summary>The conductance-weighted mean of the Nernst potentials, Σ g_i E_i / Σ g_i; see <see cref="ChordConductance.Potential"/>.</summary>
    /// <exception cref="InvalidInputException">No ions, no conductance, or all conductances 0.</exception>
    public ChordPotential ChordPotential() => ChordConductance.Potential(this);

    /// <summary>The resting potential by the membrane's own description: GHK when any ion has a permeability,
    /// otherwise the chord-conductance potential.</summary>
    /// <exception cref="InvalidInputException">No ions, or neither permeabilities nor conductances.</exception>
    public Voltage RestingPotential() => MembraneCurrents.DefaultLaw(this) == CurrentLaw.GoldmanHodgkinKatz
        ? GoldmanPotential().Potential
        : ChordPotential().Potential;

    /// <summary>An ion's driving force V − E_ion at a potential (positive pushes positive charge outward).</summary>
    /// <param name="ion">An ion in the membrane.</param>
    /// <param name="membranePotential">V, inside relative to outside.</param>
    /// <exception cref="InvalidInputException">The ion is not in the membrane.</exception>
    public Voltage DrivingForce(Ion ion, Voltage membranePotential) => membranePotential - Nernst(ion).Potential;

    /// <summary>Every ion's current and their total at a potential — GHK when any ion has a permeability, otherwise ohmic.</summary>
    /// <param name="membranePotential">V, inside relative to outside.</param>
    /// <exception cref="InvalidInputException">No ions, or neither permeabilities nor conductances.</exception>
    public MembraneCurrents CurrentsAt(Voltage membranePotential) => CurrentsAt(membranePotential, MembraneCurrents.DefaultLaw(this));

    /// <summary>Every ion's current and their total at a potential, by a chosen law.</summary>
    /// <param name="membranePotential">V, inside relative to outside.</param>
    /// <param name="law">Ohmic (conductances) or GHK (permeabilities).</param>
    /// <exception cref="InvalidInputException">No ions, or none with what the law needs.</exception>
    public MembraneCurrents CurrentsAt(Voltage membranePotential, CurrentLaw law) => MembraneCurrents.At(this, membranePotential, law);

    /// <summary>The membrane's total I–V curve (GHK when any ion has a permeability, otherwise ohmic) with its zero crossing.</summary>
    /// <param name="from">The first voltage.</param>
    /// <param name="to">The last voltage, above <paramref name="from"/>.</param>
    /// <param name="points">The number of voltages, at least 2.</param>
    /// <exception cref="InvalidInputException">No permeant ion, from ≥ to, or fewer than 2 points.</exception>
    public IVCurve IVCurve(Voltage from, Voltage to, int points = 201) => IVCurve(from, to, points, MembraneCurrents.DefaultLaw(this));

    /// <summary>The membrane's total I–V curve by a chosen law.</summary>
    /// <param name="from">The first voltage.</param>
    /// <param name="to">The last voltage, above <paramref name="from"/>.</param>
    /// <param name="points">The number of voltages, at least 2.</param>
    /// <param name="law">Ohmic (conductances) or GHK (permeabilities).</param>
    /// <exception cref="InvalidInputException">No ion with what the law needs, from ≥ to, or fewer than 2 points.</exception>
    public IVCurve IVCurve(Voltage from, Voltage to, int points, CurrentLaw law)
    {
        if (law == CurrentLaw.GoldmanHodgkinKatz)
        {
            return GoldmanHodgkinKatz.IVCurve(this, from, to, points);
        }

        MembraneCurrents.RequireConductances(this);
        var terms = IonList.Where(g => g.Conductance is { Siemens: > 0 })
            .Select(g => (Siemens: g.Conductance!.Value.Siemens, Volts: g.Nernst(Temperature).Potential.Volts, g.Ion))
            .ToArray();
        if (terms.Length == 0)
        {
            throw new InvalidInputException("membrane", "every conductance is 0 S", "at least one conductance above 0");
        }

        var totalSiemens = terms.Sum(t => t.Siemens);
        var weighted = terms.Sum(t => t.Siemens * t.Volts);
        double Current(double v) => totalSiemens * v - weighted;
        var curve = MembraneKit.IVCurve.Compute(
            $"ohmic current through {string.Join(", ", terms.Select(t => t.Ion.Symbol))}", [.. terms.Select(t => t.Ion)], Current,
            (first, step, output) =>
            {
                for (var i = 0; i < output.Length; i++)
                {
                    output[i] = Current(first + i * step);
                }
            },
            CurrentUnit.Amperes, from, to, points);
        return curve with { Membrane = this };
    }

    /// <summary>One ion's I–V curve: GHK when it has a permeability, otherwise ohmic; it crosses zero at the ion's
    /// Nernst potential, as any single permeant ion must.</summary>
    /// <param name="ion">An ion in the membrane with a permeability or conductance.</param>
    /// <param name="from">The first voltage.</param>
    /// <param name="to">The last voltage, above <paramref name="from"/>.</param>
    /// <param name="points">The number of voltages, at least 2.</param>
    /// <exception cref="InvalidInputException">The ion is missing, or has neither permeability nor conductance above 0.</exception>
    public IVCurve IVCurve(Ion ion, Voltage from, Voltage to, int points = 201)
    {
        var gradient = Gradient(ion);
        var alone = At(Temperature).With(ion, gradient.Inside, gradient.Outside);
        if (gradient.Permeability is { Value: > 0 } p)
        {
            return alone.WithPermeability(ion, p).IVCurve(from, to, points, CurrentLaw.GoldmanHodgkinKatz);
        }

        if (gradient.Conductance is { Siemens: > 0 } g)
        {
            return alone.WithConductance(ion, g).IVCurve(from, to, points, CurrentLaw.Ohmic);
        }

        throw new InvalidInputException(nameof(ion), ion.Symbol, "an ion with a permeability or conductance above 0",
            $"set one with .WithPermeability(Ion.{ion.Name}, 1.0) or .WithConductance(Ion.{ion.Name}, 10.Nanosiemens())");
    }

    /// <summary>The GHK potential over a range of permeability ratios P_varied / P_reference (for example E_rev against P_Na/P_K).</summary>
    /// <param name="varied">The ion whose permeability is varied.</param>
    /// <param name="reference">The ion the ratio is taken against; needs a permeability above 0.</param>
    /// <param name="ratios">The ratios, each finite and not negative.</param>
    /// <exception cref="InvalidInputException">An ion missing from the membrane, a reference without permeability, no ratios, or a negative or non-finite ratio.</exception>
    public PotentialSweep SweepPermeabilityRatio(Ion varied, Ion reference, IEnumerable<double> ratios) =>
        GoldmanHodgkinKatz.SweepPermeabilityRatio(this, varied, reference, ratios);

    /// <summary>The chord potential over a range of conductance ratios g_varied / g_reference (for example V_rest against g_Na/g_K).</summary>
    /// <param name="varied">The ion whose conductance is varied.</param>
    /// <param name="reference">The ion the ratio is taken against; needs a conductance above 0.</param>
    /// <param name="ratios">The ratios, each finite and not negative.</param>
    /// <exception cref="InvalidInputException">An ion missing from the membrane, a reference without conductance, no ratios, or a negative or non-finite ratio.</exception>
    public PotentialSweep SweepConductanceRatio(Ion varied, Ion reference, IEnumerable<double> ratios) =>
        ChordConductance.SweepConductanceRatio(this, varied, reference, ratios);

    /// <summary>A pathway selective for one of the membrane's ions, reversing at its Nernst potential, with a
    /// (possibly voltage-dependent) conductance — a term of <see cref="FindRestingPotentials"/>.</summary>
    /// <param name="ion">An ion in the membrane.</param>
    /// <param name="conductance">g(V), for example <c>VoltageDependentConductance.InwardRectifier(…)</c>.</param>
    public ConductancePathway Pathway(Ion ion, VoltageDependentConductance conductance) => ConductancePathway.For(Nernst(ion), conductance);

    /// <summary>Every self-consistent resting potential in a window, Σ g_i(V)(V − E_i) = 0, with its stability;
    /// empty when there is none. Without pathways, each ion's conductance is used as a constant leak.</summary>
    /// <param name="lower">The lower end of the window.</param>
    /// <param name="upper">The upper end, above <paramref name="lower"/>.</param>
    /// <param name="pathways">The pathways (from <see cref="Pathway"/>); none means the membrane's own conductances.</param>
    /// <exception cref="InvalidInputException">Lower ≥ upper, or no pathways and no conductances.</exception>
    public SelfConsistentRoots FindRestingPotentials(Voltage lower, Voltage upper, params ConductancePathway[] pathways) =>
        SelfConsistentRestingPotential.FindAll(pathways is { Length: > 0 } ? pathways : LeakPathways(), lower, upper);

    /// <summary>The one stable self-consistent resting potential in a window, without throwing when there is none or several.</summary>
    /// <param name="lower">The lower end of the window.</param>
    /// <param name="upper">The upper end, above <paramref name="lower"/>.</param>
    /// <param name="root">The stable root, or null.</param>
    /// <param name="pathways">The pathways; none means the membrane's own conductances.</param>
    /// <returns>True when exactly one stable root lies in the window.</returns>
    /// <exception cref="InvalidInputException"><paramref name="upper"/> not above <paramref name="lower"/>, or a pathway without an ion of this membrane.</exception>
    public bool TryFindRestingPotential(Voltage lower, Voltage upper, out RestingPotentialRoot? root, params ConductancePathway[] pathways) =>
        SelfConsistentRestingPotential.TryFind(pathways is { Length: > 0 } ? pathways : LeakPathways(), lower, upper, out root);

    /// <summary>The one stable self-consistent resting potential in a window.</summary>
    /// <param name="lower">The lower end of the window.</param>
    /// <param name="upper">The upper end, above <paramref name="lower"/>.</param>
    /// <param name="pathways">The pathways; none means the membrane's own conductances.</param>
    /// <exception cref="NoSolutionException">No stable root in the window, or several.</exception>
    public RestingPotentialRoot FindRestingPotential(Voltage lower, Voltage upper, params ConductancePathway[] pathways) =>
        SelfConsistentRestingPotential.Find(pathways is { Length: > 0 } ? pathways : LeakPathways(), lower, upper);

    private ConductancePathway[] LeakPathways()
    {
        MembraneCurrents.RequireConductances(this);
        return [.. IonList.Where(g => g.Conductance is not null).Select(g => Pathway(g.Ion, VoltageDependentConductance.Constant(g.Conductance!.Value)))];
    }

    /// <summary>Varies one ion's outside concentration and reports its Nernst potential and the resting
    /// potential at each value (for example E_K and V_rest against [K⁺]ₒ in hyperkalemia).</summary>
    /// <param name="ion">An ion of the membrane.</param>
    /// <param name="outsideMillimolar">Outside concentrations in mM, each above 0; at least one.</param>
    /// <exception cref="InvalidInputException">The ion is absent, the list is empty, or a concentration is not positive.</exception>
    public ConcentrationSweep SweepOutsideConcentration(Ion ion, IEnumerable<double> outsideMillimolar) =>
        ConcentrationSweep.Of(this, ion, outsideMillimolar);
}
