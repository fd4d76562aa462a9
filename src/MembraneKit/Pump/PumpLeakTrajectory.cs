using System.Globalization;

namespace MembraneKit;

/// <summary>
/// The course of a <see cref="PumpLeakCell"/> over time, sampled at evenly spaced times: concentrations on
/// both sides, the membrane potential, the pump rate and the ATP spent so far. Made by
/// <see cref="PumpLeakCell.Simulate(TimeSpan, int)"/>; carries the cell it started from.
/// </summary>
public sealed record PumpLeakTrajectory
{
    private readonly double[][] _states;
    private readonly double[] _potentials;
    private readonly double[] _cycles;

    internal PumpLeakTrajectory(PumpLeakCell cell, double intervalSeconds, int stepsPerInterval, double[][] states, double[] potentials, double[] cycles)
    {
        Cell = cell;
        SampleIntervalSeconds = intervalSeconds;
        StepsPerSample = stepsPerInterval;
        _states = states;
        _potentials = potentials;
        _cycles = cycles;
    }

    /// <summary>The cell at time zero (inputs).</summary>
    public PumpLeakCell Cell { get; }

    /// <summary>Seconds between samples.</summary>
    public double SampleIntervalSeconds { get; }

    /// <summary>Runge–Kutta steps taken between two samples.</summary>
    public int StepsPerSample { get; }

    /// <summary>Number of samples (both ends included).</summary>
    public int Count => _states.Length;

    /// <summary>The sample times in seconds from the start.</summary>
    public IReadOnlyList<double> TimesInSeconds => [.. Enumerable.Range(0, Count).Select(i => i * SampleIntervalSeconds)];

    /// <summary>The membrane potential at each sample.</summary>
    public IReadOnlyList<Voltage> MembranePotentials => [.. _potentials.Select(Voltage.FromVoltsUnchecked)];

    /// <summary>Pump cycles (ATP hydrolysed) per second at each sample.</summary>
    public IReadOnlyList<double> PumpCyclesPerSecond => Array.AsReadOnly(_cycles);

    /// <summary>The pump current at each sample (outward positive).</summary>
    public IReadOnlyList<Current> PumpCurrents => [.. _cycles.Select(Cell.Pump.CurrentAt)];

    /// <summary>ATP hydrolysed since the start, in mol, at each sample (multiply by |ΔG_ATP| for the energy spent).</summary>
    public IReadOnlyList<double> AtpConsumedMoles => [.. _states.Select(s => s[^1])];

    /// <summary>The inside concentration of an ion at each sample.</summary>
    /// <param name="ion">An ion of the cell's membrane.</param>
    /// <exception cref="InvalidInputException">The ion is not in the membrane.</exception>
    public IReadOnlyList<Concentration> Inside(Ion ion)
    {
        var i = IndexOf(ion);
        return [.. _states.Select(s => Concentration.FromMillimolar(s[i]))];
    }

    /// <summary>The outside concentration of an ion at each sample (constant unless the bath is finite).</summary>
    /// <param name="ion">An ion of the cell's membrane.</param>
    /// <exception cref="InvalidInputException">The ion is not in the membrane.</exception>
    public IReadOnlyList<Concentration> Outside(Ion ion)
    {
        var i = IndexOf(ion) + Cell.Membrane.Ions.Count;
        return [.. _states.Select(s => Concentration.FromMillimolar(s[i]))];
    }

    /// <summary>The membrane (concentrations, permeabilities, pump) as it stands at one sample.</summary>
    /// <param name="sample">A sample index from 0 to <see cref="Count"/> − 1.</param>
    /// <exception cref="InvalidInputException">The index is out of range.</exception>
    public Membrane MembraneAt(int sample)
    {
        if (sample < 0 || sample >= Count)
        {
            throw new InvalidInputException(nameof(sample), sample.ToString(CultureInfo.InvariantCulture), $"a sample index from 0 to {Count - 1}");
        }

        var membrane = Cell.Membrane;
        var ions = membrane.Ions;
        for (var i = 0; i < ions.Count; i++)
        {
            membrane = membrane.With(ions[i].Ion, Concentration.FromMillimolar(_states[sample][i]), Concentration.FromMillimolar(_states[sample][ions.Count + i]));
        }

        return membrane;
    }

    /// <summary>The membrane at the last sample.</summary>
    public Membrane Final => MembraneAt(Count - 1);

    /// <summary>Formats as "121 samples over 3600 s: V -84.5 mV → -84.5 mV".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Count} samples over {(Count - 1) * SampleIntervalSeconds:G6} s: V {MembranePotentials[0]} → {MembranePotentials[^1]}");

    private int IndexOf(Ion ion)
    {
        Cell.Membrane.Gradient(ion);
        var ions = Cell.Membrane.Ions;
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
