using System.Collections;

namespace MembraneKit;

/// <summary>
/// The currents of a computed I–V curve on its uniform grid. The curve's constructor streams through them in
/// blocks to find the zero crossings; the full array is materialised (once, thread-safely) only when someone
/// reads the currents, so building a curve of 10⁶ points does not have to wait for the operating system to
/// supply 8 MB of fresh memory. Reading gives the same numbers the scan saw: both use the same blocks.
/// </summary>
internal sealed class SampledCurrents : IReadOnlyList<double>
{
    /// <summary>Points per block of the streaming scan (32 KB of doubles: stays in the L1/L2 cache).</summary>
    internal const int BlockLength = 4096;

    private readonly IVCurve.UniformFill _fill;
    private readonly double _firstVolts;
    private readonly double _stepVolts;
    private readonly Lazy<double[]> _values;

    internal SampledCurrents(IVCurve.UniformFill fill, double firstVolts, double stepVolts, int count)
    {
        _fill = fill;
        _firstVolts = firstVolts;
        _stepVolts = stepVolts;
        Count = count;
        _values = new Lazy<double[]>(Materialise, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public int Count { get; }

    public double this[int index] => _values.Value[index];

    /// <summary>Fills <paramref name="output"/> with the currents from index <paramref name="start"/> on.</summary>
    internal void FillBlock(int start, Span<double> output) => _fill(_firstVolts + start * _stepVolts, _stepVolts, output);

    public IEnumerator<double> GetEnumerator() => ((IEnumerable<double>)_values.Value).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private double[] Materialise()
    {
        // Every element is written below, so the runtime need not clear the array first.
        var values = GC.AllocateUninitializedArray<double>(Count);
        for (var start = 0; start < Count; start += BlockLength)
        {
            FillBlock(start, values.AsSpan(start, Math.Min(BlockLength, Count - start)));
        }

        return values;
    }
}
