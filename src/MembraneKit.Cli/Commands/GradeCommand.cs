using System.CommandLine;
using MembraneKit.Cli.Grading;
using MembraneKit.Cli.Reporting;

namespace MembraneKit.Cli.Commands;

/// <summary>
/// <c>membranekit grade SUBMISSIONS… --source SOURCE.ipynb --out DIR [--manifest assignment.json] [--parallel N]
/// [--timeout S] [--notebook-timeout S] [--memory MB] [--no-sandbox] [--force]</c>: grades submissions, each in
/// its own sandboxed process, and writes grades.csv, feedback pages and executed notebooks.
/// </summary>
internal static class GradeCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool isTerminal)
    {
        var submissions = new Argument<string[]>("submissions")
        {
            Description = "Submitted notebooks, or folders of them: <student>.ipynb directly inside, or <student>/…/<notebook>.ipynb (as 'assign' writes them, or nbgrader's submitted/ folder).",
            Arity = ArgumentArity.OneOrMore,
        };
        var source = new Option<string>("--source", "-s") { Description = "The assignment source notebook (with solutions and hidden tests) the homework was assigned from.", Required = true, HelpName = "SOURCE.ipynb" };
        var outFolder = new Option<string>("--out", "-o") { Description = "The folder for grades.csv and, per student, feedback.html and the executed notebook.", Required = true, HelpName = "DIR" };
        var manifest = new Option<string?>("--manifest", "-m") { Description = "The assignment.json 'assign' wrote: each student is graded with the values drawn for them.", HelpName = "FILE" };
        var parallel = new Option<int>("--parallel", "-j") { Description = "How many submissions run at once.", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var timeout = new Option<double>("--timeout") { Description = "The longest a cell's code may run, in seconds.", DefaultValueFactory = _ => 60, HelpName = "S" };
        var notebookTimeout = new Option<double>("--notebook-timeout") { Description = "The longest a whole submission may take, in seconds.", DefaultValueFactory = _ => 300, HelpName = "S" };
        var memory = new Option<int>("--memory") { Description = "Each submission's GC heap limit, in MB (its process may use 384 MB more before it is ended).", DefaultValueFactory = _ => 512, HelpName = "MB" };
        var noSandbox = new Option<bool>("--no-sandbox") { Description = "Run submissions without the Landlock file system sandbox (each still has its own process, limits and scratch folder)." };
        var force = new Option<bool>("--force") { Description = "Write into an output folder that is not empty, replacing grades.csv and the students' feedback and executed notebooks." };
        var command = new Command("grade", "Grade submissions: locked and test cells restored, hidden tests put back, each run in its own sandboxed process; grades.csv, feedback pages and executed notebooks.")
        {
            submissions, source, outFolder, manifest, parallel, timeout, notebookTimeout, memory, noSandbox, force,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var sourcePath = parse.GetValue(source)!;
            var manifestPath = parse.GetValue(manifest);
            string? problem = null;
            if (!File.Exists(sourcePath))
            {
                problem = $"Not found: --source '{sourcePath}'.";
            }
            else if (manifestPath is not null && !File.Exists(manifestPath))
            {
                problem = $"Not found: --manifest '{manifestPath}'.";
            }
            else if (parse.GetValue(parallel) is var n and (< 1 or > 256))
            {
                problem = $"--parallel {n} is out of range: give 1 to 256 submissions at once.";
            }
            else if (parse.GetValue(timeout) is var cell && !(cell > 0 && cell <= 86_400))
            {
                problem = $"--timeout {cell} s is out of range: a cell's limit is more than 0 and at most 86400 s.";
            }
            else if (parse.GetValue(notebookTimeout) is var whole && !(whole > 0 && whole <= 86_400))
            {
                problem = $"--notebook-timeout {whole} s is out of range: a submission's limit is more than 0 and at most 86400 s.";
            }
            else if (parse.GetValue(memory) is var mb and (< 64 or > 65_536))
            {
                problem = $"--memory {mb} MB is out of range: give 64 to 65536 MB.";
            }

            if (problem is not null)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
                return 2;
            }

            var options = new GradingOptions
            {
                Parallel = parse.GetValue(parallel),
                CellTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                NotebookTimeout = TimeSpan.FromSeconds(parse.GetValue(notebookTimeout)),
                MemoryLimitBytes = (long)parse.GetValue(memory) << 20,
                Sandbox = !parse.GetValue(noSandbox),
            };
            var grader = new Grader(options, new GradeReporter(output, error, isTerminal));
            return await grader.GradeAsync(sourcePath, manifestPath, parse.GetValue(submissions) ?? [], parse.GetValue(outFolder)!, parse.GetValue(force), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
