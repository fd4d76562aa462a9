namespace MembraneKit;

/// <summary>
/// A current–voltage (I–V) curve: currents at increasing voltages, which ions carry them, and the reversal
/// potential(s) — the voltage(s) where the current crosses zero. Computed from a membrane or channel, or
/// built from measured points with <see cref="FromPoints(IReadOnlyList{Voltage}, IReadOnlyList{Current})"/>.
/// </summary>
/// <remarks>
/// The reversal potential is an experimental notion (where the current changes sign); it equals an ion's
/// Nernst (equilibrium) potential only when that ion alone carries the current. Zero crossings of computed
/// curves are refined on the underlying current law to the limit of double precision (regula falsi, Illinois
/// variant, with bisection as a safeguard); those of measured
/// points by linear interpolation between the two samples that bracket the sign change. Positive current is outward.
/// </remarks>
public sealed record IVCurve
{
    private IVCurve(string description, IReadOnlyList<Ion> ions, IReadOnlyList<Voltage> voltages, IReadOnlyList<double> currents, CurrentUnit unit, IReadOnlyList<Voltage> reversalPotentials)
    {
        Description = description;
        Ions = ions;
        Voltages = voltages;
        Currents = currents;
        Unit = unit;
        ReversalPotentials = reversalPotentials;
    }

    /// <summary>What the curve is of, for example "GHK current of a Na⁺/K⁺ channel" or "measured".</summary>
    public string Description { get; init; }

    /// <summary>The membrane (or channel applied to its solutions) the curve was computed from; null for measured points.
    /// Displays use it to mark each ion's Nernst potential beside the reversal potential.</summary>
    public Membrane? Membrane { get; init; }

    /// <summary>The ions that carry the current (empty for measured points, where it is not known).</summary>
    public IReadOnlyList<Ion> Ions { get; }

    /// <summary>The voltages, strictly increasing, inside relative to outside.</summary>
    public IReadOnlyList<Voltage> Voltages { get; }

    /// <summary>The current at each voltage, in <see cref="Unit"/>; positive = outward.</summary>
    public IReadOnlyList<double> Currents { get; private init; }

    /// <summary>The unit of <see cref="Currents"/>.</summary>
    public CurrentUnit Unit { get; private init; }

    /// <summary>Every voltage where the current crosses (or touches) zero, increasing.</summary>
    public IReadOnlyList<Voltage> ReversalPotentials { get; }

    /// <summary>The number of points.</summary>
    public int Count => Voltages.Count;

    /// <summary>The single reversal potential of the curve.</summary>
    /// <exception cref="NoSolutionException">The current does not cross zero in the voltage range, or crosses it
    /// more than once (then read <see cref="ReversalPotentials"/>).</exception>
    public Voltage FindReversalPotential() => TryFindReversalPotential(out var v)
        ? v
        : throw new NoSolutionException(ReversalPotentials.Count == 0
            ? $"the current of \"{Description}\" does not cross zero between {Voltages[0]} and {Voltages[^1]} (it runs from {IonCurrent.Format(Currents[0], Unit)} to {IonCurrent.Format(Currents[^1], Unit)}); widen the voltage range"
            : $"the current of \"{Description}\" crosses zero {ReversalPotentials.Count} times ({string.Join(", ", ReversalPotentials)}); read ReversalPotentials for all of them");

    /// <summary>The single reversal potential, if the curve crosses zero exactly once.</summary>
    /// <param name="reversalPotential">The crossing, or <see cref="Voltage.Zero"/> when there is not exactly one.</param>
    /// <returns>True when there is exactly one crossing.</returns>
    public bool TryFindReversalPotential(out Voltage reversalPotential)
    {
        reversalPotential = ReversalPotentials.Count == 1 ? ReversalPotentials[0] : Voltage.Zero;
        return ReversalPotentials.Count == 1;
    }

    /// <summary>Two curves are equal when their descriptions, ions, points, unit and crossings are.</summary>
    /// <param name="other">The other curve.</param>
    public bool Equals(IVCurve? other) =>
        other is not null
        && Description == other.Description
        && Equals(Membrane, other.Membrane)
        && Unit == other.Unit
        && Ions.SequenceEqual(other.Ions)
        && Voltages.SequenceEqual(other.Voltages)
        && Currents.SequenceEqual(other.Currents)
        && ReversalPotentials.SequenceEqual(other.ReversalPotentials);

    /// <summary>A hash of the description, unit, size and end points.</summary>
    public override int GetHashCode() => HashCode.Combine(Description, Unit, Count, Voltages.Count > 0 ? Voltages[0] : default, Currents.Count > 0 ? Currents[^1] : 0);

    /// <summary>The curve for a patch of membrane: densities (A m⁻²) times the area.</summary>
    /// <param name="area">The membrane area.</param>
    /// <exception cref="InvalidOperationException">The currents are not densities in A m⁻².</exception>
    public IVCurve ForArea(Area area) => Unit == CurrentUnit.AmperesPerSquareMeter
        ? this with { Currents = Array.AsReadOnly(Currents.Select(c => c * area.SquareMeters).ToArray()), Unit = CurrentUnit.Amperes }
        : throw new InvalidOperationException($"only current densities (A/m²) can be scaled by an area; this curve is in {IonCurrent.Describe(Unit)}");

    /// <summary>An I–V curve from measured (or any user-supplied) points; its reversal potentials are found by
    /// linear interpolation between the samples on either side of each sign change.</summary>
    /// <param name="voltages">The voltages, strictly increasing; at least two.</param>
    /// <param name="currents">The current at each voltage; as many as <paramref name="voltages"/>.</param>
    /// <exception cref="InvalidInputException">Fewer than two points, unequal lengths, or voltages not strictly increasing.</exception>
    public static IVCurve FromPoints(IReadOnlyList<Voltage> voltages, IReadOnlyList<Current> currents)
    {
        Guard.NotNull(voltages);
        Guard.NotNull(currents);
        return FromPoints([.. voltages.Select(v => v.Millivolts)], [.. currents.Select(c => c.Amperes)], CurrentUnit.Amperes);
    }

    /// <summary>An I–V curve from plain numbers (for example columns of a recording).</summary>
    /// <param name="millivolts">The voltages in mV, strictly increasing; at least two.</param>
    /// <param name="currents">The current at each voltage, in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit of <paramref name="currents"/>.</param>
    /// <exception cref="InvalidInputException">Fewer than two points, unequal lengths, values not finite, or voltages not strictly increasing.</exception>
    public static IVCurve FromPoints(ReadOnlySpan<double> millivolts, ReadOnlySpan<double> currents, CurrentUnit unit)
    {
        var volts = CheckedVoltages(millivolts, nameof(millivolts));
        if (currents.Length != millivolts.Length)
        {
            throw new InvalidInputException(nameof(currents), $"{currents.Length} values", $"one current per voltage ({millivolts.Length})");
        }

        foreach (var c in currents)
        {
            Guard.Finite(c, IonCurrent.Describe(unit), nameof(currents));
        }

        var values = currents.ToArray();
        return Create("measured", [], volts, values, unit, null);
    }

    /// <summary>A computed curve at given voltages (checked finite and strictly increasing, named <paramref name="parameterName"/>
    /// in errors); crossings refined with <paramref name="current"/>.</summary>
    internal static IVCurve Compute(string description, IReadOnlyList<Ion> ions, Func<double, double> current, ReadOnlySpan<double> millivolts, CurrentUnit unit, string parameterName)
    {
        var volts = CheckedVoltages(millivolts, parameterName);
        var values = new double[volts.Length];
        for (var i = 0; i < volts.Length; i++)
        {
            values[i] = RequireFinite(current(volts[i].Volts), volts[i].Volts, unit);
        }

        return Create(description, ions, volts, values, unit, current);
    }

    /// <summary>A computed curve on the uniform grid from <paramref name="from"/> to <paramref name="to"/>; <paramref name="fill"/> gets
    /// (first volts, step volts, output). The currents are computed once, into the array the curve keeps, and the zero
    /// crossings are found in the same pass, block by block while each block is in the cache.</summary>
    internal static IVCurve Compute(string description, IReadOnlyList<Ion> ions, Func<double, double> current, UniformFill fill, CurrentUnit unit, Voltage from, Voltage to, int points)
    {
        var (first, step) = Grid(from, to, points);

        // Every element is written below, so the runtime need not clear the array first.
        var values = GC.AllocateUninitializedArray<double>(points);
        var crossings = FillAndScan(current, fill, unit, first, step, values);
        return new IVCurve(description, new EquatableList<Ion>(ions), new UniformVoltages(first, step, points), Array.AsReadOnly(values), unit, crossings);
    }

    /// <summary>Fills <paramref name="values"/> with the currents on the uniform grid V_i = first + i·step, block by block,
    /// and returns the zero crossings, each refined on <paramref name="current"/>.</summary>
    /// <exception cref="InvalidInputException">A current that is not finite (a permeability beyond the double range).</exception>
    internal static EquatableList<Voltage> FillAndScan(Func<double, double> current, UniformFill fill, CurrentUnit unit, double first, double step, Span<double> values)
    {
        var crossings = new List<Voltage>();
        double VoltsAt(int i) => first + i * step;
        var scanned = 0;
        for (var start = 0; start < values.Length; start += BlockLength)
        {
            var length = Math.Min(BlockLength, values.Length - start);
            var block = values.Slice(start, length);
            fill(VoltsAt(start), step, block);
            foreach (var value in block)
            {
                if (!double.IsFinite(value))
                {
                    RequireFinite(value, first, unit);
                }
            }

            // Crossings among the samples filled so far: every sample but the newest, whose right neighbour is not yet known.
            var end = start + length;
            var last = end == values.Length;
            AddCrossings(crossings, values[scanned..end], scanned, VoltsAt, current, last);
            scanned = end - 1;
        }

        return new EquatableList<Voltage>(crossings);
    }

    /// <summary>Points per block of the fill-and-scan pass (32 KB of doubles: stays in the L1/L2 cache).</summary>
    private const int BlockLength = 4096;

    /// <summary>Fills <paramref name="output"/> with currents at V_i = first + i·step (volts).</summary>
    internal delegate void UniformFill(double firstVolts, double stepVolts, Span<double> output);

    /// <summary>Checks the grid arguments and returns the first voltage and the step, in volts.</summary>
    internal static (double First, double Step) Grid(Voltage from, Voltage to, int points, string pointsName = "points")
    {
        Guard.Ordered(from.Millivolts, to.Millivolts, "mV", nameof(from), nameof(to));
        if (points < 2)
        {
            throw new InvalidInputException(pointsName, points.ToString(System.Globalization.CultureInfo.InvariantCulture), "at least 2 points");
        }

        return (from.Volts, (to.Volts - from.Volts) / (points - 1));
    }

    /// <summary>A computed current is finite unless the permeabilities (or conductances) are so large that the current
    /// leaves the double range; that is refused, never returned as ±∞.</summary>
    private static double RequireFinite(double value, double volts, CurrentUnit unit) => double.IsFinite(value)
        ? value
        : throw new InvalidInputException("membrane", $"a current of {Guard.Format(value)} {IonCurrent.Describe(unit)} near {Guard.Format(volts * 1000)} mV",
            "permeabilities small enough that every current is a finite number (below about 10³⁰⁰)",
            "scale the relative permeabilities down; only their ratios matter");

    private static Voltage[] CheckedVoltages(ReadOnlySpan<double> millivolts, string parameterName)
    {
        if (millivolts.Length < 2)
        {
            throw new InvalidInputException(parameterName, $"{millivolts.Length} point(s)", "at least two points");
        }

        var volts = new Voltage[millivolts.Length];
        for (var i = 0; i < volts.Length; i++)
        {
            Guard.Finite(millivolts[i], "mV", parameterName);
            volts[i] = Voltage.FromMillivolts(millivolts[i]);
            if (i > 0 && volts[i] <= volts[i - 1])
            {
                throw new InvalidInputException(parameterName, $"{Guard.Format(millivolts[i])} mV after {Guard.Format(millivolts[i - 1])} mV", "strictly increasing voltages");
            }
        }

        return volts;
    }

    private static IVCurve Create(string description, IReadOnlyList<Ion> ions, Voltage[] volts, double[] values, CurrentUnit unit, Func<double, double>? current)
    {
        var crossings = new List<Voltage>();
        AddCrossings(crossings, values, 0, i => volts[i].Volts, current, last: true);

        // The arrays are fresh and never escape, so they are wrapped rather than copied.
        return new IVCurve(description, new EquatableList<Ion>(ions), Array.AsReadOnly(volts), Array.AsReadOnly(values), unit, new EquatableList<Voltage>(crossings));
    }

    /// <summary>Adds the zero crossings among <paramref name="values"/> (global indices from <paramref name="offset"/>):
    /// samples that are exactly zero, and sign changes between neighbours. Unless <paramref name="last"/>, the final
    /// sample belongs to the next block and is only used as the right end of a sign change.</summary>
    private static void AddCrossings(List<Voltage> crossings, ReadOnlySpan<double> values, int offset, Func<int, double> voltsAt, Func<double, double>? current, bool last)
    {
        var owned = last ? values.Length : values.Length - 1;
        for (var i = 0; i < owned; i++)
        {
            if (values[i] == 0)
            {
                crossings.Add(Voltage.FromVoltsUnchecked(voltsAt(offset + i)));
            }
            else if (i + 1 < values.Length && values[i + 1] != 0 && (values[i] > 0) != (values[i + 1] > 0))
            {
                var v0 = voltsAt(offset + i);
                var v1 = voltsAt(offset + i + 1);
                crossings.Add(Voltage.FromVoltsUnchecked(Crossing(v0, v1, values[i], values[i + 1], current)));
            }
        }
    }

    private static double Crossing(double v0, double v1, double i0, double i1, Func<double, double>? current)
    {
        var linear = v0 - i0 * (v1 - v0) / (i1 - i0);
        if (current is null)
        {
            return linear;
        }

        // The bracket is narrowed until its ends are a few units in the last place apart.
        return BracketedRoot.TryFind(current, v0, v1, BracketedRoot.MachineTolerance, out var root) ? root : linear;
    }
}
