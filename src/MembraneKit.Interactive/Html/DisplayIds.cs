using System.Globalization;
using System.Text;

namespace MembraneKit.Interactive;

/// <summary>
/// Element ids for displays: <c>mk-{kind}-{n}-{hash}</c>, where n counts displays in this process and
/// hash is a short FNV-1a hash of what is displayed. The same cells run in the same order give the same
/// ids (deterministic outputs); a test scrubber normalises them with the pattern in <see cref="Pattern"/>.
/// The hash keeps ids distinct when a restarted kernel's counter meets outputs left in the notebook by an
/// earlier run, which would otherwise repeat an id.
/// </summary>
internal static class DisplayIds
{
    /// <summary>A regular expression matching every id this class makes (for test scrubbers).</summary>
    internal const string Pattern = @"mk-[a-z]+-\d+-[0-9a-f]{8}";

    private static int _counter;

    /// <summary>The next id for a display of <paramref name="kind"/> (lower-case letters) showing <paramref name="content"/>.</summary>
    internal static string Next(string kind, string content)
    {
        var n = Interlocked.Increment(ref _counter);
        return $"mk-{kind}-{n.ToString(CultureInfo.InvariantCulture)}-{Hash(content)}";
    }

    /// <summary>An 8-hex-digit FNV-1a hash of the UTF-8 bytes of a string.</summary>
    internal static string Hash(string content)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(content))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
