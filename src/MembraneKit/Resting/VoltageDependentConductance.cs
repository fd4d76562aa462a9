namespace MembraneKit;

/// <summary>
/// A conductance that may depend on the membrane potential, g(V): constant (a pure leak), an inward
/// rectifier (Kir-like: large when hyperpolarised, shut off by depolarisation), a Boltzmann-activated
/// conductance (opens with depolarisation, like a persistent Na⁺ or a delayed-rectifier K⁺ conductance at
/// steady state), or any user-supplied function.
/// </summary>
/// <remarks>
/// Inward rectifier: g(V) = g_max / (1 + e^((V − V½)/k)). Boltzmann activation: g(V) = g_max / (1 + e^(−(V − V½)/k)).
/// k &gt; 0 is the slope factor (mV per e-fold). For Kir channels V½ sits some 10–20 mV positive to E_K and
/// moves with it (Hille 2001, ch. 5); give V½ accordingly. Steady-state (time-independent) conductances only:
/// the self-consistent resting potential is a steady state.
/// </remarks>
public sealed record VoltageDependentConductance
{
    private readonly Shape _shape;
    private readonly double _maximumSiemens;
    private readonly double _halfVolts;
    private readonly double _slopeVolts;
    private readonly Func<Voltage, Conductance>? _function;

    private VoltageDependentConductance(Shape shape, double maximumSiemens, double halfVolts, double slopeVolts, Func<Voltage, Conductance>? function, string description)
    {
        _shape = shape;
        _maximumSiemens = maximumSiemens;
        _halfVolts = halfVolts;
        _slopeVolts = slopeVolts;
        _function = function;
        Description = description;
    }

    private enum Shape
    {
        Constant,
        InwardRectifier,
        BoltzmannActivated,
        Function,
    }

    /// <summary>What the conductance is, in words with its parameters.</summary>
    public string Description { get; }

    /// <summary>A voltage-independent conductance (a leak).</summary>
    /// <param name="conductance">The conductance.</param>
    public static VoltageDependentConductance Constant(Conductance conductance) =>
        new(Shape.Constant, conductance.Siemens, 0, 1, null, $"constant {conductance}");

    /// <summary>An inward rectifier: g(V) = g_max / (1 + e^((V − V½)/k)), falling as the membrane depolarises.</summary>
    /// <param name="maximum">g_max, reached at strongly negative V.</param>
    /// <param name="halfPoint">V½, where g = g_max/2.</param>
    /// <param name="slope">k, the slope factor; above 0.</param>
    /// <exception cref="InvalidInputException">A slope that is not above 0.</exception>
    public static VoltageDependentConductance InwardRectifier(Conductance maximum, Voltage halfPoint, Voltage slope) =>
        new(Shape.InwardRectifier, maximum.Siemens, halfPoint.Volts, CheckSlope(slope), null,
            $"inward rectifier, g_max {maximum}, V½ {halfPoint}, k {slope}");

    /// <summary>A Boltzmann-activated conductance: g(V) = g_max / (1 + e^(−(V − V½)/k)), rising as the membrane depolarises.</summary>
    /// <param name="maximum">g_max, reached at strongly positive V.</param>
    /// <param name="halfActivation">V½, where g = g_max/2.</param>
    /// <param name="slope">k, the slope factor; above 0.</param>
    /// <exception cref="InvalidInputException">A slope that is not above 0.</exception>
    public static VoltageDependentConductance BoltzmannActivated(Conductance maximum, Voltage halfActivation, Voltage slope) =>
        new(Shape.BoltzmannActivated, maximum.Siemens, halfActivation.Volts, CheckSlope(slope), null,
            $"Boltzmann-activated, g_max {maximum}, V½ {halfActivation}, k {slope}");

    /// <summary>Any steady-state conductance given as a function of voltage.</summary>
    /// <param name="conductance">g(V); called many times by the solvers, so keep it cheap and free of side effects.</param>
    /// <param name="description">What it is, for displays.</param>
    public static VoltageDependentConductance From(Func<Voltage, Conductance> conductance, string description = "user-defined g(V)") =>
        new(Shape.Function, 0, 0, 1, Guard.NotNull(conductance), description ?? "user-defined g(V)");

    /// <summary>The conductance at a potential.</summary>
    /// <param name="membranePotential">V, inside relative to outside.</param>
    public Conductance At(Voltage membranePotential) => _function is null
        ? Conductance.FromSiemens(SiemensAt(membranePotential.Volts))
        : _function(membranePotential);

    /// <summary>Formats as its <see cref="Description"/>.</summary>
    public override string ToString() => Description;

    /// <summary>The conductance in siemens at a potential in volts (the solvers' inner loop).</summary>
    internal double SiemensAt(double volts) => _shape switch
    {
        Shape.Constant => _maximumSiemens,
        Shape.InwardRectifier => _maximumSiemens / (1 + Math.Exp((volts - _halfVolts) / _slopeVolts)),
        Shape.BoltzmannActivated => _maximumSiemens / (1 + Math.Exp(-(volts - _halfVolts) / _slopeVolts)),
        _ => _function!(Voltage.FromVoltsUnchecked(volts)).Siemens,
    };

    private static double CheckSlope(Voltage slope) => Guard.Positive(slope.Millivolts, "mV", nameof(slope)) / 1000;
}
