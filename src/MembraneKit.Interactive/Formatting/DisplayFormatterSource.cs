using Plotly.NET;

namespace MembraneKit.Interactive;

/// <summary>
/// The one list of displays: for every type of the physics library (and Plotly.NET's chart) the function
/// that writes its text/html and the one that writes its text/plain. Adding a type's display means adding
/// one line here.
/// </summary>
internal static class DisplayFormatterSource
{
    /// <summary>Each displayed type with its HTML and plain-text writers and the representations its HTML holds
    /// besides (a picture, equations), which become their own mime types.</summary>
    internal static IReadOnlyList<(Type Type, Func<object, string> Html, Func<object, string> Text, DisplayRepresentations Extra)> Displays { get; } =
    [
        Display<Membrane>(MembraneDisplay.Html, MembraneDisplay.Text, DisplayRepresentations.Picture | DisplayRepresentations.Equation),
        Display<IonGradient>(IonDisplay.Html, IonDisplay.Text),
        Display<Ion>(IonDisplay.Html, IonDisplay.Text),
        Display<EquilibriumPotential>(EquilibriumPotentialDisplay.Html, EquilibriumPotentialDisplay.Text, DisplayRepresentations.Equation),
        Display<IEnumerable<EquilibriumPotential>>(EquilibriumPotentialDisplay.Html, EquilibriumPotentialDisplay.Text, DisplayRepresentations.Equation),
        Display<ElectrochemicalGradient>(ElectrochemicalGradientDisplay.Html, ElectrochemicalGradientDisplay.Text, DisplayRepresentations.Equation),
        Display<MembraneDiagram>(DiagramDisplay.Html, DiagramDisplay.Text, DisplayRepresentations.Picture),
        Display<GoldmanPotential>(RestingDisplays.Html, Plain, DisplayRepresentations.Picture | DisplayRepresentations.Equation),
        Display<ChordPotential>(RestingDisplays.Html, Plain, DisplayRepresentations.Picture | DisplayRepresentations.Equation),
        Display<ChordWeight>(RestingDisplays.Html, Plain),
        Display<IonCurrent>(RestingDisplays.Html, Plain),
        Display<MembraneCurrents>(RestingDisplays.Html, Plain, DisplayRepresentations.Picture | DisplayRepresentations.Equation),
        Display<IVCurve>(RestingDisplays.Html, RestingDisplays.Text, DisplayRepresentations.Picture),
        Display<PotentialSweep>(RestingDisplays.Html, Plain, DisplayRepresentations.Picture),
        Display<ConcentrationSweep>(RestingDisplays.Html, Plain, DisplayRepresentations.Picture),
        Display<MixedChannel>(RestingDisplays.Html, Plain),
        Display<VoltageDependentConductance>(RestingDisplays.Html, Plain),
        Display<ConductancePathway>(RestingDisplays.Html, Plain),
        Display<RestingPotentialRoot>(RestingDisplays.Html, Plain),
        Display<SelfConsistentRoots>(RestingDisplays.Html, Plain, DisplayRepresentations.Picture | DisplayRepresentations.Equation),
        Display<SodiumPotassiumPump>(PumpDisplays.Html, Plain, DisplayRepresentations.Equation),
        Display<PumpDemand>(PumpDisplays.Html, Plain, DisplayRepresentations.Equation),
        Display<PumpCycleEnergetics>(PumpDisplays.Html, Plain, DisplayRepresentations.Equation),
        Display<PumpLeakSteadyState>(PumpDisplays.Html, Plain, DisplayRepresentations.Equation),
        Display<PumpLeakCell>(PumpDisplays.Html, Plain, DisplayRepresentations.Picture),
        Display<PumpLeakTrajectory>(PumpDisplays.Html, Plain, DisplayRepresentations.Picture),
        Display<BoltzmannGating>(ChannelDisplays.Html, Plain, DisplayRepresentations.Picture | DisplayRepresentations.Equation),
        Display<OpenProbabilityVariation>(ChannelDisplays.Html, Plain, DisplayRepresentations.Equation),
        Display<OpenProbabilityPoint>(ChannelDisplays.Html, ChannelDisplays.Text),
        Display<ChannelPopulation>(ChannelDisplays.Html, Plain, DisplayRepresentations.Equation),
        Display<ChannelCurrentStatistics>(ChannelDisplays.Html, Plain),
        Display<TwoStateKinetics>(ChannelDisplays.Html, Plain),
        Display<ChannelTrace>(ChannelDisplays.Html, Plain, DisplayRepresentations.Picture),
        Display<RelativeNoisePoint>(ChannelDisplays.Html, Plain),
        Display<SelectivityFilter>(ChannelDisplays.Html, Plain, DisplayRepresentations.Equation),
        Display<RedoxCouple>(ElectrochemistryDisplays.Html, Plain, DisplayRepresentations.Equation),
        Display<ElectrodeReaction>(ElectrochemistryDisplays.Html, Plain, DisplayRepresentations.Picture | DisplayRepresentations.Equation),
        Display<ElectrodeCurrent>(ElectrochemistryDisplays.Html, Plain, DisplayRepresentations.Equation),
        Display<ElectrodeCurrentSweep>(ElectrochemistryDisplays.Html, Plain, DisplayRepresentations.Picture),
        Display<MixedPotentialResult>(ElectrochemistryDisplays.Html, ElectrochemistryDisplays.Text, DisplayRepresentations.Picture | DisplayRepresentations.Equation),
        Display<EvansDiagram>(ElectrochemistryDisplays.Html, Plain, DisplayRepresentations.Picture),
        Display<EvansBranch>(ElectrochemistryDisplays.Html, Plain),
        Display<LiquidJunction>(JunctionDisplays.Html, Plain),
        Display<LiquidJunctionPotential>(JunctionDisplays.Html, Plain, DisplayRepresentations.Equation | DisplayRepresentations.Picture),
        Display<JunctionIon>(JunctionDisplays.Html, Plain),
        Display<JunctionIonContribution>(JunctionDisplays.Html, Plain),
        Display<JunctionProfile>(JunctionDisplays.Html, Plain, DisplayRepresentations.Picture),
        Display<JunctionPotentialComparison>(JunctionDisplays.Html, Plain, DisplayRepresentations.Picture),
        Display<PatchClampCorrection>(JunctionDisplays.Html, Plain),
        Display<Prediction>(TeachingDisplays.Html, Plain),
        Display<ChargeSeparation>(TeachingDisplays.Html, Plain),
        Display<ProgressiveChart>(c => c.ToHtml(), c => c.ToString(), DisplayRepresentations.Picture),
        Display<GenericChart>(c => ChartHtml.Render(ChartSource.From(c)), c => ChartSource.From(c).Description, DisplayRepresentations.Picture),
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

    private static (Type, Func<object, string>, Func<object, string>, DisplayRepresentations) Display<T>(
        Func<T, string> html, Func<T, string> text, DisplayRepresentations extra = DisplayRepresentations.None) =>
        (typeof(T), o => html((T)o), o => text((T)o), extra);

    /// <summary>The physics library's own text, which already reads with units and invariant culture.</summary>
    private static string Plain(object value) => value.ToString() ?? "";

    private static (Type, Func<object, string>, Func<object, string>, DisplayRepresentations) Quantity<T>()
        where T : IFormattable => (typeof(T), QuantityDisplay.Html, QuantityDisplay.Text, DisplayRepresentations.None);
}
