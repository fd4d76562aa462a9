using System.Collections;
using System.Reflection;

namespace MembraneKit.Tests.Numerics;

/// <summary>
/// Every public physics entry point at the edges of what it accepts (the smallest and largest concentration,
/// temperature, potential, valence and scale), and every number reachable from what it returns — public double,
/// quantity and list properties, walked by reflection — checked finite. An input it does not accept must be refused
/// with <see cref="InvalidInputException"/>, never answered with NaN or ±∞.
/// </summary>
public class EdgeSweepTests
{
    private const double Smallest = 1e-21, Largest = 20_000;

    private static readonly double[] EdgeMillimolar = [Smallest, 1e-4, 140, Largest];
    private static readonly Temperature[] EdgeTemperatures = [Temperature.FromKelvin(200), Temperature.FromKelvin(400)];
    private static readonly Voltage[] EdgeVoltages = [Voltage.FromVolts(-10), Voltage.FromVolts(-1e-300), Voltage.Zero, Voltage.FromVolts(1e-12), Voltage.FromVolts(10)];
    private static readonly int[] Valences = [-4, -3, -2, -1, 1, 2, 3, 4];

    public static TheoryData<string> EntryPoints() => [.. Cases().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Every_number_an_entry_point_returns_at_the_edges_of_its_domain_is_finite(string name)
    {
        var (_, run) = Cases().Single(c => c.Name == name);
        var checkedCount = 0;
        foreach (var result in run())
        {
            checkedCount += AssertFinite(result, name, 0);
        }

        Assert.True(checkedCount > 0, $"{name}: no number was checked");
    }

    private static IEnumerable<(string Name, Func<IEnumerable<object?>> Run)> Cases()
    {
        yield return ("Nernst.PotentialVolts", () =>
            from z in Valences
            from cin in EdgeMillimolar
            from cout in EdgeMillimolar
            from t in EdgeTemperatures
            select (object?)Nernst.PotentialVolts(z, cin, cout, t.Kelvin));
        yield return ("Nernst.Of", () =>
            from cin in EdgeMillimolar
            from cout in EdgeMillimolar
            from t in EdgeTemperatures
            select (object?)Nernst.Of(Ion.Define("X", "X", -4), Concentration.FromMillimolar(cin), Concentration.FromMillimolar(cout), t));
        yield return ("Nernst.AnionPotential", () =>
            from cin in EdgeMillimolar
            from cout in EdgeMillimolar
            select (object?)Nernst.AnionPotential(4, Concentration.FromMillimolar(cin), Concentration.FromMillimolar(cout), Temperature.FromKelvin(400)));
        yield return ("GoldmanHodgkinKatz.Potential", () =>
            from z in Valences
            from cin in EdgeMillimolar
            from cout in EdgeMillimolar
            from scale in new[] { 1e-300, 1.0, 1e300 }
            select (object?)GoldmanHodgkinKatz.Potential(Membrane.At(Temperature.FromKelvin(400))
                .With(Ion.Define("X", "X", z), cin, cout).WithPermeability(Ion.Define("X", "X", z), Permeability.Relative(scale))
                .With(Ion.Define("Y", "Y", -z), cout, cin).WithPermeability(Ion.Define("Y", "Y", -z), Permeability.Relative(scale / 3))));
        yield return ("GoldmanHodgkinKatz.CurrentOf", () =>
            from z in Valences
            from cin in EdgeMillimolar
            from cout in EdgeMillimolar
            from v in EdgeVoltages
            from t in EdgeTemperatures
            select (object?)GoldmanHodgkinKatz.CurrentOf(new IonGradient(Ion.Define("X", "X", z), Concentration.FromMillimolar(cin), Concentration.FromMillimolar(cout))
            { Permeability = Permeability.FromCentimetersPerSecond(1) }, v, t));
        yield return ("Membrane.IVCurve and CurrentsAt", () =>
            from z in Valences
            from cin in EdgeMillimolar
            from cout in EdgeMillimolar
            let membrane = Membrane.At(Temperature.FromKelvin(200)).With(Ion.Define("X", "X", z), cin, cout).WithPermeability(Ion.Define("X", "X", z), Permeability.FromCentimetersPerSecond(1))
            from result in new object?[] { membrane.IVCurve(Voltage.FromVolts(-10), Voltage.FromVolts(10), 41), membrane.CurrentsAt(Voltage.FromVolts(-10)), membrane.CurrentsAt(Voltage.FromVolts(10)) }
            select result);
        yield return ("Membrane.ChordPotential", () =>
            from cin in EdgeMillimolar
            from cout in EdgeMillimolar
            from g in new[] { 1e-300, 1.0, 1e6 }
            select (object?)Membrane.At(Temperature.FromKelvin(400))
                .With(Ion.Potassium, cin, cout).WithConductance(Ion.Potassium, Conductance.FromSiemens(g))
                .With(Ion.Sodium, cout, cin).WithConductance(Ion.Sodium, Conductance.FromSiemens(g / 7)).ChordPotential());
        yield return ("BoltzmannGating", () =>
            from z in new[] { -100.0, -1e-6, 0, 1e-6, 4, 100 }
            from v in EdgeVoltages
            from half in EdgeVoltages
            let gating = BoltzmannGating.Create(z, half, Temperature.FromKelvin(200))
            from result in new object?[] { gating, gating.OpenProbability(v), gating.SlopePerMillivolt(v), gating.VariationAcross(Voltage.FromVolts(-10), Voltage.FromVolts(10)) }
            select result);
        yield return ("TwoStateKinetics", () =>
            from alpha in new[] { 0, 1e-300, 1, 1e300 }
            from beta in new[] { 1e-300, 1, 1e300 }
            from dt in new[] { 1e-300, 1e-3, 1e300 }
            let kinetics = TwoStateKinetics.Create(alpha, beta)
            from result in new object?[] { kinetics, kinetics.OpeningProbabilityOver(dt), kinetics.ClosingProbabilityOver(dt) }
            select result);
        yield return ("TwoStateKinetics.FromOpenProbability", () =>
            from p in new[] { 0, 1e-300, 0.5, 1 }
            from tau in new[] { 1e-300, 1, 1e300 }
            select (object?)TwoStateKinetics.FromOpenProbability(p, tau));
        yield return ("ChannelPopulation", () =>
            from n in new[] { 1, int.MaxValue }
            from p in new[] { 0, double.Epsilon, 0.5, 1 }
            from gamma in new[] { 0, 1e-12, 1e6 }
            from v in EdgeVoltages
            let population = ChannelPopulation.Create(n, p, Conductance.FromSiemens(gamma))
            from result in new object?[] { population, population.CurrentAt(v, Voltage.FromVolts(-v.Volts)) }
            select result);
        yield return ("Selectivity", () =>
            from ratio in new[] { 1e-300, 1, 1e300 }
            from t in EdgeTemperatures
            let energy = Selectivity.BarrierDifference(ratio, t)
            select (object?)(energy, Selectivity.PermeabilityRatio(energy, t)));
        yield return ("LiquidJunction", () =>
            from left in EdgeMillimolar
            from right in EdgeMillimolar
            from t in EdgeTemperatures
            let junction = LiquidJunction.Electrolyte(Ion.Hydrogen, Ion.Chloride, Concentration.FromMillimolar(left), Concentration.FromMillimolar(right), t)
            from result in new object?[] { junction.Henderson(), junction.Planck(), LiquidJunction.Planck(Ion.Potassium, Ion.Chloride, Concentration.FromMillimolar(left), Concentration.FromMillimolar(right), t) }
            select result);
        yield return ("PumpLeakSteadyState", () =>
            from cin in EdgeMillimolar
            from cout in EdgeMillimolar
            from r in new[] { 1e-300, 1.5, 1e300 }
            select (object?)Membrane.At(Temperature.FromKelvin(310))
                .With(Ion.Potassium, cin, cout).WithPermeability(Ion.Potassium, Permeability.Relative(1))
                .With(Ion.Sodium, cout, cin).WithPermeability(Ion.Sodium, Permeability.Relative(0.04)).PumpLeakPotential(r));
        yield return ("ElectrochemicalGradient", () =>
            from z in Valences
            from cin in EdgeMillimolar
            from cout in EdgeMillimolar
            from v in EdgeVoltages
            select (object?)ElectrochemicalGradient.Across(new IonGradient(Ion.Define("X", "X", z), Concentration.FromMillimolar(cin), Concentration.FromMillimolar(cout)), v, Temperature.FromKelvin(400)));
        yield return ("Quantities at their edges", () => new object?[]
        {
            Concentration.FromMolar(1e-24), Concentration.FromMolar(20), Concentration.FromMicromolar(1e-18),
            Temperature.FromCelsius(-73.15), Temperature.FromCelsius(126.85), Voltage.FromMillivolts(-10_000), Voltage.FromMillivolts(10_000),
            Temperature.FromKelvin(200).ThermalVoltage, Temperature.FromKelvin(400).ThermalVoltage,
            Area.FromSquareMeters(1e-24), Area.FromSquareMeters(1e6), Area.OfSphere(1e7), Volume.FromCubicMeters(1e-27), Volume.FromCubicMeters(1e6), Volume.OfSphere(1e7),
            Conductance.FromSiemens(1e6), 1e6 * Conductance.FromSiemens(1e6),
        });
    }

    /// <summary>Asserts every number reachable from <paramref name="value"/> is finite; returns how many were checked.</summary>
    private static int AssertFinite(object? value, string path, int depth)
    {
        switch (value)
        {
            case null or string or Ion or Membrane or Type or Delegate or Enum or bool or int or long:
                return 0;
            case double d:
                Assert.True(double.IsFinite(d), $"{path} = {d}");
                return 1;
            case IEnumerable items when depth < 4:
                var count = 0;
                var index = 0;
                foreach (var item in items)
                {
                    count += AssertFinite(item, $"{path}[{index++}]", depth + 1);
                    if (index >= 64)
                    {
                        break;
                    }
                }

                return count;
        }

        var type = value.GetType();
        if (depth >= 4 || (type.Namespace != "MembraneKit" && !type.IsGenericType))
        {
            return 0;
        }

        var total = 0;
        if (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            foreach (var field in type.GetFields())
            {
                total += AssertFinite(field.GetValue(value), $"{path}.{field.Name}", depth + 1);
            }

            return total;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException)
            {
                continue; // e.g. the absolute value of a relative permeability: refused by design
            }

            total += AssertFinite(propertyValue, $"{path}.{property.Name}", depth + 1);
        }

        return total;
    }
}
