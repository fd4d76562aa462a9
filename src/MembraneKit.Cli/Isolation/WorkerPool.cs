namespace MembraneKit.Cli.Isolation;

/// <summary>
/// At most one spare worker, started before it is needed: by <c>Program</c> as soon as it sees
/// <c>run</c> (before the command line is even parsed), and for the next notebook while one runs.
/// A spare has run nothing, so handing it a notebook shares nothing; one left unused is ended.
/// </summary>
internal static class WorkerPool
{
    private static WorkerProcess? _spare;

    /// <summary>Starts a spare worker unless one is waiting.</summary>
    public static void StartSpare()
    {
        if (Volatile.Read(ref _spare) is null)
        {
            var started = WorkerProcess.Start();
            if (Interlocked.CompareExchange(ref _spare, started, null) is not null)
            {
                started.Dispose();
            }
        }
    }

    /// <summary>The spare worker if one is waiting and alive, else a new one.</summary>
    public static WorkerProcess Take()
    {
        if (Interlocked.Exchange(ref _spare, null) is { } spare)
        {
            if (!spare.Process.HasExited)
            {
                return spare;
            }

            spare.Dispose();
        }

        return WorkerProcess.Start();
    }

    /// <summary>Ends a spare worker that was not needed.</summary>
    public static void Discard() => Interlocked.Exchange(ref _spare, null)?.Dispose();
}
