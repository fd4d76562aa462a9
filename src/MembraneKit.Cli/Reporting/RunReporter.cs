using MembraneKit.Cli.Running;
using MembraneKit.Notebooks;
using Spectre.Console;

namespace MembraneKit.Cli.Reporting;

/// <summary>
/// Shows progress while notebooks run — a live display on a terminal, plain lines when output is
/// redirected or under CI — and the closing table.
/// </summary>
internal sealed class RunReporter
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _output;
    private readonly bool _live;

    /// <param name="output">Where to write.</param>
    /// <param name="isTerminal">Whether <paramref name="output"/> is the process's own console (a live display is then possible).</param>
    public RunReporter(TextWriter output, bool isTerminal)
    {
        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TF_BUILD"));
        _live = isTerminal && !Console.IsOutputRedirected && !ci;
        _output = output;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = _live ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = _live ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = _live ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!_live)
        {
            _console.Profile.Width = 120;
        }
    }

    /// <summary>Writes a line; redirected, as it is (never wrapped, so a path or message stays whole for grep and logs).</summary>
    public void Line(string text)
    {
        if (_live)
        {
            _console.WriteLine(text);
        }
        else
        {
            _output.WriteLine(text);
        }
    }

    public void Error(string text) => _console.MarkupLine($"[red]{Markup.Escape(text)}[/]");

    public async Task<IReadOnlyList<NotebookOutcome>> RunAllAsync(IReadOnlyList<NotebookJob> jobs, BatchRunner runner, CancellationToken cancellationToken)
    {
        var outcomes = new List<NotebookOutcome>();
        if (_live)
        {
            await _console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    foreach (var (job, position) in jobs.Select((job, position) => (job, position)))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var name = Markup.Escape(job.RelativeOutput);
                        var task = context.AddTask(name, maxValue: CountCodeCells(job));
                        var outcome = await runner.RunAsync(job, e =>
                        {
                            if (e is CellFinished)
                            {
                                task.Increment(1);
                            }
                        }, position < jobs.Count - 1, cancellationToken).ConfigureAwait(false);
                        task.Value = task.MaxValue;
                        task.Description = outcome.Succeeded ? $"[green]{name}[/]" : $"[red]{name}[/]";
                        task.StopTask();
                        outcomes.Add(outcome);
                    }
                }).ConfigureAwait(false);
        }
        else
        {
            foreach (var (job, position) in jobs.Select((job, position) => (job, position)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Line($"Running {job.RelativeOutput}");
                var outcome = await runner.RunAsync(job, e =>
                {
                    if (e is CellFinished { Result: { Succeeded: false, Status: not CellStatus.Skipped } result } finished)
                    {
                        var error = result.Error;
                        Line($"  cell {finished.CellIndex + 1}: {result.Status}{(error is null ? "" : $" — {error.Name}: {error.Value.Split('\n')[0]}")}");
                    }
                }, position < jobs.Count - 1, cancellationToken).ConfigureAwait(false);
                Line(outcome.Summary.StartsWith("not run:", StringComparison.Ordinal)
                    ? $"  {outcome.Summary}"
                    : $"  {(outcome.Succeeded ? "ok" : "FAILED")} — {outcome.CodeCells} cells in {outcome.Duration.TotalSeconds:0.00} s");
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }

    public void Summary(IReadOnlyList<NotebookOutcome> outcomes)
    {
        var table = new Table().Border(_live ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("Notebook");
        table.AddColumn(new TableColumn("Cells").RightAligned());
        table.AddColumn(new TableColumn("Seconds").RightAligned());
        table.AddColumn("Result");
        foreach (var outcome in outcomes)
        {
            var result = Markup.Escape(outcome.Summary);
            table.AddRow(
                Markup.Escape(outcome.Job.RelativeOutput),
                outcome.CodeCells.ToString(System.Globalization.CultureInfo.InvariantCulture),
                outcome.Duration.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                outcome.Succeeded ? $"[green]{result}[/]" : $"[red]{result}[/]");
        }

        _console.Write(table);
        var failed = outcomes.Count(o => !o.Succeeded);
        var seconds = outcomes.Sum(o => o.Duration.TotalSeconds).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        // Each notebook runs in its own process: the peak is the largest of those and of this one.
        var peakBytes = outcomes.Select(o => o.PeakWorkingSet ?? 0).Append(System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64).Max();
        var peak = peakBytes / (1024.0 * 1024.0);
        var totals = $"in {seconds} s, peak memory {peak.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} MiB";
        Line(failed == 0 ? $"All {outcomes.Count} notebooks succeeded {totals}." : $"{failed} of {outcomes.Count} notebooks failed ({totals}).");
    }

    private static int CountCodeCells(NotebookJob job)
    {
        try
        {
            return Math.Max(1, Notebook.Load(job.InputPath).Cells.Count(cell => cell.IsCode));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return 1;
        }
    }
}
