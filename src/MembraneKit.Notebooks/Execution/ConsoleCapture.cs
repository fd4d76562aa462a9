using System.Text;

namespace MembraneKit.Notebooks;

/// <summary>
/// Routes <see cref="Console.Out"/> and <see cref="Console.Error"/> to the running cell: installed once
/// per process; writes made outside any cell go to the original console unchanged.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly object Gate = new();
    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();
    private static bool _installed;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            Console.SetOut(new CellWriter(Console.Out, StreamOutput.StandardOutput));
            Console.SetError(new CellWriter(Console.Error, StreamOutput.StandardError));
            _installed = true;
        }
    }

    private sealed class CellWriter(TextWriter original, string streamName) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override IFormatProvider FormatProvider => original.FormatProvider;

        public override string NewLine
        {
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; the original writer handles it.
            get => original.NewLine;
            set => original.NewLine = value;
#pragma warning restore CS8765
        }

        public override void Write(char value)
        {
            if (CellContext.Current is { } cell)
            {
                // Per-character writes (progress dots) are common: ASCII ones reuse a cached string.
                cell.Write(streamName, value < AsciiStrings.Length ? AsciiStrings[value] : value.ToString());
            }
            else
            {
                original.Write(value);
            }
        }

        public override void Write(string? value)
        {
            if (CellContext.Current is { } cell)
            {
                cell.Write(streamName, value ?? "");
            }
            else
            {
                original.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new ReadOnlySpan<char>(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            if (CellContext.Current is { } cell)
            {
                cell.Write(streamName, new string(buffer));
            }
            else
            {
                original.Write(buffer);
            }
        }

        // Each WriteLine is one write (text and line end together), so a host sees whole lines.
        public override void WriteLine(string? value) => Write(string.Concat(value, "\n"));

        public override void WriteLine(char value) => Write(string.Concat(new ReadOnlySpan<char>(in value), "\n"));

        public override void WriteLine(char[] buffer, int index, int count) => WriteLine(new ReadOnlySpan<char>(buffer, index, count));

        public override void WriteLine(ReadOnlySpan<char> buffer) => Write(string.Concat(buffer, "\n"));

        public override void WriteLine() => Write("\n");

        // TextWriter writes a value and its line end as two writes; the cell gets one, as above.
        public override void WriteLine(bool value) => WriteLine(value ? "True" : "False");

        public override void WriteLine(int value) => WriteLine(value.ToString(FormatProvider));

        public override void WriteLine(uint value) => WriteLine(value.ToString(FormatProvider));

        public override void WriteLine(long value) => WriteLine(value.ToString(FormatProvider));

        public override void WriteLine(ulong value) => WriteLine(value.ToString(FormatProvider));

        public override void WriteLine(float value) => WriteLine(value.ToString(FormatProvider));

        public override void WriteLine(double value) => WriteLine(value.ToString(FormatProvider));

        public override void WriteLine(decimal value) => WriteLine(value.ToString(FormatProvider));

        public override void WriteLine(object? value) => WriteLine(value is IFormattable formattable ? formattable.ToString(null, FormatProvider) : value?.ToString());

        public override void WriteLine(StringBuilder? value) => WriteLine(value?.ToString());

        public override void Flush()
        {
            if (CellContext.Current is null)
            {
                original.Flush();
            }
        }
    }
}
