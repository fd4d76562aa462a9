using Plotly.NET;

namespace MembraneKit.Interactive;

/// <summary>
/// The one list of displays: for every type of the physics library (and Plotly.NET's chart) the function
/// that writes its text/html and the one that writes its text/plain. Adding a type's display means adding
/// one line here.
/// </summary>
internal static class DisplayFormatterSource
{
    /// <summary>Each displayed type with its HTML and plain-text writers.</summary>
    internal static IReadOnlyList<(Type Type, Func<object, string> Html, Func<object, string> Text)> Displays { get; } =
    [
        Display<Membrane>(MembraneDisplay.Html, MembraneDisplay.Text),
        Display<IonGradient>(IonDisplay.Html, IonDisplay.Text),
        Display<Ion>(IonDisplay.Html, IonDisplay.Text),
        Display<EquilibriumPotential>(EquilibriumPotentialDisplay.Html, EquilibriumPotentialDisplay.Text),
        Display<IEnumerable<EquilibriumPotential>>(EquilibriumPotentialDisplay.Html, EquilibriumPotentialDisplay.Text),
        Display<ElectrochemicalGradient>(ElectrochemicalGradientDisplay.Html, ElectrochemicalGradientDisplay.Text),
        Display<MembraneDiagram>(DiagramDisplay.Html, DiagramDisplay.Text),
        Display<GoldmanPotential>(RestingDisplays.Html, Plain),
        Display<ChordPotential>(RestingDisplays.Html, Plain),
        Display<ChordWeight>(RestingDisplays.Html, Plain),
        Display<IonCurrent>(RestingDisplays.Html, Plain),
        Display<MembraneCurrents>(RestingDisplays.Html, Plain),
        Display<IVCurve>(RestingDisplays.Html, RestingDisplays.Text),
        Display<PotentialSweep>(RestingDisplays.Html, Plain),
        Display<ConcentrationSweep>(RestingDisplays.Html, Plain),
        Display<MixedChannel>(RestingDisplays.Html, Plain),
        Display<VoltageDependentConductance>(RestingDisplays.Html, Plain),
        Display<ConductancePathway>(RestingDisplays.Html, Plain),
        Display<RestingPotentialRoot>(RestingDisplays.Html, Plain),
        Display<SelfConsistentRoots>(RestingDisplays.Html, Plain),
        Display<SodiumPotassiumPump>(PumpDisplays.Html, Plain),
        Display<PumpDemand>(PumpDisplays.Html, Plain),
        Display<PumpCycleEnergetics>(PumpDisplays.Html, Plain),
        Display<PumpLeakSteadyState>(PumpDisplays.Html, Plain),
        Display<PumpLeakCell>(PumpDisplays.Html, Plain),
        Display<PumpLeakTrajectory>(PumpDisplays.Html, Plain),
        Display<BoltzmannGating>(ChannelDisplays.Html, Plain),
        Display<OpenProbabilityVariation>(ChannelDisplays.Html, Plain),
        Display<OpenProbabilityPoint>(ChannelDisplays.Html, ChannelDisplays.Text),
        Display<ChannelPopulation>(ChannelDisplays.Html, Plain),
        Display<ChannelCurrentStatistics>(ChannelDisplays.Html, Plain),
        Display<TwoStateKinetics>(ChannelDisplays.Html, Plain),
        Display<ChannelTrace>(ChannelDisplays.Html, Plain),
        Display<RelativeNoisePoint>(ChannelDisplays.Html, Plain),
        Display<SelectivityFilter>(ChannelDisplays.Html, Plain),
        Display<RedoxCouple>(ElectrochemistryDisplays.Html, Plain),
        Display<ElectrodeReaction>(ElectrochemistryDisplays.Html, Plain),
        Display<ElectrodeCurrent>(ElectrochemistryDisplays.Html, Plain),
        Display<ElectrodeCurrentSweep>(ElectrochemistryDisplays.Html, Plain),
        Display<MixedPotentialResult>(ElectrochemistryDisplays.Html, ElectrochemistryDisplays.Text),
        Display<EvansDiagram>(ElectrochemistryDisplays.Html, Plain),
        Display<EvansBranch>(ElectrochemistryDisplays.Html, Plain),
        Display<LiquidJunction>(JunctionDisplays.Html, Plain),
        Display<LiquidJunctionPotential>(JunctionDisplays.Html, Plain),
        Display<JunctionIon>(JunctionDisplays.Html, Plain),
        Display<JunctionIonContribution>(JunctionDisplays.Html, Plain),
        Display<JunctionProfile>(JunctionDisplays.Html, Plain),
        Display<JunctionPotentialComparison>(JunctionDisplays.Html, Plain),
        Display<PatchClampCorrection>(JunctionDisplays.Html, Plain),
        Display<Prediction>(TeachingDisplays.Html, Plain),
        Display<ChargeSeparation>(TeachingDisplays.Html, Plain),
        Display<ProgressiveChart>(c => c.ToHtml(), c => c.ToString()),
        Display<GenericChart>(c => ChartHtml.Render(ChartSource.From(c)), c => ChartSource.From(c).Description),
        Quantity<Voltage>(),
        Quantity<Concentration>(),
        Quantity<Temperature>(),
        Quantity<Current>(),
        Quantity<Conductance>(),
        Quantity<Permeability>(),
        Quantity<MolarEnergy>(),
        Quantity<Area>(),
        Quantity<Volume>(),
        Quantity<CurrentDensity>(),
        Quantity<SpecificCapacitance>(),
    ];

    private static (Type, Func<object, string>, Func<object, string>) Display<T>(Func<T, string> html, Func<T, string> text) =>
        (typeof(T), o => html((T)o), o => text((T)o));

    /// <summary>The physics library's own text, which already reads with units and invariant culture.</summary>
    private static string Plain(object value) => value.ToString() ?? "";

    private static (Type, Func<object, string>, Func<object, string>) Quantity<T>()
        where T : IFormattable => (typeof(T), QuantityDisplay.Html, QuantityDisplay.Text);
}
