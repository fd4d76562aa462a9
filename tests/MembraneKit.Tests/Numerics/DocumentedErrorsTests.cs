namespace MembraneKit.Tests.Numerics;

/// <summary>
/// The errors the XML docs promise for members that take already-validated quantities: each documented case
/// raises <see cref="InvalidInputException"/> naming the parameter, never a NaN, an index error or a silent result.
/// </summary>
public class DocumentedErrorsTests
{
    private static readonly Membrane Cell = Membrane.At(Temperature.Body)
        .With(Ion.Potassium, 140, 4).WithPermeability(Ion.Potassium, 1).WithConductance(Ion.Potassium, 10.Nanosiemens())
        .With(Ion.Sodium, 15, 145).WithPermeability(Ion.Sodium, 0.04).WithConductance(Ion.Sodium, 0.5.Nanosiemens());

    private static readonly MixedChannel Channel = MixedChannel.Passing(Ion.Sodium).And(Ion.Potassium, 1.1);

    public static TheoryData<string> Cases() => [.. Table().Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_documented_bad_input_is_refused_with_the_parameter_named(string name)
    {
        var (refused, parameter, shown) = Table()[name];
        var error = Assert.Throws<InvalidInputException>(refused);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(shown, error.Message);
    }

    private static Dictionary<string, (Action Refused, string Parameter, string Shown)> Table() => new()
    {
        ["SweepPermeabilityRatio with a negative ratio"] = (() => Cell.SweepPermeabilityRatio(Ion.Sodium, Ion.Potassium, [0.01, -1]), "ratios", "-1"),
        ["SweepConductanceRatio with a NaN ratio"] = (() => Cell.SweepConductanceRatio(Ion.Sodium, Ion.Potassium, [double.NaN]), "ratios", "NaN"),
        ["SweepPermeabilityRatio of an ion not in the membrane"] = (() => Cell.SweepPermeabilityRatio(Ion.Chloride, Ion.Potassium, [1]), "ion", "Cl"),
        ["MixedChannel.CurrentsAt without the channel's ions"] = (() => Channel.CurrentsAt(Membrane.At(Temperature.Body).With(Ion.Potassium, 140, 4), Voltage.Zero), "ion", "Na"),
        ["MixedChannel.IVCurve with one point"] = (() => Channel.IVCurve(Cell, (-100).Millivolts(), 50.Millivolts(), 1), "points", "1"),
        ["TryFindRestingPotential with the window upside down"] = (() => Cell.TryFindRestingPotential(0.Millivolts(), (-100).Millivolts(), out _), "lower", "-100"),
    };
}
