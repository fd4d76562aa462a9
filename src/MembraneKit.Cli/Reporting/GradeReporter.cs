using System.Globalization;
using MembraneKit.Cli.Grading;
using MembraneKit.Grading;
using Spectre.Console;

namespace MembraneKit.Cli.Reporting;

/// <summary>
/// What <c>grade</c> shows: a line per submission as it is graded (with a count of those left) and the
/// closing table — student, points, status, sandbox, seconds, notes. On a terminal the table has colour;
/// redirected or under CI, plain lines and an ASCII table.
/// </summary>
internal sealed class GradeReporter
{
    private readonly IAnsiConsole _console;
    private readonly bool _live;
    private readonly object _gate = new();
    private int _total;
    private int _done;

    public GradeReporter(TextWriter output, TextWriter error, bool isTerminal)
    {
        ErrorWriter = error;
        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TF_BUILD"));
        _live = isTerminal && !Console.IsOutputRedirected && !ci;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = _live ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = _live ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!_live)
        {
            _console.Profile.Width = 160;
        }
    }

    private TextWriter ErrorWriter { get; }

    public void Line(string text)
    {
        lock (_gate)
        {
            _console.WriteLine(text);
        }
    }

    public void Error(string text)
    {
        lock (_gate)
        {
            ErrorWriter.WriteLine(text);
        }
    }

    public void Warning(string text)
    {
        lock (_gate)
        {
            if (_live)
            {
                _console.MarkupLine($"[yellow]Warning: {Markup.Escape(text)}[/]");
            }
            else
            {
                _console.WriteLine($"Warning: {text}");
            }
        }
    }

    public void Start(int total)
    {
        _total = total;
        Line($"Grading {total} submission(s)…");
    }

    public void Finished(GradedRow row)
    {
        var done = Interlocked.Increment(ref _done);
        var submission = row.Submission;
        var points = submission.Grade is { } grade ? $"{Number(grade.Total)}/{Number(grade.Maximum)}" : "—";
        var text = $"[{done}/{_total}] {submission.Student}: {points} {submission.Status}{(row.Duration > TimeSpan.Zero ? $" ({row.Duration.TotalSeconds:0.0} s)" : "")}";
        lock (_gate)
        {
            if (_live)
            {
                var colour = submission.Status == "graded" ? "green" : submission.Grade is null ? "red" : "yellow";
                _console.MarkupLine($"[{colour}]{Markup.Escape(text)}[/]");
            }
            else
            {
                _console.WriteLine(text);
            }
        }
    }

    public void Summary(IReadOnlyList<GradedRow> rows, string outFolder, string sandbox, bool sandboxed)
    {
        var table = new Table().Border(_live ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("Student");
        table.AddColumn(new TableColumn("Points").RightAligned());
        table.AddColumn("Status");
        table.AddColumn("Sandbox");
        table.AddColumn(new TableColumn("Seconds").RightAligned());
        table.AddColumn("Notes");
        foreach (var row in rows)
        {
            var submission = row.Submission;
            var points = submission.Grade is { } grade ? $"{Number(grade.Total)} / {Number(grade.Maximum)}" : "—";
            table.AddRow(
                Markup.Escape(submission.Student),
                points,
                Markup.Escape(submission.Status),
                Markup.Escape(row.Sandbox),
                row.Duration > TimeSpan.Zero ? row.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "",
                Markup.Escape(Notes(submission)));
        }

        lock (_gate)
        {
            _console.Write(table);
            var graded = rows.Count(r => r.Submission.Grade is not null);
            _console.WriteLine($"Graded {graded} of {rows.Count} submission(s); sandbox: {sandbox}{(sandboxed ? "" : " — NOT CONFINED")}. Grades in {Path.Combine(outFolder, GradesCsv.FileName)}, feedback in {Path.Combine(outFolder, "<student>", "feedback.html")}.");
            var timed = rows.Select(r => r.Timing).OfType<(TimeSpan Start, TimeSpan Cells, TimeSpan Compute)>().ToArray();
            if (timed.Length > 0)
            {
                string Mean(Func<(TimeSpan Start, TimeSpan Cells, TimeSpan Compute), TimeSpan> part) =>
                    timed.Average(t => part(t).TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture);
                _console.WriteLine($"Per submission (mean wall time): worker start {Mean(t => t.Start)} s, cells {Mean(t => t.Cells)} s, of which the cells' own code {Mean(t => t.Compute)} s (the rest compiles them, loads packages).");
            }
        }
    }

    private static string Notes(GradedSubmission submission)
    {
        var notes = new List<string>();
        if (submission.Problem is not null)
        {
            notes.Add(submission.Problem);
        }

        if (submission.Grade is { } grade)
        {
            if (grade.ProcessEnd is not null)
            {
                notes.Add(grade.ProcessEnd);
            }

            notes.AddRange(grade.Tampering.Select(t => $"{t.GradeId} {t.Kind.ToString().ToLowerInvariant()}"));
            var failed = grade.Cells.Where(c => c.Outcome is CellOutcome.Failed).Select(c => c.GradeId).ToArray();
            if (failed.Length > 0)
            {
                notes.Add($"failed: {string.Join(", ", failed)}");
            }

            var open = grade.Cells.Where(c => c.Outcome is CellOutcome.NotAttempted).Select(c => c.GradeId).ToArray();
            if (open.Length > 0)
            {
                notes.Add($"not attempted: {string.Join(", ", open)}");
            }
        }

        var text = string.Join("; ", notes);
        return text.Length <= 160 ? text : text[..160] + "…";
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
