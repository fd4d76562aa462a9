namespace MembraneKit;

/// <summary>
/// The right-hand side of the pump–leak equations on plain numbers, for one <see cref="PumpLeakCell"/>.
/// State vector: inside concentrations (mM) of every ion of the membrane, then the outside ones, then the
/// ATP consumed so far (mol). The membrane potential is not a state: at every instant it is the potential
/// at which the GHK leak currents and the pump current sum to zero (quasi-steady, see <see cref="PumpLeakCell"/>).
/// Integration allocates nothing per step: the Runge–Kutta stages and the root finder's state live in buffers made
/// once per instance, and the root finder's function is one delegate made in the constructor. Not thread-safe (one
/// instance per simulation).
/// </summary>
internal sealed class PumpLeakKinetics
{
    // The first search interval around the last root (V).
    private const double SearchHalfWidth = 0.02;

    private readonly int[] _charges;
    private readonly double[] _permeabilities;
    private readonly int _sodium;
    private readonly int _potassium;
    private readonly double _kelvin;
    private readonly double _area;
    private readonly double _cellVolume;
    private readonly double _bathVolume;
    private readonly SodiumPotassiumPump _pump;
    private readonly double _maximumCyclesPerSecond;
    private double _lastPotential;

    // The state and pump current the root finder's function reads (so it needs no closure per solve).
    private readonly double[] _rootState;
    private readonly Func<double, double> _totalAtRootState;
    private double _rootPumpAmperes;

    // Runge–Kutta stages and the trial state.
    private readonly double[] _k1, _k2, _k3, _k4, _trial;

    internal PumpLeakKinetics(PumpLeakCell cell)
    {
        var ions = cell.Membrane.Ions;
        Count = ions.Count;
        _charges = [.. ions.Select(g => g.Ion.Charge)];
        _permeabilities = [.. ions.Select(g => g.Permeability?.MetersPerSecond ?? 0)];
        _sodium = IndexOf(ions, Ion.Sodium);
        _potassium = IndexOf(ions, Ion.Potassium);
        _kelvin = cell.Membrane.Temperature.Kelvin;
        _area = cell.SurfaceArea.SquareMeters;
        _cellVolume = cell.Volume.CubicMeters;
        _bathVolume = cell.BathVolume?.CubicMeters ?? double.PositiveInfinity;
        _pump = cell.Pump;
        _maximumCyclesPerSecond = cell.MaximumCyclesPerSecond;
        _lastPotential = 0;
        var length = 2 * Count + 1;
        _rootState = new double[length];
        _totalAtRootState = volts => TotalCurrent(_rootState, volts, _rootPumpAmperes);
        (_k1, _k2, _k3, _k4, _trial) = (new double[length], new double[length], new double[length], new double[length], new double[length]);
    }

    /// <summary>Number of ions (the state holds 2 × Count + 1 numbers).</summary>
    internal int Count { get; }

    /// <summary>The state of a cell's membrane at time zero.</summary>
    internal static double[] InitialState(Membrane membrane)
    {
        var ions = membrane.Ions;
        var y = new double[2 * ions.Count + 1];
        for (var i = 0; i < ions.Count; i++)
        {
            y[i] = ions[i].Inside.Millimolar;
            y[ions.Count + i] = ions[i].Outside.Millimolar;
        }

        return y;
    }

    /// <summary>Pump cycles per second (whole cell) in a state.</summary>
    internal double CyclesPerSecond(ReadOnlySpan<double> y) =>
        _maximumCyclesPerSecond * _pump.ActivationOf(y[_sodium], y[Count + _potassium]);

    /// <summary>The GHK leak current of ion <paramref name="i"/> for the whole cell, in A (outward positive).</summary>
    internal double LeakCurrent(int i, ReadOnlySpan<double> y, double volts) => _permeabilities[i] == 0
        ? 0
        : _area * GoldmanHodgkinKatz.CurrentDensity(_charges[i], _permeabilities[i], y[i], y[Count + i], volts, _kelvin);

    /// <summary>All leak currents plus the pump current, in A.</summary>
    internal double TotalCurrent(ReadOnlySpan<double> y, double volts, double pumpAmperes)
    {
        var total = pumpAmperes;
        for (var i = 0; i < Count; i++)
        {
            total += LeakCurrent(i, y, volts);
        }

        return total;
    }

    /// <summary>The potential (V) at which the total current vanishes, to the limit of double precision.</summary>
    /// <remarks>The total rises monotonically with V (every GHK leak current does; the pump current does not depend
    /// on V here), so a bracket is grown around the last root by doubling until the current changes sign, then
    /// narrowed (<see cref="BracketedRoot"/>). No stop on a small residual, so the scale of the current (amperes
    /// for a whole cell, about 10⁻¹²) does not matter.</remarks>
    /// <exception cref="NoSolutionException">No zero between −10 V and +10 V (not expected for a cell with a permeant ion).</exception>
    internal double Potential(ReadOnlySpan<double> y)
    {
        y.CopyTo(_rootState);
        _rootPumpAmperes = _pump.NetChargePerCycle * PhysicalConstants.ElementaryCharge * CyclesPerSecond(y);
        var total = _totalAtRootState;
        var halfWidth = SearchHalfWidth;
        double lower = _lastPotential - halfWidth, upper = _lastPotential + halfWidth;
        while (total(lower) > 0 || total(upper) < 0)
        {
            if (halfWidth > Voltage.MaximumVolts)
            {
                throw new NoSolutionException($"the pump and leak currents do not sum to zero between {Guard.Format(-Voltage.MaximumVolts)} V and {Guard.Format(Voltage.MaximumVolts)} V");
            }

            halfWidth *= 2;
            (lower, upper) = (_lastPotential - halfWidth, _lastPotential + halfWidth);
        }

        BracketedRoot.TryFind(total, lower, upper, BracketedRoot.MachineTolerance, out var root);
        _lastPotential = root;
        return root;
    }

    /// <summary>dy/dt into <paramref name="dydt"/>: leak fluxes and pump fluxes divided by the volume each side.</summary>
    internal void Derivative(ReadOnlySpan<double> y, Span<double> dydt)
    {
        var volts = Potential(y);
        var cycles = CyclesPerSecond(y);
        for (var i = 0; i < Count; i++)
        {
            // Moles per second leaving the cell through the leak: I / (zF).
            var outwardMoles = LeakCurrent(i, y, volts) / (_charges[i] * PhysicalConstants.Faraday);
            dydt[i] = -outwardMoles / _cellVolume;
            dydt[Count + i] = outwardMoles / _bathVolume;
        }

        var cycleMoles = cycles / PhysicalConstants.Avogadro;
        dydt[_sodium] -= _pump.SodiumPerCycle * cycleMoles / _cellVolume;
        dydt[Count + _sodium] += _pump.SodiumPerCycle * cycleMoles / _bathVolume;
        dydt[_potassium] += _pump.PotassiumPerCycle * cycleMoles / _cellVolume;
        dydt[Count + _potassium] -= _pump.PotassiumPerCycle * cycleMoles / _bathVolume;
        dydt[2 * Count] = cycleMoles;
    }

    /// <summary>Advances the state <paramref name="y"/> in place by <paramref name="seconds"/> in <paramref name="steps"/>
    /// classical Runge–Kutta steps (the equations do not depend on time explicitly).</summary>
    internal void Advance(Span<double> y, double seconds, int steps)
    {
        var dt = seconds / steps;
        var n = y.Length;
        for (var step = 0; step < steps; step++)
        {
            Derivative(y, _k1);
            for (var i = 0; i < n; i++)
            {
                _trial[i] = y[i] + dt / 2 * _k1[i];
            }

            Derivative(_trial, _k2);
            for (var i = 0; i < n; i++)
            {
                _trial[i] = y[i] + dt / 2 * _k2[i];
            }

            Derivative(_trial, _k3);
            for (var i = 0; i < n; i++)
            {
                _trial[i] = y[i] + dt * _k3[i];
            }

            Derivative(_trial, _k4);
            for (var i = 0; i < n; i++)
            {
                y[i] += dt / 6 * (_k1[i] + 2 * _k2[i] + 2 * _k3[i] + _k4[i]);
            }
        }
    }

    /// <summary>
    /// An upper estimate of the fastest relaxation rate (s⁻¹) of the concentrations: for each permeant ion
    /// P·|z|·(1 + |z|·u_max)·A·(1/V_cell + 1/V_bath), with u_max = F·max(|V|, |E_i|)/RT, plus the pump's
    /// sensitivity to its substrates. A step of a fraction of its inverse keeps RK4 stable and accurate.
    /// </summary>
    internal double FastestRate(ReadOnlySpan<double> y)
    {
        var thermal = PhysicalConstants.GasConstant * _kelvin / PhysicalConstants.Faraday;
        var largest = Math.Abs(Potential(y));
        for (var i = 0; i < Count; i++)
        {
            largest = Math.Max(largest, Math.Abs(thermal / _charges[i] * Math.Log(y[Count + i] / y[i])));
        }

        var uMax = largest / thermal;
        var perVolume = _area * (1 / _cellVolume + 1 / _bathVolume);
        var rate = 0.0;
        for (var i = 0; i < Count; i++)
        {
            var z = Math.Abs(_charges[i]);
            rate += _permeabilities[i] * z * (1 + z * uMax) * perVolume;
        }

        // The pump's own feedback: d(activation)/dc of one factor (c/(c+K))^n is n/c · (c/(c+K))^n · K/(c+K);
        // internal Na⁺ acts on the cell, external K⁺ on the bath. Doubled as a margin for changing states.
        var cycleMoles = _maximumCyclesPerSecond / PhysicalConstants.Avogadro;
        var activation = _pump.ActivationOf(y[_sodium], y[Count + _potassium]);
        var sodiumSlope = SiteSlope(y[_sodium], _pump.SodiumPerCycle, _pump.SodiumHalfActivation.Millimolar) * activation;
        var potassiumSlope = SiteSlope(y[Count + _potassium], _pump.PotassiumPerCycle, _pump.PotassiumHalfActivation.Millimolar) * activation;
        rate += 2 * cycleMoles * (_pump.SodiumPerCycle * sodiumSlope / _cellVolume + _pump.PotassiumPerCycle * potassiumSlope / _bathVolume);
        return rate;
    }

    // d ln((c/(c+K))^n) / dc = n·K / (c·(c+K)).
    private static double SiteSlope(double millimolar, int sites, double halfMillimolar) =>
        sites * halfMillimolar / (millimolar * (millimolar + halfMillimolar));

    private static int IndexOf(IReadOnlyList<IonGradient> ions, Ion ion)
    {
        for (var i = 0; i < ions.Count; i++)
        {
            if (ions[i].Ion == ion)
            {
                return i;
            }
        }

        return -1;
    }
}
