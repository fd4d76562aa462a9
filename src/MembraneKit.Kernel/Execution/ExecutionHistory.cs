using System.Text;
using System.Text.RegularExpressions;

namespace MembraneKit.Kernel;

/// <summary>
/// What this kernel ran with <c>store_history</c>, for <c>history_request</c>: the last entries, a range,
/// or a search with a glob pattern — the three access types IPython's history offers. It lives as long
/// as the process: a restarted kernel starts with none.
/// </summary>
internal sealed class ExecutionHistory
{
    /// <summary>The number of this kernel's (only) session, as history entries report it.</summary>
    public const int CurrentSession = 1;

    private readonly Lock _gate = new();
    private readonly List<HistoryEntry> _entries = [];

    public void Add(int line, string input, string? output)
    {
        lock (_gate)
        {
            _entries.Add(new HistoryEntry(CurrentSession, line, input, output));
        }
    }

    /// <summary>The last <paramref name="count"/> entries, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> Tail(int count)
    {
        lock (_gate)
        {
            return count <= 0 ? [] : _entries.Skip(Math.Max(0, _entries.Count - count)).ToArray();
        }
    }

    /// <summary>
    /// The entries of <paramref name="session"/> (0 or <see cref="CurrentSession"/> for this one; earlier
    /// sessions have none here) whose line is from <paramref name="start"/> up to, not including, <paramref name="stop"/>.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Range(int session, int start, int? stop)
    {
        if (session is not (0 or CurrentSession))
        {
            return [];
        }

        lock (_gate)
        {
            return _entries.Where(entry => entry.Line >= start && (stop is null || entry.Line < stop)).ToArray();
        }
    }

    /// <summary>
    /// The entries whose input matches the glob <paramref name="pattern"/> (<c>*</c>, <c>?</c>, <c>[…]</c>;
    /// the whole input, case-sensitive, as SQLite's GLOB that IPython uses), oldest first; with
    /// <paramref name="unique"/> only the last of equal inputs; with <paramref name="count"/> only the last that many.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Search(string pattern, int? count, bool unique)
    {
        var regex = Glob(pattern);
        HistoryEntry[] found;
        lock (_gate)
        {
            found = _entries.Where(entry => regex.IsMatch(entry.Input)).ToArray();
        }

        if (unique)
        {
            var lastOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < found.Length; i++)
            {
                lastOf[found[i].Input] = i;
            }

            found = found.Where((entry, i) => lastOf[entry.Input] == i).ToArray();
        }

        return count is { } n ? found.Skip(Math.Max(0, found.Length - n)).ToArray() : found;
    }

    /// <summary>A glob as a regular expression over the whole text.</summary>
    internal static Regex Glob(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*':
                    regex.Append(".*");
                    break;
                case '?':
                    regex.Append('.');
                    break;
                case '[' when pattern.IndexOf(']', i + 2) is var close and > 0:
                    var set = pattern[(i + 1)..close];
                    var negated = set.StartsWith('^');
                    regex.Append(negated ? "[^" : "[").Append(Regex.Escape(negated ? set[1..] : set).Replace("\\-", "-", StringComparison.Ordinal)).Append(']');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}

/// <summary>One entry of the history.</summary>
/// <param name="Session">The session number.</param>
/// <param name="Line">The execution count the cell ran with.</param>
/// <param name="Input">The cell's code.</param>
/// <param name="Output">The plain text of its result, if it had one.</param>
internal sealed record HistoryEntry(int Session, int Line, string Input, string? Output);
