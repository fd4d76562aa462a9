namespace MembraneKit.Interactive.Tests;

/// <summary>One representative object of every displayed type, built through the physics library the way a
/// notebook cell would, so that each display is rendered, parsed and opened in a browser.</summary>
internal static class AllSamples
{
    private static readonly Lazy<IReadOnlyList<(string Name, object Value)>> _all = new(Build);

    internal static IReadOnlyList<(string Name, object Value)> All => _all.Value;

    /// <summary>The cell with relative permeabilities (P_Na/P_K = 0.04) and the standard pump.</summary>
    internal static Membrane PermeableCell { get; } = Samples.Cell
        .WithPermeability(Ion.Potassium, 1).WithPermeability(Ion.Sodium, 0.04).WithPermeability(Ion.Chloride, 0.45).WithPump();

    /// <summary>The cell with absolute permeabilities, for the pump–leak dynamics.</summary>
    internal static Membrane LeakyCell { get; } = Samples.Cell
        .WithPermeability(Ion.Potassium, Permeability.FromCentimetersPerSecond(3e-7))
        .WithPermeability(Ion.Sodium, Permeability.FromCentimetersPerSecond(6e-9))
        .WithPermeability(Ion.Chloride, Permeability.FromCentimetersPerSecond(1e-7));

    private static IReadOnlyList<(string, object)> Build()
    {
        var pump = SodiumPotassiumPump.Standard;
        var leakCell = PumpLeakCell.AtSteadyState(LeakyCell, Volume.OfSphere(10), Area.OfSphere(10));
        var gating = BoltzmannGating.Create(4, (-40).Millivolts(), 37.Celsius());
        var population = ChannelPopulation.Create(1000, 0.3, 10.Picosiemens());
        var kinetics = TwoStateKinetics.Create(100, 300);
        var ferric = RedoxCouple.FerricFerrous.OnElectrode(CurrentDensity.FromMilliamperesPerSquareCentimetre(1));
        var stannous = RedoxCouple.StannicStannous.OnElectrode(CurrentDensity.FromMicroamperesPerSquareCentimetre(10));
        var mixed = MixedPotential.Solve(ferric, stannous);
        var evans = mixed.EvansDiagram(101);
        var junction = LiquidJunction.Electrolyte(Ion.Hydrogen, Ion.Chloride, 100.Millimolar(), 10.Millimolar(), 25.Celsius());
        var henderson = junction.Henderson();
        var conductanceCell = Samples.Cell.WithConductance(Ion.Potassium, 10.Nanosiemens()).WithConductance(Ion.Sodium, 0.5.Nanosiemens()).WithConductance(Ion.Chloride, 2.Nanosiemens());
        var chord = conductanceCell.ChordPotential();
        var currents = PermeableCell.CurrentsAt(PermeableCell.RestingPotential());
        var rectifier = VoltageDependentConductance.InwardRectifier(20.Nanosiemens(), (-80).Millivolts(), 10.Millivolts());
        var kir = conductanceCell.Pathway(Ion.Potassium, rectifier);
        var roots = conductanceCell.FindRestingPotentials((-120).Millivolts(), 40.Millivolts(), kir,
            conductanceCell.Pathway(Ion.Sodium, VoltageDependentConductance.Constant(1.Nanosiemens())));
        return
        [
            ("Membrane", Samples.Cell),
            ("Membrane with permeabilities and a pump", PermeableCell),
            ("IonGradient", Samples.Cell.Gradient(Ion.Sodium)),
            ("Ion", Ion.Calcium),
            ("EquilibriumPotential", Samples.Cell.Nernst(Ion.Potassium)),
            ("ElectrochemicalGradient", Samples.Cell.ElectrochemicalGradient(Ion.Sodium, Samples.Rest)),
            ("MembraneDiagram", PermeableCell.Diagram(Samples.Rest)),
            ("GoldmanPotential", PermeableCell.GoldmanPotential()),
            ("ChordPotential", chord),
            ("ChordWeight", chord.Weights[0]),
            ("IonCurrent", currents[Ion.Potassium]),
            ("MembraneCurrents", currents),
            ("IVCurve", PermeableCell.IVCurve((-120).Millivolts(), 60.Millivolts(), 101)),
            ("IVCurve of one ion", PermeableCell.IVCurve(Ion.Sodium, (-120).Millivolts(), 80.Millivolts(), 101)),
            ("PotentialSweep", PermeableCell.SweepPermeabilityRatio(Ion.Sodium, Ion.Potassium, [0.001, 0.01, 0.03, 0.1, 0.3, 1, 3, 10])),
            ("ConcentrationSweep", PermeableCell.SweepOutsideConcentration(Ion.Potassium, [2, 4, 6, 8, 10, 12])),
            ("MixedChannel", MixedChannel.Passing(Ion.Sodium).And(Ion.Potassium, 1)),
            ("VoltageDependentConductance", rectifier),
            ("ConductancePathway", kir),
            ("RestingPotentialRoot", roots.Roots[0]),
            ("SelfConsistentRoots", roots),
            ("SodiumPotassiumPump", pump),
            ("PumpDemand", pump.DemandFor(3.0.Picoamperes())),
            ("PumpCycleEnergetics", pump.CycleEnergetics(Samples.Cell, Samples.Rest)),
            ("PumpLeakSteadyState", PermeableCell.PumpLeakPotential()),
            ("PumpLeakCell", leakCell),
            ("PumpLeakTrajectory", leakCell.WithPumpBlocked().Simulate(TimeSpan.FromMinutes(30), 31)),
            ("BoltzmannGating", gating),
            ("OpenProbabilityVariation", gating.VariationAcross((-90).Millivolts(), (-40).Millivolts())),
            ("OpenProbabilityPoint", gating.OpenProbabilityCurve((-60).Millivolts(), (-20).Millivolts(), 3)[1]),
            ("ChannelPopulation", population),
            ("ChannelCurrentStatistics", population.CurrentAt((-40).Millivolts(), (-95).Millivolts())),
            ("TwoStateKinetics", kinetics),
            ("ChannelTrace", ChannelNoise.Simulate(kinetics, 100, 1e-4, 1000, seed: 7)),
            ("RelativeNoisePoint", ChannelNoise.RelativeNoiseVersusCount(kinetics, [10, 100], 1e-4, 500, 7)[0]),
            ("SelectivityFilter", SelectivityFilter.K2P),
            ("RedoxCouple", RedoxCouple.FerricFerrous),
            ("ElectrodeReaction", ferric),
            ("ElectrodeCurrent", ferric.CurrentAt(Voltage.FromVolts(0.8))),
            ("ElectrodeCurrentSweep", ferric.Sweep(101)),
            ("MixedPotentialResult", mixed),
            ("EvansDiagram", evans),
            ("EvansBranch", evans.Branches[0]),
            ("LiquidJunction", junction),
            ("LiquidJunctionPotential", henderson),
            ("JunctionIon", junction.Ions[0]),
            ("JunctionIonContribution", henderson.Contributions[0]),
            ("Prediction", Prediction.Reveal("Does raising [K⁺]ₒ depolarise the cell?", "Yes: V_rest goes from -69.1 mV to -62.6 mV.", "E_K moves up and V_rest follows it.")),
            ("ChargeSeparation", ChargeSeparation.Of((-95).Millivolts(), Ion.Potassium, 140.Millimolar(), 10)),
            ("Voltage", (-70).Millivolts()),
            ("Concentration", 140.Millimolar()),
            ("Temperature", 37.Celsius()),
            ("Current", 3.0.Picoamperes()),
            ("Conductance", 10.Nanosiemens()),
            ("Permeability", Permeability.FromCentimetersPerSecond(3e-7)),
            ("MolarEnergy", MolarEnergy.FromKilojoulesPerMole(-55)),
            ("Area", Area.OfSphere(10)),
            ("Volume", Volume.OfSphere(10)),
            ("CurrentDensity", CurrentDensity.FromMilliamperesPerSquareCentimetre(1)),
            ("SpecificCapacitance", SpecificCapacitance.Biological),
        ];
    }
}
