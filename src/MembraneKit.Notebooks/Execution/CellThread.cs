using System.Collections.Concurrent;

namespace MembraneKit.Notebooks;

/// <summary>
/// The background thread a session runs its cells on. One long-lived thread (rather than one per
/// cell) keeps the compiler's per-thread caches warm; a cell that cannot be stopped keeps its thread,
/// and the session moves on to a fresh one.
/// </summary>
internal sealed class CellThread : IDisposable
{
    private const int StackSize = 16 * 1024 * 1024;

    private readonly BlockingCollection<Action> _work = [];

    public CellThread()
    {
        var thread = new Thread(Loop, StackSize) { IsBackground = true, Name = "MembraneKit notebook cells" };
        thread.Start();
    }

    public void Post(Action action) => _work.Add(action);

    public void Dispose() => _work.CompleteAdding();

    private void Loop()
    {
        foreach (var action in _work.GetConsumingEnumerable())
        {
            action();
            CellContext.Current = null;
        }

        _work.Dispose();
    }
}
