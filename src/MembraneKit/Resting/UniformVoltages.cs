using System.Collections;

namespace MembraneKit;

/// <summary>The voltages first + i·step of a computed I–V curve, produced on demand rather than stored, so a curve
/// of 10⁶ points holds one array (its currents), not two.</summary>
internal sealed class UniformVoltages : IReadOnlyList<Voltage>
{
    private readonly double _firstVolts;
    private readonly double _stepVolts;

    internal UniformVoltages(double firstVolts, double stepVolts, int count)
    {
        _firstVolts = firstVolts;
        _stepVolts = stepVolts;
        Count = count;
    }

    public int Count { get; }

    public Voltage this[int index] => (uint)index < (uint)Count
        ? Voltage.FromVoltsUnchecked(_firstVolts + index * _stepVolts)
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"an index from 0 to {Count - 1}");

    public IEnumerator<Voltage> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Voltage.FromVoltsUnchecked(_firstVolts + i * _stepVolts);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
