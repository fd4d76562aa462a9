namespace MembraneKit.Cli.Isolation;

/// <summary>
/// Keeps what a worker process writes to its error output, bounded: the first and the last lines (a
/// stack overflow's trace can run to thousands), and whether the runtime reported a stack overflow.
/// Lines arrive on the process's reader thread and are read after it ended.
/// </summary>
internal sealed class ErrorTail
{
    private const int Kept = 20;
    private const int LongestLine = 400;
    private readonly object _gate = new();
    private readonly List<string> _head = [];
    private readonly Queue<string> _tail = new();
    private long _skipped;
    private bool _stackOverflow;
    private string? _unhandled;

    /// <summary>Whether the runtime wrote "Stack overflow." (it then aborts the process).</summary>
    public bool SawStackOverflow
    {
        get
        {
            lock (_gate)
            {
                return _stackOverflow;
            }
        }
    }

    /// <summary>The line that says most: the runtime's "Unhandled exception." line, else the last non-blank line.</summary>
    public string? KeyLine
    {
        get
        {
            lock (_gate)
            {
                return _unhandled ?? _tail.LastOrDefault(line => !string.IsNullOrWhiteSpace(line))?.Trim()
                    ?? _head.LastOrDefault(line => !string.IsNullOrWhiteSpace(line))?.Trim();
            }
        }
    }

    /// <summary>The first and last lines, with a line saying how many were left out between them.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                var gap = _skipped > 0 ? [$"[… {_skipped} more lines …]"] : Array.Empty<string>();
                return [.. _head, .. gap, .. _tail];
            }
        }
    }

    public void Add(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var kept = line.Length > LongestLine ? line[..LongestLine] + "…" : line;
        lock (_gate)
        {
            _stackOverflow |= line.StartsWith("Stack overflow.", StringComparison.Ordinal);
            if (_unhandled is null && line.StartsWith("Unhandled exception.", StringComparison.Ordinal))
            {
                _unhandled = kept.Trim();
            }

            if (_head.Count < Kept)
            {
                _head.Add(kept);
                return;
            }

            _tail.Enqueue(kept);
            if (_tail.Count > Kept)
            {
                _tail.Dequeue();
                _skipped++;
            }
        }
    }
}
