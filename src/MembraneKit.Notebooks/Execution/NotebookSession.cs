using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Notebooks;

/// <summary>
/// One C# notebook session: cells run in order in one Roslyn scripting session, as in the Polyglot
/// Notebooks C# kernel — same default usings, <c>display(…)</c> and <c>.Display()</c>, packages with
/// <c>#r "nuget:"</c> and their <c>extension.dib</c>, Jupyter outputs reported as they happen.
/// </summary>
/// <remarks>
/// The session writes nothing to the console itself. <see cref="Console.Out"/> and
/// <see cref="Console.Error"/> are replaced once per process by writers that send a cell's console
/// output to that cell and pass everything else through. Cells run one at a time on a background
/// thread of the session, so a cell that never returns cannot block the host; see
/// <see cref="CellInterruption"/> for how a time limit stops it.
/// </remarks>
public sealed partial class NotebookSession : IDisposable
{
    /// <summary>The namespaces every cell starts with (those of the C# kernel).</summary>
    public static readonly IReadOnlyList<string> DefaultUsings =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq",
    ];

    private static readonly string[] FrameworkAssemblies =
    [
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Collections.Concurrent",
        "System.Console", "System.Linq", "System.Linq.Expressions", "System.Text.RegularExpressions", "System.Threading",
        "System.Threading.Tasks", "System.Threading.Tasks.Parallel", "System.Runtime.Numerics", "System.Memory",
        "System.Runtime.Extensions", "System.ObjectModel", "System.ComponentModel.Primitives", "System.Diagnostics.Process",
        "System.Diagnostics.StackTrace", "System.Text.Json", "System.Net.Http", "System.Text.Encoding.Extensions",
        "Microsoft.CSharp", "System.Xml.ReaderWriter", "System.Xml.Linq", "System.Private.Xml", "System.Private.Xml.Linq",
        "System.Private.Uri",
    ];

    private static readonly Lazy<MetadataReference[]> BaseReferences = new(CreateBaseReferences);

    private readonly SessionOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ExceptionLocator _locator = new();
    private readonly PackageRestorer _restorer;
    private readonly Dictionary<string, PackageReference> _requestedPackages = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _sources = [];
    private readonly Dictionary<string, ResolvedPackage> _resolvedPackages = new(StringComparer.OrdinalIgnoreCase);
    private ScriptOptions _scriptOptions;
    private CellThread _cellThread = new();
    private ScriptState<object>? _state;
    private CancellationTokenSource? _runningCell;
    private readonly Action<LateDisplayUpdate>? _onLateDisplayUpdate;
    private int _executionCount;
    private volatile bool _disposed;

    /// <summary>Starts a session (cheap: nothing is compiled until the first cell).</summary>
    /// <param name="options">Settings; defaults when <see langword="null"/>.</param>
    public NotebookSession(SessionOptions? options = null)
    {
        _options = options ?? new SessionOptions();
        ConsoleCapture.EnsureInstalled();
        AssemblyResolution.EnsureInstalled();
        if (_options.OnLateDisplayUpdate is { } onLate)
        {
            _onLateDisplayUpdate = update =>
            {
                if (!_disposed)
                {
                    onLate(update);
                }
            };
        }

        _restorer = new PackageRestorer(_options.RestoreCacheDirectory ?? PackageRestorer.DefaultCacheRoot, _options.DotNetPath);
        var workingDirectory = Path.GetFullPath(_options.WorkingDirectory);
        _scriptOptions = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithAllowUnsafe(true)
            .WithReferences(BaseReferences.Value)
            .WithImports(DefaultUsings.Append(typeof(NotebookKernel).FullName!))
            .WithMetadataResolver(new MappedMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory)))
            .WithSourceResolver(new SourceFileResolver([], workingDirectory));
    }

    /// <summary>The execution count of the last cell run (0 before the first).</summary>
    public int ExecutionCount => Volatile.Read(ref _executionCount);

    /// <summary>The packages loaded so far, transitive ones included.</summary>
    public IReadOnlyList<ResolvedPackage> Packages
    {
        get
        {
            lock (_resolvedPackages)
            {
                return _resolvedPackages.Values.ToArray();
            }
        }
    }

    /// <summary>How many times this session has started <c>dotnet restore</c> (restores answered from the cache do not count).</summary>
    public int RestoreCount => _restorer.RestoreCount;

    /// <summary>
    /// Runs one cell and returns its outputs; each output is also passed to <paramref name="onOutput"/>
    /// as it happens (called on the cell's thread; the host must not block it for long).
    /// </summary>
    /// <param name="code">The cell's text, magics and directives included.</param>
    /// <param name="kernelName">The cell's language from its metadata (<c>csharp</c>, <c>C#</c>, <c>fsharp</c>…); C# when <see langword="null"/>.</param>
    /// <param name="onOutput">Receives each output as it happens, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Interrupts the cell, like <see cref="Interrupt"/>.</param>
    public async Task<CellResult> ExecuteAsync(string code, string? kernelName = null, Action<OutputEvent>? onOutput = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var count = Interlocked.Increment(ref _executionCount);
        var cell = new CellContext(count, onOutput, _onLateDisplayUpdate);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Volatile.Write(ref _runningCell, stop);
        var clock = Stopwatch.StartNew();
        var run = new RunState { Remaining = _options.CellTimeout };
        try
        {
            foreach (var section in CellSource.Split(code.Replace("\r\n", "\n", StringComparison.Ordinal), kernelName ?? "csharp"))
            {
                switch (section.Kernel)
                {
                    case "markdown" or "meta":
                        break;
                    case "html":
                        var html = section.Code.Trim();
                        cell.Add(new DisplayDataOutput(new Dictionary<string, string> { [MimeBundles.Html] = html, [MimeBundles.PlainText] = html }));
                        break;
                    case "csharp":
                        await RunCSharpAsync(section.Code, cell, run, stop.Token).ConfigureAwait(false);
                        break;
                    default:
                        cell.Add(UnsupportedLanguage(section.Kernel));
                        run.Status = CellStatus.Failed;
                        break;
                }

                if (run.Status != CellStatus.Succeeded)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested || run.TimedOut)
        {
            run.Status = CellStatus.Cancelled;
        }
        finally
        {
            Volatile.Write(ref _runningCell, null);
            _gate.Release();
        }

        if (run.Status == CellStatus.Cancelled)
        {
            var limitText = _options.CellTimeout is { } t ? t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) : "";
            var timedOut = run.TimedOut;
            run.Status = timedOut ? CellStatus.TimedOut : CellStatus.Cancelled;
            var message = (timedOut ? $"The cell ran longer than its time limit of {limitText} s and was stopped." : "The cell was interrupted.")
                          + (run.LeftRunning ? " It could not be stopped (it is blocked outside code the engine can interrupt); its thread was abandoned and ends with the process." : "");
            cell.Add(new ErrorOutput(timedOut ? "TimeoutError" : "InterruptedError", message, [message]));
        }

        cell.Complete(run.LeftRunning);
        return new CellResult(count, run.Status, cell.Snapshot(), clock.Elapsed, run.Compute) { LeftRunning = run.LeftRunning };
    }

    /// <summary>Interrupts the running cell, if any: its loops stop at their next iteration.</summary>
    public void Interrupt()
    {
        try
        {
            Volatile.Read(ref _runningCell)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The cell finished meanwhile.
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Interrupt();
        _cellThread.Dispose();
        _gate.Dispose();
        DisposeAssistance();
    }

    private async Task RunCSharpAsync(string code, CellContext cell, RunState run, CancellationToken stop)
    {
        var directives = CellSource.ExtractDirectives(code);
        foreach (var (line, message) in directives.Errors)
        {
            cell.Add(new ErrorOutput("DirectiveError", message, [$"cell line {line}: {message}"]));
            run.Status = CellStatus.Failed;
            return;
        }

        var timed = false;
        foreach (var (magicLine, magic) in directives.Magics)
        {
            switch (magic)
            {
                case "time":
                    timed = true;
                    continue;
                case "who":
                    cell.Add(Who());
                    continue;
                case "whos":
                    cell.Add(Whos());
                    continue;
            }

            // The first line as the C# kernel words it, so that a notebook fails the same way in both.
            var message = $"({magicLine},1): error DNI101: Unknown magic command '#!{magic}'\nThis engine runs C# cells with #r, #i and the magics #!time, #!who and #!whos.";
            cell.Add(new ErrorOutput("UnsupportedMagic", message, [.. message.Split('\n')]));
            run.Status = CellStatus.Failed;
            return;
        }

        _sources.AddRange(directives.Sources.Where(source => !_sources.Contains(source, StringComparer.Ordinal)));
        if (directives.Packages.Count > 0 && !await AddPackagesAsync(directives.Packages, cell, run, stop).ConfigureAwait(false))
        {
            return;
        }

        foreach (var (fileLine, file) in directives.AssemblyFiles)
        {
            var path = Path.GetFullPath(Path.Combine(_options.WorkingDirectory, file));
            if (!File.Exists(path))
            {
                var message = $"({fileLine},1): error CS0006: Metadata file '{file}' could not be found\nLooked for {path}: a relative #r path starts at the notebook's folder.";
                cell.Add(new ErrorOutput("DirectiveError", message, [message]));
                run.Status = CellStatus.Failed;
                return;
            }

            AssemblyResolution.Register(path);
            AssemblyResolution.RegisterFolder(Path.GetDirectoryName(path)!);
            _scriptOptions = _scriptOptions.AddReferences(MappedReferences.FromFile(path));
        }

        if (directives.Code.Trim().Length == 0)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        await RunSubmissionAsync(directives.Code, "cell", ResultKind.ExecuteResult, cell, run, stop).ConfigureAwait(false);
        if (timed && run.Status == CellStatus.Succeeded)
        {
            var text = $"Wall time: {clock.Elapsed.TotalMilliseconds.ToString("0.####", CultureInfo.InvariantCulture)}ms";
            cell.Add(new DisplayDataOutput(new Dictionary<string, string> { [MimeBundles.PlainText] = text }));
        }
    }

    private async Task RunSubmissionAsync(string code, string label, ResultKind resultKind, CellContext cell, RunState run, CancellationToken stop)
    {
        var previous = _state;
        var injected = InterruptionInjector.Inject(code);
        // The default usings go into the first submission only; later ones inherit them, as they inherit a cell's own
        // usings. Repeating them could bind "using static NotebookKernel" to a second symbol of the same type, and
        // every call of display(...) would then be ambiguous (CS0121).
        var script = previous is null
            ? CSharpScript.Create<object>(injected.Code, _scriptOptions)
            : previous.Script.ContinueWith(injected.Code, _scriptOptions.WithImports([]));
        var completion = new TaskCompletionSource<SubmissionOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var compiled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _cellThread.Post(() => ExecuteOnCellThread(script, previous, cell, stop, compiled, completion));

        SubmissionOutcome outcome;
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (stop.Register(() => stopped.TrySetResult()).ConfigureAwait(false))
        {
            // The time limit counts the cell's own run, not the compilation before it.
            await Task.WhenAny(compiled.Task, completion.Task, stopped.Task).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();
            var limit = completion.Task.IsCompleted || stopped.Task.IsCompleted ? Task.Delay(Timeout.Infinite, CancellationToken.None)
                : run.Remaining is { } remaining ? Task.Delay(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, CancellationToken.None)
                : Task.Delay(Timeout.Infinite, CancellationToken.None);
            var first = await Task.WhenAny(completion.Task, stopped.Task, limit).ConfigureAwait(false);
            run.Remaining -= clock.Elapsed;
            if (first != completion.Task)
            {
                run.TimedOut = first == limit;
                cell.RequestInterrupt();
                if (await Task.WhenAny(completion.Task, Task.Delay(_options.StopGracePeriod, CancellationToken.None)).ConfigureAwait(false) != completion.Task)
                {
                    // The cell keeps its thread; later cells get a fresh one.
                    run.LeftRunning = true;
                    _cellThread.Dispose();
                    _cellThread = new CellThread();
                }
                else if (completion.Task.Result.State is { } interruptedState)
                {
                    _state = interruptedState;
                }

                throw new OperationCanceledException(stop.IsCancellationRequested ? stop : CancellationToken.None);
            }

            outcome = await completion.Task.ConfigureAwait(false);
        }

        run.Compute += outcome.Compute;
        if (outcome.Diagnostics.Count > 0)
        {
            cell.Add(CompilationError(outcome.Diagnostics, injected, label));
            run.Status = CellStatus.Failed;
            return;
        }

        if (outcome.State is { } state)
        {
            _state = state;
            _locator.Register(script.GetCompilation(), label);
        }

        var exception = outcome.Exception ?? outcome.State?.Exception;
        // A stop can land while the submission is already ending (compiling, or leaving a loop): then the submission
        // finishes with the cancellation before the wait above sees the stop, and it is still an interruption.
        if (exception is CellInterruptedException || (exception is not null && (cell.InterruptRequested || stop.IsCancellationRequested)))
        {
            throw new OperationCanceledException(stop.IsCancellationRequested ? stop : CancellationToken.None);
        }

        if (exception is not null)
        {
            _locator.Register(script.GetCompilation(), label);
            cell.Add(_locator.Describe(exception));
            run.Status = CellStatus.Failed;
            return;
        }

        // A DisplayedValue returned by a trailing display(x) was shown already; the kernel drops it too.
        if (resultKind != ResultKind.None && outcome.HasValue && outcome.State?.ReturnValue is not DisplayedValue)
        {
            try
            {
                var bundle = MimeBundles.Create(outcome.State!.ReturnValue);
                cell.Add(resultKind == ResultKind.ExecuteResult ? new ExecuteResultOutput(cell.ExecutionCount, bundle) : new DisplayDataOutput(bundle));
            }
            catch (Exception e)
            {
                cell.Add(_locator.Describe(e));
                run.Status = CellStatus.Failed;
            }
        }
    }

    private static void ExecuteOnCellThread(Script<object> script, ScriptState<object>? previous, CellContext cell, CancellationToken stop, TaskCompletionSource compiled, TaskCompletionSource<SubmissionOutcome> completion)
    {
        CellContext.Current = cell;
        try
        {
            // CreateDelegate emits the submission once, and the run reuses it. Script.Compile would emit it and then
            // bind the whole submission again for its warnings, which the engine does not show: a millisecond or more
            // of every warm cell. A failed emit throws with the same errors Compile reports.
            try
            {
                ReferenceBinding.Bind(script.GetCompilation());
                script.CreateDelegate(stop);
            }
            catch (CompilationErrorException e)
            {
                var diagnostics = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                completion.TrySetResult(new SubmissionOutcome(null, null, TimeSpan.Zero, diagnostics, false));
                return;
            }

            var compilation = script.GetCompilation();
            var trailing = TrailingExpression(compilation);
            compiled.TrySetResult();
            var clock = Stopwatch.StartNew();
            var running = previous is null
                ? script.RunAsync(globals: null, catchException: _ => true, CancellationToken.None)
                : script.RunFromAsync(previous, _ => true, CancellationToken.None);
            running.ContinueWith(
                task => completion.TrySetResult(task.IsCompletedSuccessfully
                    ? new SubmissionOutcome(task.Result, null, clock.Elapsed, [], HasResult(compilation, trailing, task.Result.ReturnValue))
                    : new SubmissionOutcome(null, task.Exception?.InnerException ?? new OperationCanceledException(), clock.Elapsed, [], false)),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
        catch (Exception e)
        {
            completion.TrySetResult(new SubmissionOutcome(null, e, TimeSpan.Zero, [], false));
        }
    }

    /// <summary>The cell's trailing expression statement (one without a semicolon), if it ends with one.</summary>
    private static ExpressionStatementSyntax? TrailingExpression(Compilation compilation) =>
        compilation.SyntaxTrees.FirstOrDefault()?.GetRoot() is CompilationUnitSyntax unit
        && unit.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
        && statement.SemicolonToken.IsMissing
            ? statement
            : null;

    /// <summary>
    /// Whether a trailing expression is the cell's result: it is unless its type is void. The semantic
    /// check (an extra bind) is needed only when the value came back null.
    /// </summary>
    private static bool HasResult(Compilation compilation, ExpressionStatementSyntax? trailing, object? value)
    {
        if (trailing is null)
        {
            return false;
        }

        if (value is not null)
        {
            return true;
        }

        var type = compilation.GetSemanticModel(trailing.SyntaxTree).GetTypeInfo(trailing.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private static ErrorOutput CompilationError(IReadOnlyList<Diagnostic> diagnostics, InterruptionInjector injected, string label)
    {
        var lines = diagnostics.Select(diagnostic =>
        {
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            if (!diagnostic.Location.IsInSource)
            {
                return $"error {diagnostic.Id}: {message}";
            }

            var original = injected.ToOriginal(diagnostic.Location.SourceSpan.Start);
            var (line, column) = LineAndColumn(injected.OriginalCode, original);
            return $"({line},{column}): error {diagnostic.Id}: {message}";
        }).ToArray();
        var traceback = lines.Select(line => $"{label} {line}").ToArray();
        return new ErrorOutput("CompilationError", string.Join("\n", lines), traceback);
    }

    private static (int Line, int Column) LineAndColumn(string text, int position)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }

    private static ErrorOutput UnsupportedLanguage(string kernel)
    {
        var language = kernel switch
        {
            "fsharp" => "F#",
            "pwsh" => "PowerShell",
            "javascript" => "JavaScript",
            "mermaid" => "Mermaid",
            "sql" => "SQL",
            "kql" => "KQL",
            "python" => "Python",
            "http" => "HTTP",
            _ => kernel,
        };
        var message = $"This cell is written in {language} (kernel \"{kernel}\"), but this engine runs C# only; the cell was not run. Run it in Polyglot Notebooks, or rewrite it in C#.";
        return new ErrorOutput("UnsupportedLanguageError", message, [message]);
    }

    private static MetadataReference[] CreateBaseReferences()
    {
        var trusted = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(path => Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        var paths = new List<string>();
        foreach (var name in FrameworkAssemblies)
        {
            if (trusted.TryGetValue(name, out var path))
            {
                paths.Add(path);
            }
        }

        paths.Add(typeof(NotebookKernel).Assembly.Location);
        paths.Add(typeof(Formatter).Assembly.Location);
        paths.Add(typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly.Location);
        return paths.Where(path => path.Length > 0).Distinct(StringComparer.Ordinal).Select(path => (MetadataReference)MappedReferences.FromFile(path)).ToArray();
    }

    private enum ResultKind
    {
        None,
        ExecuteResult,
        Display,
    }

    private sealed class RunState
    {
        public CellStatus Status { get; set; } = CellStatus.Succeeded;

        public TimeSpan Compute { get; set; }

        public bool LeftRunning { get; set; }

        public TimeSpan? Remaining { get; set; }

        public bool TimedOut { get; set; }
    }

    private sealed record SubmissionOutcome(ScriptState<object>? State, Exception? Exception, TimeSpan Compute, IReadOnlyList<Diagnostic> Diagnostics, bool HasValue);
}
