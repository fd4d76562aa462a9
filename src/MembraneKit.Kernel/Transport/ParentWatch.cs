using System.Globalization;

namespace MembraneKit.Kernel;

/// <summary>
/// Notices when the process that started the kernel ends (the front end crashed or was killed without
/// shutting its kernel down), so an orphaned kernel does not live on. Linux only, where the parent's id
/// is read from <c>/proc/self/stat</c>; elsewhere it watches nothing.
/// </summary>
internal sealed class ParentWatch : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Timer? _timer;

    private ParentWatch(int parent, Action onParentEnded)
    {
        var fired = 0;
        _timer = new Timer(
            _ =>
            {
                if (ParentId() is { } now && now != parent && Interlocked.Exchange(ref fired, 1) == 0)
                {
                    onParentEnded();
                }
            },
            null,
            Interval,
            Interval);
    }

    private ParentWatch()
    {
    }

    public static ParentWatch Start(Action onParentEnded) =>
        ParentId() is { } parent and > 1 ? new ParentWatch(parent, onParentEnded) : new ParentWatch();

    public void Dispose() => _timer?.Dispose();

    /// <summary>The parent process's id (field 4 of /proc/self/stat, after the parenthesised command name).</summary>
    private static int? ParentId()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
