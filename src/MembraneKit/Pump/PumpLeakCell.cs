using System.Globalization;

namespace MembraneKit;

/// <summary>
/// A cell whose ions leak through its membrane (GHK currents) while a Na⁺/K⁺-ATPase pumps them back: the
/// pump–leak model over time. Immutable; made with <see cref="AtSteadyState"/> (pump capacity chosen so the
/// given gradients hold) or <see cref="Create"/>, changed with <c>With…</c>, run with <see cref="Simulate(TimeSpan, int)"/>.
/// </summary>
/// <example>
/// <code>
/// var membrane = Membrane.At(37.Celsius())
///     .With(Ion.Potassium, inside: 140, outside: 4).WithPermeability(Ion.Potassium, Permeability.FromCentimetersPerSecond(3e-7))
///     .With(Ion.Sodium, inside: 15, outside: 145).WithPermeability(Ion.Sodium, Permeability.FromCentimetersPerSecond(6e-9))
///     .With(Ion.Chloride, inside: 10, outside: 110).WithPermeability(Ion.Chloride, Permeability.FromCentimetersPerSecond(1e-7));
/// var cell = PumpLeakCell.AtSteadyState(membrane, Volume.OfSphere(10), Area.OfSphere(10));
/// var rundown = cell.WithPumpBlocked().Simulate(TimeSpan.FromHours(3));   // gradients run down
/// </code>
/// </example>
/// <remarks>
/// <para>Each ion with an absolute permeability leaks with the GHK current
/// (<see cref="GoldmanHodgkinKatz"/>); ions without a permeability stay put. The pump turns at
/// J = J_max · (c_Na,in/(c_Na,in + K_Na))^n_Na · (c_K,out/(c_K,out + K_K))^n_K cycles per second
/// (see <see cref="SodiumPotassiumPump"/>), moving n_Na Na⁺ out, n_K K⁺ in and one ATP per cycle.
/// Concentrations change as d c_in/dt = −(outward moles per second)/V_cell and, when a finite bath is
/// given, d c_out/dt = +(outward moles per second)/V_bath; otherwise the bath is large enough that the
/// outside concentrations stay fixed. The cell volume is fixed (no osmotic swelling).</para>
/// <para>The membrane potential is quasi-steady: at each instant the value at which the leak and pump
/// currents sum to zero. The capacitor charges in τ_m = C/G (milliseconds, see
/// <see cref="MembraneTimeConstant"/>), while concentrations change over minutes to hours, so the charge
/// it holds (C·ΔV, micromolar) is neglected; the model is therefore electroneutral in its fluxes:
/// Σ z·Δn over the cell is zero. This keeps the system non-stiff, so classical fourth-order Runge–Kutta
/// (in place, on preallocated stages: nothing is allocated per step) integrates it with steps of seconds to minutes; the step is chosen from
/// an upper estimate of the fastest relaxation rate.</para>
/// <para>Sources: the pump–leak model of D. C. Tosteson and J. F. Hoffman, J. Gen. Physiol. 44, 169 (1960);
/// its steady state, L. J. Mullins and K. Noda, J. Gen. Physiol. 47, 117 (1963).</para>
/// </remarks>
public sealed record PumpLeakCell
{
    /// <summary>Most samples a trajectory may hold.</summary>
    public const int MaximumSamples = 100_000;

    /// <summary>Most Runge–Kutta steps one simulation may take (about a minute of computing).</summary>
    public const double MaximumSteps = 2e7;

    private PumpLeakCell(Membrane membrane, Volume volume, Area surfaceArea, SodiumPotassiumPump pump, double maximumCyclesPerSecond)
    {
        Membrane = membrane;
        Volume = volume;
        SurfaceArea = surfaceArea;
        Pump = pump;
        MaximumCyclesPerSecond = maximumCyclesPerSecond;
    }

    /// <summary>The membrane at time zero: temperature, concentrations and absolute permeabilities.</summary>
    public Membrane Membrane { get; private init; }

    /// <summary>The cell's (fixed) volume.</summary>
    public Volume Volume { get; private init; }

    /// <summary>The membrane area.</summary>
    public Area SurfaceArea { get; private init; }

    /// <summary>Membrane capacitance per area; 1 µF/cm² unless changed. Sets <see cref="MembraneTimeConstant"/>.</summary>
    public SpecificCapacitance SpecificCapacitance { get; private init; } = SpecificCapacitance.Biological;

    /// <summary>The bath volume, or <see langword="null"/> for a bath so large that outside concentrations stay fixed.</summary>
    public Volume? BathVolume { get; private init; }

    /// <summary>The pump (stoichiometry and affinities): the membrane's own pump, or the standard one.</summary>
    public SodiumPotassiumPump Pump { get; private init; }

    /// <summary>The whole cell's pump capacity J_max: cycles per second with every site filled. Zero when blocked.</summary>
    public double MaximumCyclesPerSecond { get; private init; }

    /// <summary>Is the pump blocked (as by ouabain)?</summary>
    public bool IsPumpBlocked => MaximumCyclesPerSecond == 0;

    /// <summary>The membrane potential at time zero (the zero-current potential of leaks and pump).</summary>
    public Voltage MembranePotential => Voltage.FromVoltsUnchecked(Kinetics().Potential(PumpLeakKinetics.InitialState(Membrane)));

    /// <summary>Pump cycles (ATP hydrolysed) per second at time zero.</summary>
    public double PumpCyclesPerSecond => Kinetics().CyclesPerSecond(PumpLeakKinetics.InitialState(Membrane));

    /// <summary>The pump current at time zero (outward positive).</summary>
    public Current PumpCurrent => Pump.CurrentAt(PumpCyclesPerSecond);

    /// <summary>The membrane time constant τ_m = C / G at time zero, G being the slope of the total leak current
    /// at <see cref="MembranePotential"/>: how fast the potential settles, next to the hours the gradients take.
    /// A <see cref="TimeSpan"/> counts whole ticks of 100 ns; <see cref="MembraneTimeConstantSeconds"/> is the value
    /// itself.</summary>
    public TimeSpan MembraneTimeConstant => TimeSpan.FromSeconds(MembraneTimeConstantSeconds);

    /// <summary>The membrane time constant τ_m = C / G in seconds, unrounded (see <see cref="MembraneTimeConstant"/>).</summary>
    /// <remarks>G = dI/dV from the five-point central difference with a step of 50 µV (about 0.002 RT/F), whose
    /// truncation and rounding errors are each below about 10⁻¹² of G.</remarks>
    public double MembraneTimeConstantSeconds
    {
        get
        {
            var kinetics = Kinetics();
            var y = PumpLeakKinetics.InitialState(Membrane);
            var v = kinetics.Potential(y);
            const double h = 5e-5;
            double I(double volts) => kinetics.TotalCurrent(y, volts, 0);
            var slope = (8 * (I(v + h) - I(v - h)) - (I(v + 2 * h) - I(v - 2 * h))) / (12 * h);
            return SpecificCapacitance.FaradsFor(SurfaceArea) / slope;
        }
    }

    /// <summary>Makes a cell with a given pump capacity.</summary>
    /// <param name="membrane">Temperature, concentrations and permeabilities at time zero: must hold Na⁺ and K⁺; every
    /// permeability must be absolute (<see cref="Permeability.FromCentimetersPerSecond"/>). Its pump, if any, is used.</param>
    /// <param name="volume">The cell volume.</param>
    /// <param name="surfaceArea">The membrane area.</param>
    /// <param name="maximumCyclesPerSecond">J_max, cycles per second for the whole cell; 0 for a blocked pump.</param>
    /// <exception cref="InvalidInputException">Na⁺ or K⁺ missing, a relative permeability, no permeant ion, a
    /// non-positive volume or area, or a negative or non-finite capacity.</exception>
    public static PumpLeakCell Create(Membrane membrane, Volume volume, Area surfaceArea, double maximumCyclesPerSecond)
    {
        RequireUsable(membrane);
        Guard.Positive(volume.CubicMeters, "m³", nameof(volume));
        Guard.Positive(surfaceArea.SquareMeters, "m²", nameof(surfaceArea));
        Guard.NonNegative(maximumCyclesPerSecond, "cycles/s");
        return new PumpLeakCell(membrane, volume, surfaceArea, membrane.Pump ?? SodiumPotassiumPump.Standard, maximumCyclesPerSecond);
    }

    /// <summary>Makes a cell at its pump–leak steady state: the potential is the Mullins–Noda potential of the
    /// membrane's Na⁺ and K⁺; the pump capacity is set so the pump returns exactly the Na⁺ (and K⁺) that leak
    /// there; every other permeant ion (Cl⁻) has its inside concentration set to equilibrium at that potential.</summary>
    /// <param name="membrane">As for <see cref="Create"/>, with P_K above 0.</param>
    /// <param name="volume">The cell volume.</param>
    /// <param name="surfaceArea">The membrane area.</param>
    /// <exception cref="InvalidInputException">As for <see cref="Create"/>.</exception>
    public static PumpLeakCell AtSteadyState(Membrane membrane, Volume volume, Area surfaceArea)
    {
        RequireUsable(membrane);
        var pump = membrane.Pump ?? SodiumPotassiumPump.Standard;
        var volts = membrane.PumpLeakPotential(pump.CouplingRatio).Potential.Volts;
        var kelvin = membrane.Temperature.Kelvin;
        var thermal = membrane.Temperature.ThermalVoltage.Volts;
        foreach (var g in membrane.Ions)
        {
            if (g.Ion != Ion.Sodium && g.Ion != Ion.Potassium && g.Permeability is { Value: > 0 })
            {
                // Passive equilibrium at V: c_in = c_out · exp(−zV/(RT/F)).
                membrane = membrane.With(g.Ion, Concentration.FromMillimolar(g.Outside.Millimolar * Math.Exp(-g.Ion.Charge * volts / thermal)), g.Outside);
            }
        }

        var sodium = membrane.Gradient(Ion.Sodium);
        var sodiumInwardAmperes = -surfaceArea.SquareMeters * GoldmanHodgkinKatz.CurrentDensity(
            1, sodium.Permeability!.Value.MetersPerSecond, sodium.Inside.Millimolar, sodium.Outside.Millimolar, volts, kelvin);
        var cycles = Math.Max(sodiumInwardAmperes, 0) / PhysicalConstants.ElementaryCharge / pump.SodiumPerCycle;
        var activation = pump.Activation(sodium.Inside, membrane.Gradient(Ion.Potassium).Outside);
        return Create(membrane, volume, surfaceArea, activation > 0 ? cycles / activation : 0);
    }

    /// <summary>The same cell with its pump blocked (as by ouabain): the gradients will run down.</summary>
    public PumpLeakCell WithPumpBlocked() => this with { MaximumCyclesPerSecond = 0 };

    /// <summary>The same cell with another pump capacity.</summary>
    /// <param name="maximumCyclesPerSecond">J_max, cycles per second for the whole cell; 0 or more.</param>
    /// <exception cref="InvalidInputException">Negative or not finite.</exception>
    public PumpLeakCell WithMaximumCyclesPerSecond(double maximumCyclesPerSecond) =>
        this with { MaximumCyclesPerSecond = Guard.NonNegative(maximumCyclesPerSecond, "cycles/s") };

    /// <summary>The same cell in a bath of finite volume, whose concentrations then change too.</summary>
    /// <param name="bathVolume">The bath volume.</param>
    /// <exception cref="InvalidInputException">Not positive.</exception>
    public PumpLeakCell WithBath(Volume bathVolume)
    {
        Guard.Positive(bathVolume.CubicMeters, "m³", nameof(bathVolume));
        return this with { BathVolume = bathVolume };
    }

    /// <summary>The same cell with another specific membrane capacitance.</summary>
    /// <param name="specificCapacitance">Capacitance per area.</param>
    /// <exception cref="InvalidInputException">Not positive.</exception>
    public PumpLeakCell WithSpecificCapacitance(SpecificCapacitance specificCapacitance)
    {
        Guard.Positive(specificCapacitance.FaradsPerSquareMeter, "F/m²", nameof(specificCapacitance));
        return this with { SpecificCapacitance = specificCapacitance };
    }

    /// <summary>The leak current of one ion at time zero (outward positive; zero for an ion without a permeability).</summary>
    /// <param name="ion">An ion of the membrane.</param>
    /// <exception cref="InvalidInputException">The ion is not in the membrane.</exception>
    public Current LeakCurrent(Ion ion)
    {
        Membrane.Gradient(ion);
        var kinetics = Kinetics();
        var y = PumpLeakKinetics.InitialState(Membrane);
        var index = Membrane.Ions.Select(g => g.Ion).ToList().IndexOf(ion);
        return Current.FromAmperes(kinetics.LeakCurrent(index, y, kinetics.Potential(y)));
    }

    /// <summary>Integrates the pump–leak equations over a time span and samples them at evenly spaced times.</summary>
    /// <param name="duration">How long to run; above zero.</param>
    /// <param name="samples">Number of samples including both ends, from 2 to 100 000 (default 121: every
    /// 30 s of an hour).</param>
    /// <exception cref="InvalidInputException">A duration that is not positive, or so long for this cell's
    /// relaxation rate that more than <see cref="MaximumSteps"/> steps would be needed; a sample count out of range.</exception>
    public PumpLeakTrajectory Simulate(TimeSpan duration, int samples = 121) => Simulate(duration, samples, StepFraction);

    /// <summary>As <see cref="Simulate(TimeSpan, int)"/> with the step as a chosen fraction of the fastest
    /// relaxation time (tests use a smaller one to check convergence).</summary>
    internal PumpLeakTrajectory Simulate(TimeSpan duration, int samples, double stepFraction)
    {
        var seconds = Guard.Positive(duration.TotalSeconds, "s", nameof(duration));
        if (samples < 2 || samples > MaximumSamples)
        {
            throw new InvalidInputException(nameof(samples), samples.ToString(CultureInfo.InvariantCulture), $"a whole number from 2 to {MaximumSamples}");
        }

        var kinetics = Kinetics();
        var y = PumpLeakKinetics.InitialState(Membrane);
        var interval = seconds / (samples - 1);
        var steps = Math.Max(Math.Ceiling(interval * kinetics.FastestRate(y) / stepFraction), 1);
        if (steps * (samples - 1) > MaximumSteps)
        {
            throw new InvalidInputException(nameof(duration), duration.ToString(), $"a run of at most {MaximumSteps:0.#e+0} integration steps",
                $"this cell relaxes in about {Guard.Format(1 / kinetics.FastestRate(y))} s, so {Guard.Format(steps * (samples - 1))} steps would be needed; simulate a shorter time or use smaller permeabilities");
        }

        var stepsPerInterval = (int)steps;
        var states = new double[samples][];
        var potentials = new double[samples];
        var cycles = new double[samples];
        for (var s = 0; s < samples; s++)
        {
            if (s > 0)
            {
                kinetics.Advance(y, interval, stepsPerInterval);
            }

            states[s] = [.. y];
            potentials[s] = kinetics.Potential(y);
            cycles[s] = kinetics.CyclesPerSecond(y);
        }

        return new PumpLeakTrajectory(this, interval, stepsPerInterval, states, potentials, cycles);
    }

    /// <summary>Formats as "cell 4.189 pL, 1257 µm², pump J_max 1.2e+07 cycles/s, V = -84.5 mV".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"cell {Volume}, {SurfaceArea}, {(IsPumpBlocked ? "pump blocked" : $"pump J_max {MaximumCyclesPerSecond:0.###e+00} cycles/s")}, V = {MembranePotential}");

    // RK4 step as a fraction of the fastest relaxation time: well inside stability (|λ·dt| ≤ 2.8).
    private const double StepFraction = 0.2;

    private PumpLeakKinetics Kinetics() => new(this);

    private static void RequireUsable(Membrane membrane)
    {
        Guard.NotNull(membrane);
        membrane.Gradient(Ion.Sodium);
        membrane.Gradient(Ion.Potassium);
        foreach (var g in membrane.Ions)
        {
            if (g.Permeability is { IsRelative: true } p)
            {
                throw new InvalidInputException(nameof(membrane), $"P({g.Ion.Symbol}) = {p}", "absolute permeabilities for leak currents",
                    $"give it in cm/s, e.g. .WithPermeability(Ion.{g.Ion.Name}, Permeability.FromCentimetersPerSecond(1e-7))");
            }
        }

        if (!membrane.Ions.Any(g => g.Permeability is { Value: > 0 }))
        {
            throw new InvalidInputException(nameof(membrane), "no ion with a permeability", "at least one permeant ion",
                "set one with .WithPermeability(Ion.Potassium, Permeability.FromCentimetersPerSecond(3e-7))");
        }
    }
}
