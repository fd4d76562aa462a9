using System.Globalization;

namespace MembraneKit.Notebooks;

/// <summary>
/// How much of each stream output a saved notebook keeps (see <see cref="StreamTruncation"/>): the
/// first lines and the last lines, each part also capped in UTF-8 bytes so one enormous line cannot
/// fill the file either. A stream that fits is kept whole.
/// </summary>
/// <remarks>
/// Jupyter front ends do the same on screen: VS Code shows the first and last lines of a long output
/// with a note between (<c>notebook.output.textLineLimit</c>); the defaults here keep far more than
/// any of them shows, so a saved notebook reopened in a front end looks as it did live.
/// </remarks>
public sealed record StreamLimits
{
    private readonly int _headLines = 500;
    private readonly int _tailLines = 500;
    private readonly int _headBytes = 64 * 1024;
    private readonly int _tailBytes = 64 * 1024;

    /// <summary>The defaults: the first 500 and the last 500 lines, at most 64 KiB each.</summary>
    public static StreamLimits Default { get; } = new();

    /// <summary>How many lines at the start of a stream are kept (0 or more).</summary>
    public int HeadLines
    {
        get => _headLines;
        init => _headLines = NotNegative(value, nameof(HeadLines), "lines");
    }

    /// <summary>How many lines at the end of a stream are kept (0 or more).</summary>
    public int TailLines
    {
        get => _tailLines;
        init => _tailLines = NotNegative(value, nameof(TailLines), "lines");
    }

    /// <summary>The most UTF-8 bytes kept at the start of a stream (0 or more); a line is cut only when a single line is longer.</summary>
    public int HeadBytes
    {
        get => _headBytes;
        init => _headBytes = NotNegative(value, nameof(HeadBytes), "bytes");
    }

    /// <summary>The most UTF-8 bytes kept at the end of a stream (0 or more); a line is cut only when a single line is longer.</summary>
    public int TailBytes
    {
        get => _tailBytes;
        init => _tailBytes = NotNegative(value, nameof(TailBytes), "bytes");
    }

    private static int NotNegative(int value, string name, string unit) =>
        value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} is {value.ToString(CultureInfo.InvariantCulture)} {unit}; it must be 0 or more.");
}
