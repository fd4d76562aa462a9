namespace MembraneKit.Tests.Numerics;

/// <summary>
/// Each public entry point just outside what it accepts (the nearest refused value past each documented end) gets
/// <see cref="InvalidInputException"/> naming the parameter and the allowed range, and the end itself is accepted.
/// </summary>
public class JustOutsideTheDomainTests
{
    public static TheoryData<string> Cases() => [.. Table().Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Just_outside_the_accepted_domain_the_error_names_the_parameter_and_the_range(string name)
    {
        var (refused, accepted, parameter, range) = Table()[name];
        var error = Assert.Throws<InvalidInputException>(refused);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(range, error.Message);
        accepted();
    }

    private static Dictionary<string, (Action Refused, Action Accepted, string Parameter, string Range)> Table()
    {
        var up = (double x) => Math.BitIncrement(x);
        var down = (double x) => Math.BitDecrement(x);
        var gradient = new IonGradient(Ion.Potassium, 140.Millimolar(), 4.Millimolar()) { Permeability = Permeability.FromCentimetersPerSecond(1e-6) };
        return new()
        {
            ["Voltage.FromMillivolts above 10 000 mV"] = (() => Voltage.FromMillivolts(up(10_000)), () => Voltage.FromMillivolts(10_000), "millivolts", "from −10000 mV to 10000 mV"),
            ["Voltage.FromMillivolts below −10 000 mV"] = (() => Voltage.FromMillivolts(down(-10_000)), () => Voltage.FromMillivolts(-10_000), "millivolts", "from −10000 mV to 10000 mV"),
            ["Voltage.FromVolts above 10 V"] = (() => Voltage.FromVolts(up(10)), () => Voltage.FromVolts(10), "volts", "from −10 V to 10 V"),
            ["Voltage.FromVolts below −10 V"] = (() => Voltage.FromVolts(down(-10)), () => Voltage.FromVolts(-10), "volts", "from −10 V to 10 V"),
            ["Temperature.FromKelvin below 200 K"] = (() => Temperature.FromKelvin(down(200)), () => Temperature.FromKelvin(200), "kelvin", "from 200 K to 400 K"),
            ["Temperature.FromKelvin above 400 K"] = (() => Temperature.FromKelvin(up(400)), () => Temperature.FromKelvin(400), "kelvin", "from 200 K to 400 K"),
            ["Temperature.FromCelsius below −73.15 °C"] = (() => Temperature.FromCelsius(-73.150000001), () => Temperature.FromCelsius(-73.15), "celsius", "from −73.15 °C to 126.85 °C"),
            ["Temperature.FromCelsius above 126.85 °C"] = (() => Temperature.FromCelsius(126.850000001), () => Temperature.FromCelsius(126.85), "celsius", "from −73.15 °C to 126.85 °C"),
            ["Concentration.FromMillimolar below 1e-21 mM"] = (() => Concentration.FromMillimolar(down(1e-21)), () => Concentration.FromMillimolar(1e-21), "millimolar", "at least 1E-24 M"),
            ["Concentration.FromMillimolar above 20 000 mM"] = (() => Concentration.FromMillimolar(up(20_000)), () => Concentration.FromMillimolar(20_000), "millimolar", "at most 20 M"),
            ["Concentration.FromMolar above 20 M"] = (() => Concentration.FromMolar(up(20)), () => Concentration.FromMolar(20), "molar", "at most 20 M"),
            ["Ion.Define valence +5"] = (() => Ion.Define("X", "X", 5), () => Ion.Define("X", "X", 4), "charge", "from −4 to +4 other than 0"),
            ["Ion.Define valence −5"] = (() => Ion.Define("X", "X", -5), () => Ion.Define("X", "X", -4), "charge", "from −4 to +4 other than 0"),
            ["Ion.Define valence 0"] = (() => Ion.Define("X", "X", 0), () => Ion.Define("X", "X", 1), "charge", "from −4 to +4 other than 0"),
            ["Ion.Define conductivity 0"] = (() => Ion.Define("X", "X", 1, 0), () => Ion.Define("X", "X", 1, double.Epsilon), "limitingEquivalentConductivity", "above 0"),
            ["Nernst.PotentialVolts at 400 K and a bit"] = (() => Nernst.PotentialVolts(1, 140, 4, up(400)), () => Nernst.PotentialVolts(1, 140, 4, 400), "kelvin", "from 200 K to 400 K"),
            ["Nernst.PotentialVolts valence 0"] = (() => Nernst.PotentialVolts(0, 140, 4, 310), () => Nernst.PotentialVolts(-1, 140, 4, 310), "charge", "a valence other than 0"),
            ["Conductance.FromSiemens above 10⁶ S"] = (() => Conductance.FromSiemens(up(1e6)), () => Conductance.FromSiemens(1e6), "siemens", "from 0 S to 1E+06 S"),
            ["Conductance.FromPicosiemens above 10⁶ S"] = (() => Conductance.FromPicosiemens(up(1e18)), () => Conductance.FromPicosiemens(1e18), "picosiemens", "from 0 S to 1E+06 S"),
            ["Conductance.FromSiemens below 0"] = (() => Conductance.FromSiemens(-double.Epsilon), () => Conductance.FromSiemens(0), "siemens", "from 0 S to 1E+06 S"),
            ["BoltzmannGating gating charge above 100 e"] = (() => BoltzmannGating.Create(up(100), Voltage.Zero, Temperature.Body), () => BoltzmannGating.Create(100, Voltage.Zero, Temperature.Body), "gatingCharge", "from 1E-06 e to 100 e"),
            ["BoltzmannGating gating charge below 1e-6 e"] = (() => BoltzmannGating.Create(down(1e-6), Voltage.Zero, Temperature.Body), () => BoltzmannGating.Create(1e-6, Voltage.Zero, Temperature.Body), "gatingCharge", "from 1E-06 e to 100 e"),
            ["TwoStateKinetics rate above 1e300"] = (() => TwoStateKinetics.Create(up(1e300), 1), () => TwoStateKinetics.Create(1e300, 1e300), "openingRatePerSecond", "from 0 s⁻¹ to 1E+300 s⁻¹"),
            ["TwoStateKinetics rates adding to below 1e-300"] = (() => TwoStateKinetics.Create(0, down(1e-300)), () => TwoStateKinetics.Create(0, 1e-300), "closingRatePerSecond", "at least 1E-300 s⁻¹"),
            ["TwoStateKinetics relaxation time above 1e300 s"] = (() => TwoStateKinetics.FromOpenProbability(0.5, up(1e300)), () => TwoStateKinetics.FromOpenProbability(0.5, 1e300), "relaxationTimeSeconds", "to 1E+300 s"),
            ["TwoStateKinetics open probability above 1"] = (() => TwoStateKinetics.FromOpenProbability(up(1), 1), () => TwoStateKinetics.FromOpenProbability(1, 1), "openProbability", "from 0 to 1"),
            ["TwoStateKinetics time step 0"] = (() => TwoStateKinetics.Create(1, 1).OpeningProbabilityOver(0), () => TwoStateKinetics.Create(1, 1).OpeningProbabilityOver(double.Epsilon), "timeStepSeconds", "above 0 s"),
            ["ChannelPopulation open probability below 0"] = (() => ChannelPopulation.Create(1, down(0), 1.Picosiemens()), () => ChannelPopulation.Create(1, 0, 1.Picosiemens()), "openProbability", "from 0 to 1"),
            ["GoldmanHodgkinKatz.IVCurve one point"] = (() => GoldmanHodgkinKatz.IVCurve(Membrane.At(Temperature.Body).With(Ion.Potassium, 140, 4).WithPermeability(Ion.Potassium, 1), Voltage.Zero, 1.Millivolts(), 1),
                () => GoldmanHodgkinKatz.IVCurve(Membrane.At(Temperature.Body).With(Ion.Potassium, 140, 4).WithPermeability(Ion.Potassium, 1), Voltage.Zero, 1.Millivolts(), 2), "points", "at least 2 points"),
            ["GoldmanHodgkinKatz.CurrentOf a permeability beyond the double range"] = (
                () => GoldmanHodgkinKatz.CurrentOf(gradient with { Permeability = Permeability.FromMetersPerSecond(1e305) }, Voltage.FromVolts(10), Temperature.Body),
                () => GoldmanHodgkinKatz.CurrentOf(gradient with { Permeability = Permeability.FromMetersPerSecond(1e290) }, Voltage.FromVolts(10), Temperature.Body), "gradient", "a permeability small enough"),
            ["Current.FromAmperes beyond 10²⁹² A"] = (() => Current.FromAmperes(up(1e292)), () => Current.FromAmperes(1e292), "amperes", "a finite current of magnitude at most 1E+292 A"),
            ["Current.FromAmperes below −10²⁹² A"] = (() => Current.FromAmperes(down(-1e292)), () => Current.FromAmperes(-1e292), "amperes", "a finite current of magnitude at most 1E+292 A"),
            ["Current.FromPicoamperes 10³⁰⁰ pA (the defect's 10²⁸⁸ A is fine, 10³⁰⁰ A in pA is not)"] = (() => Current.FromAmperes(1e300), () => Current.FromPicoamperes(1e300), "amperes", "at most 1E+292 A"),
            ["Current scaled past 10²⁹² A"] = (() => _ = 1e10 * Current.FromAmperes(1e290), () => _ = 100 * Current.FromAmperes(1e290), "factor", "at most 1E+292 A"),
            ["Current sum past 10²⁹² A"] = (() => _ = Current.FromAmperes(1e292) + Current.FromAmperes(1e292), () => _ = Current.FromAmperes(1e292) + Current.FromAmperes(-1e292), "left + right", "at most 1E+292 A"),
            ["Current ratio to zero current"] = (() => _ = Current.FromPicoamperes(3) / Current.Zero, () => _ = Current.FromPicoamperes(3) / Current.FromPicoamperes(1), "right", "a nonzero value"),
            ["Current ratio to a vanishing current"] = (() => _ = Current.FromAmperes(1e292) / Current.FromAmperes(1e-300), () => _ = Current.FromAmperes(1e-10) / Current.FromAmperes(1e-300), "right", "the ratio is a finite number"),
            ["CurrentDensity.FromAmperesPerSquareMetre beyond 10²⁹² A/m²"] = (() => CurrentDensity.FromAmperesPerSquareMetre(up(1e292)), () => CurrentDensity.FromAmperesPerSquareMetre(1e292), "amperesPerSquareMetre", "a finite current density of magnitude at most 1E+292 A/m²"),
            ["CurrentDensity.FromMilliamperesPerSquareCentimetre 10³⁰⁸ mA/cm²"] = (() => CurrentDensity.FromMilliamperesPerSquareCentimetre(1e308), () => CurrentDensity.FromMilliamperesPerSquareCentimetre(1e290), "milliamperesPerSquareCentimetre", "at most 1E+292 A/m²"),
            ["CurrentDensity ratio to zero"] = (() => _ = CurrentDensity.FromAmperesPerSquareMetre(1) / CurrentDensity.Zero, () => _ = CurrentDensity.FromAmperesPerSquareMetre(1) / CurrentDensity.FromAmperesPerSquareMetre(2), "right", "a nonzero value"),
            ["MolarEnergy.FromKilojoulesPerMole 10³⁰⁸ kJ/mol (∞ J/mol before)"] = (() => MolarEnergy.FromKilojoulesPerMole(1e308), () => MolarEnergy.FromKilojoulesPerMole(1e297), "kilojoulesPerMole", "a finite energy of magnitude at most 1E+300 J/mol"),
            ["MolarEnergy sum past 10³⁰⁰ J/mol"] = (() => _ = MolarEnergy.FromJoulesPerMole(1e300) + MolarEnergy.FromJoulesPerMole(1e300), () => _ = MolarEnergy.FromJoulesPerMole(1e300) - MolarEnergy.FromJoulesPerMole(1e300), "left + right", "at most 1E+300 J/mol"),
            ["Voltage scaled past 10²⁹⁰ V (∞ mV before)"] = (() => _ = 1e308 * Voltage.FromVolts(10), () => _ = 1e289 * Voltage.FromVolts(10), "factor", "within ±1E+290 V"),
            ["Voltage ratio to zero"] = (() => _ = Voltage.FromMillivolts(-70) / Voltage.Zero, () => _ = Voltage.FromMillivolts(-70) / Voltage.FromMillivolts(-35), "right", "a nonzero value"),
            ["Conductance ratio to zero"] = (() => _ = Conductance.FromNanosiemens(1) / Conductance.Zero, () => _ = Conductance.FromNanosiemens(1) / Conductance.FromNanosiemens(2), "right", "a nonzero value"),
            ["Permeability ratio to zero"] = (() => _ = Permeability.Relative(1) / Permeability.Relative(0), () => _ = Permeability.Relative(1) / Permeability.Relative(0.04), "right", "a nonzero value"),
            ["Area.OfSphere beyond 10⁶ m²"] = (() => Area.OfSphere(1e160), () => Area.OfSphere(1e7), "radiusMicrometers", "an area from 1E-24 m² to 1E+06 m²"),
            ["Area.FromSquareMicrometers below 10⁻²⁴ m²"] = (() => Area.FromSquareMicrometers(5e-324), () => Area.FromSquareMicrometers(2e-12), "squareMicrometers", "an area from 1E-24 m² to 1E+06 m²"),
            ["Volume.OfSphere beyond 10⁶ m³"] = (() => Volume.OfSphere(1e110), () => Volume.OfSphere(1e7), "radiusMicrometers", "a volume from 1E-27 m³ to 1E+06 m³"),
            ["Volume.FromPicoliters below 10⁻²⁷ m³"] = (() => Volume.FromPicoliters(0.5e-12), () => Volume.FromPicoliters(2e-12), "picoliters", "a volume from 1E-27 m³ to 1E+06 m³"),
            ["Selectivity ratio of a barrier beyond 700 RT"] = (() => Selectivity.PermeabilityRatio(MolarEnergy.FromThermalUnits(700.000001, Temperature.Body), Temperature.Body),
                () => Selectivity.PermeabilityRatio(MolarEnergy.FromThermalUnits(699.999999, Temperature.Body), Temperature.Body), "barrierDifference", "within ±700 RT"),
        };
    }
}
