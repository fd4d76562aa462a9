namespace MembraneKit.Notebooks;

/// <summary>
/// The running cell: collects its outputs in order (console text, displays, results, errors) and
/// reports each one to the host as it happens. Flows with the cell's execution context, so displays and
/// console writes from tasks and threads the cell starts land in the right cell.
/// </summary>
internal sealed class CellContext
{
    private static readonly AsyncLocal<CellContext?> CurrentCell = new();

    private readonly object _gate = new();
    private readonly List<NotebookOutput> _outputs = [];
    private readonly Action<OutputEvent>? _onOutput;

    // Held while an output is recorded and its event delivered, so that events reach the callback in the
    // order of their indexes even when several threads write at once (a front end appends in arrival order).
    private readonly object _delivery = new();
    private readonly Action<LateDisplayUpdate>? _onLateUpdate;
    private StreamText? _openStream;
    private volatile bool _interruptRequested;
    private bool _completed;

    /// <param name="executionCount">The cell's execution count.</param>
    /// <param name="onOutput">Receives each output while the cell runs.</param>
    /// <param name="onLateUpdate">Receives display updates made after the cell completed.</param>
    public CellContext(int executionCount, Action<OutputEvent>? onOutput, Action<LateDisplayUpdate>? onLateUpdate = null)
    {
        ExecutionCount = executionCount;
        _onOutput = onOutput;
        _onLateUpdate = onLateUpdate;
    }

    /// <summary>The cell whose code is running on this logical thread, if any.</summary>
    public static CellContext? Current
    {
        get => CurrentCell.Value;
        set => CurrentCell.Value = value;
    }

    public int ExecutionCount { get; }

    public bool InterruptRequested => _interruptRequested;

    public IReadOnlyList<NotebookOutput> Snapshot()
    {
        lock (_gate)
        {
            return _outputs.ToArray();
        }
    }

    public void RequestInterrupt()
    {
        if (!_interruptRequested)
        {
            _interruptRequested = true;
            CellInterruption.OnRequested();
        }
    }

    /// <summary>
    /// Marks the cell finished: later writes and displays from stray threads are dropped, and later
    /// display updates go to the session's late-update callback. An output is either in the snapshot
    /// taken after this or delivered late, never both and never neither.
    /// </summary>
    /// <param name="leftRunning">
    /// Whether its code was abandoned still running: its interrupt then stays pending, so a loop it
    /// reaches later still stops.
    /// </param>
    public void Complete(bool leftRunning)
    {
        lock (_gate)
        {
            _completed = true;
            _openStream = null;
        }

        if (_interruptRequested && !leftRunning)
        {
            CellInterruption.OnFinished();
        }
    }

    public static DisplayedValue DisplayFromCell(object? value, string[]? mimeTypes)
    {
        var types = mimeTypes ?? [];
        var cell = Current;
        var displayId = Guid.NewGuid().ToString("N");
        var bundle = MimeBundles.Create(value, types);
        if (cell is null)
        {
            // Outside a cell (a host calling the API directly): behave like the kernel's fallback and print.
            Console.Out.WriteLine(bundle[MimeBundles.PlainText]);
            return new DisplayedValue(displayId, null, types);
        }

        cell.Add(new DisplayDataOutput(bundle) { DisplayId = displayId });
        return new DisplayedValue(displayId, cell, types);
    }

    public void Add(NotebookOutput output)
    {
        lock (_delivery)
        {
            OutputEvent raised;
            lock (_gate)
            {
                if (_completed)
                {
                    return;
                }

                _outputs.Add(output);
                _openStream = null;
                raised = new OutputEvent(output, _outputs.Count - 1, IsUpdate: false);
            }

            _onOutput?.Invoke(raised);
        }
    }

    /// <summary>
    /// Appends console text to the last output when that is the same stream, else starts a new stream
    /// output. O(length of <paramref name="text"/>): the stream's text lives in a buffer that is copied
    /// out only when asked for, and the event carries just the appended text.
    /// </summary>
    public void Write(string streamName, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        lock (_delivery)
        {
            WriteAndRaise(streamName, text);
        }
    }

    private void WriteAndRaise(string streamName, string text)
    {
        OutputEvent raised;
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            if (_openStream is not null && _outputs[^1] is StreamOutput last && last.Name == streamName)
            {
                var length = _openStream.Append(text);
                var grown = new StreamOutput(streamName, _openStream, length);
                _outputs[^1] = grown;
                raised = new OutputEvent(grown, _outputs.Count - 1, IsUpdate: true) { AppendedText = text };
            }
            else
            {
                _openStream = new StreamText();
                var created = new StreamOutput(streamName, _openStream, _openStream.Append(text));
                _outputs.Add(created);
                raised = new OutputEvent(created, _outputs.Count - 1, IsUpdate: false) { AppendedText = text };
            }
        }

        _onOutput?.Invoke(raised);
    }

    /// <summary>
    /// Replaces the display with <paramref name="displayId"/>: in place while the cell runs, else through
    /// the late-update callback.
    /// </summary>
    public void UpdateDisplay(string displayId, object? value, IReadOnlyList<string> mimeTypes) =>
        UpdateDisplay(new DisplayDataOutput(MimeBundles.Create(value, mimeTypes)) { DisplayId = displayId });

    /// <summary>Replaces the display whose id <paramref name="updated"/> carries (see the other overload).</summary>
    public void UpdateDisplay(DisplayDataOutput updated)
    {
        var displayId = updated.DisplayId ?? throw new ArgumentException("The updated display has no display id.", nameof(updated));
        lock (_delivery)
        {
            UpdateAndRaise(displayId, updated);
        }
    }

    private void UpdateAndRaise(string displayId, DisplayDataOutput updated)
    {
        OutputEvent? raised = null;
        LateDisplayUpdate? late = null;
        lock (_gate)
        {
            var index = _outputs.FindIndex(output => output is DisplayDataOutput display && display.DisplayId == displayId);
            if (index >= 0)
            {
                // The outputs list stays as it was at completion (the result holds a snapshot of it), so
                // a display is found even after the cell finished; only the way the update travels differs.
                if (_completed)
                {
                    late = new LateDisplayUpdate(displayId, ExecutionCount, index, updated);
                }
                else
                {
                    _outputs[index] = updated;
                    raised = new OutputEvent(updated, index, IsUpdate: true);
                }
            }
        }

        if (raised is not null)
        {
            _onOutput?.Invoke(raised);
        }

        if (late is not null)
        {
            _onLateUpdate?.Invoke(late);
        }
    }
}
