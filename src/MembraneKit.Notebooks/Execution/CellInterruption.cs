using System.ComponentModel;

namespace MembraneKit.Notebooks;

/// <summary>
/// The check the engine writes into every loop of a cell's code, so a time limit or an interrupt stops
/// a runaway loop (<c>while (true) {}</c>) instead of leaving it to burn a core.
/// </summary>
/// <remarks>
/// .NET cannot abort a thread, so stopping must be cooperative. Before compiling a cell the engine
/// inserts <c>CellInterruption.ThrowIfRequested();</c> at the top of every loop body and before every
/// <c>goto</c>, on the same line, so line numbers are unchanged. While no interrupt is pending the check
/// is one read of a static field; once one is pending, the check finds the running cell through its
/// execution context and throws in that cell only. Code that blocks outside C# (a native call, a
/// <c>Thread.Sleep(Timeout.Infinite)</c>) cannot be stopped this way: the engine then reports the cell
/// as not stopped and abandons its background thread, which ends with the process.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CellInterruption
{
    private static int _pending;

    /// <summary>Throws when the running cell has been asked to stop; otherwise returns at once.</summary>
    public static void ThrowIfRequested()
    {
        if (Volatile.Read(ref _pending) != 0)
        {
            ThrowIfCellInterrupted();
        }
    }

    internal static void OnRequested() => Interlocked.Increment(ref _pending);

    internal static void OnFinished() => Interlocked.Decrement(ref _pending);

    private static void ThrowIfCellInterrupted()
    {
        if (CellContext.Current is { InterruptRequested: true })
        {
            throw new CellInterruptedException();
        }
    }
}

/// <summary>Thrown inside a cell's code when the cell is stopped (time limit or interrupt).</summary>
internal sealed class CellInterruptedException() : Exception("The cell was stopped.");
