namespace MembraneKit.Notebooks;

/// <summary>Code assistance for front ends: completions, inspection, and whether a cell is complete.</summary>
/// <remarks>
/// Completion and inspection analyse a cell as the next one of the session: they see every earlier
/// cell's variables, methods, types and usings, the packages and assemblies loaded so far, the default
/// usings and <c>display(…)</c>. They read a snapshot of what the session has compiled, so they may be
/// called while a cell runs; they never wait for it and never change what it does. Roslyn's editor
/// services are loaded on the first request, not before: a session that is never asked pays nothing.
/// </remarks>
public sealed partial class NotebookSession
{
    private readonly Lock _assistanceLock = new();
    private SessionWorkspace? _assistance;

    /// <summary>
    /// Completions at <paramref name="cursor"/> (a UTF-16 offset into <paramref name="code"/>), knowing the
    /// session's earlier cells (their variables, methods, usings, the types of packages loaded with
    /// <c>#r</c>) and the default usings.
    /// </summary>
    /// <param name="code">The cell's text, magics and directives included.</param>
    /// <param name="cursor">Where the cursor is: 0 to <c>code.Length</c>.</param>
    /// <param name="cancellationToken">Abandons the request.</param>
    /// <returns>The items and the span of <paramref name="code"/> they replace; no items when the cursor is on a directive, a magic or another language's line.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cursor"/> is outside the code.</exception>
    public Task<CodeCompletion> CompleteAsync(string code, int cursor, CancellationToken cancellationToken = default)
    {
        var cell = Analyse(code, cursor);
        if (!cell.IsCode(cursor))
        {
            return Task.FromResult(new CodeCompletion(cursor, cursor, []));
        }

        return CompleteCoreAsync(cell, cursor, cancellationToken);
    }

    /// <summary>
    /// The symbol at or just left of <paramref name="cursor"/>: its C# signature and XML documentation
    /// (inside a call's parentheses, the method called).
    /// </summary>
    /// <param name="code">The cell's text, magics and directives included.</param>
    /// <param name="cursor">Where the cursor is: 0 to <c>code.Length</c>.</param>
    /// <param name="detailLevel">0 for the signature and summary; 1 for parameters, returns, remarks and exceptions too.</param>
    /// <param name="cancellationToken">Abandons the request.</param>
    /// <returns>The description, or <see langword="null"/> when there is no symbol there.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cursor"/> is outside the code, or <paramref name="detailLevel"/> is not 0 or 1.</exception>
    public Task<SymbolInspection?> InspectAsync(string code, int cursor, int detailLevel, CancellationToken cancellationToken = default)
    {
        if (detailLevel is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(detailLevel), detailLevel, $"The detail level {detailLevel} is not allowed: use 0 (signature and summary) or 1 (also parameters, returns, remarks and exceptions).");
        }

        var cell = Analyse(code, cursor);
        if (!cell.IsCode(cursor))
        {
            return Task.FromResult<SymbolInspection?>(null);
        }

        return InspectCoreAsync(cell, cursor, detailLevel, cancellationToken);
    }

    /// <summary>
    /// Whether a cell is complete (run it), incomplete (Enter should add a line; <see cref="CodeCompleteness.Indent"/>
    /// says how far to indent it) or invalid (no added text can make it valid). Reads the syntax only.
    /// </summary>
    /// <param name="code">The cell's text, magics and directives included.</param>
    public static CodeCompleteness CheckCompleteness(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return CellCompleteness.Check(code);
    }

    private CellCode Analyse(string code, int cursor)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (cursor < 0 || cursor > code.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(cursor), cursor, $"The cursor {cursor} is outside the code: it must be from 0 to {code.Length} (the code's length).");
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        return CellCode.From(code);
    }

    private async Task<CodeCompletion> CompleteCoreAsync(CellCode cell, int cursor, CancellationToken cancellationToken)
    {
        var workspace = Assistance();
        var document = workspace.Fork(Snapshot(), cell.Text);
        var completion = await CellCompletion.CompleteAsync(document, cursor, cancellationToken).ConfigureAwait(false);
        workspace.Keep(document);
        return completion;
    }

    private async Task<SymbolInspection?> InspectCoreAsync(CellCode cell, int cursor, int detailLevel, CancellationToken cancellationToken)
    {
        var workspace = Assistance();
        var document = workspace.Fork(Snapshot(), cell.Text);
        var inspection = await CellInspection.InspectAsync(document, cursor, detailLevel, cancellationToken).ConfigureAwait(false);
        workspace.Keep(document);
        return inspection;
    }

    /// <summary>What the session has compiled now: the last submission and the options the next cell gets.</summary>
    private SessionSnapshot Snapshot() => new(Volatile.Read(ref _state)?.Script, Volatile.Read(ref _scriptOptions));

    private SessionWorkspace Assistance()
    {
        if (Volatile.Read(ref _assistance) is { } existing)
        {
            return existing;
        }

        lock (_assistanceLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _assistance ??= new SessionWorkspace();
        }
    }

    private void DisposeAssistance()
    {
        lock (_assistanceLock)
        {
            _assistance?.Dispose();
        }
    }
}
