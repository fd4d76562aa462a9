using System.Text;

namespace MembraneKit.Notebooks;

/// <summary>
/// Routes <see cref="Console.Out"/> and <see cref="Console.Error"/> to the running cell: installed once
/// per process; writes made outside any cell go to the original console unchanged.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly object Gate = new();
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
                cell.Write(streamName, value.ToString());
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

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

        public override void WriteLine(string? value) => Write((value ?? "") + "\n");

        public override void WriteLine() => Write("\n");

        public override void Flush()
        {
            if (CellContext.Current is null)
            {
                original.Flush();
            }
        }
    }
}
