using System.Text;

namespace MembraneKit.Notebooks;

/// <summary>
/// The growing text of one stream output of a running cell: appended to under a lock, never changed
/// otherwise, so any prefix of it is fixed once written. A <see cref="StreamOutput"/> made from it holds
/// a length and copies that prefix out only when its text is asked for, which keeps each console write
/// O(length of the write) however long the stream grows.
/// </summary>
internal sealed class StreamText
{
    private readonly object _gate = new();
    private readonly StringBuilder _builder = new();

    /// <summary>Appends <paramref name="text"/> and returns the new length.</summary>
    public int Append(string text)
    {
        lock (_gate)
        {
            _builder.Append(text);
            return _builder.Length;
        }
    }

    /// <summary>The first <paramref name="length"/> characters.</summary>
    public string Read(int length)
    {
        lock (_gate)
        {
            return _builder.ToString(0, length);
        }
    }
}
