using System.CommandLine;
using MembraneKit.Cli.Isolation;
using MembraneKit.Cli.Reporting;
using MembraneKit.Cli.Running;
using MembraneKit.Cli.Setup;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Commands;

/// <summary><c>membranekit run [notebooks or folders…]</c>: executes notebooks and writes executed copies.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool isTerminal)
    {
        var paths = new Argument<string[]>("notebooks")
        {
            Description = "Notebooks (.ipynb) or folders searched for them (bin, obj, artifacts and hidden folders are skipped).",
            Arity = ArgumentArity.OneOrMore,
        };
        var outFolder = new Option<string>("--out", "-o")
        {
            Description = "Folder for the executed copies (and HTML pages): a notebook named on the command line is written under its file name, a folder's notebooks under their paths in it; two notebooks with one copy name are refused.",
            DefaultValueFactory = _ => Path.Combine("artifacts", "notebooks"),
        };
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "A parameter, name=value, injected after the cell tagged 'parameters'; booleans, numbers, null and JSON lists ([1, 2.5]) are recognised, and each must suit the type the parameters cell declares.",
            AllowMultipleArgumentsPerToken = false,
        };
        var rawParameters = new Option<string[]>("--raw-parameter", "-r")
        {
            Description = "A parameter, name=value, whose value is always a string.",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "The longest a cell's code may run, in seconds (0 for no limit).",
            DefaultValueFactory = _ => 600,
        };
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run the remaining cells after a cell fails." };
        var html = new Option<bool>("--html") { Description = "Also write a self-contained HTML page of each executed notebook." };
        var setup = new Option<bool>("--setup") { Description = "Run 'membranekit setup' first (pack the solution into its local feed)." };
        var repo = new Option<string?>("--repo") { Description = "The repository for --setup (default: the folder holding the solution, searched upward)." };

        var command = new Command("run", "Execute notebooks in order, cell by cell, and write executed copies.")
        {
            paths, outFolder, parameters, rawParameters, timeout, continueOnError, html, setup, repo,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var reporter = new RunReporter(output, isTerminal);
            if (parse.GetValue(setup))
            {
                var setupCode = await new SolutionSetup(output, error).RunAsync(parse.GetValue(repo), cancellationToken).ConfigureAwait(false);
                if (setupCode != 0)
                {
                    return setupCode;
                }
            }

            Dictionary<string, object?> values;
            try
            {
                values = ParameterParser.ParseAll(parse.GetValue(parameters) ?? [], parse.GetValue(rawParameters) ?? []);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                await error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 2;
            }

            var jobs = NotebookDiscovery.Find(parse.GetValue(paths) ?? [], out var missing);
            foreach (var path in missing)
            {
                await error.WriteLineAsync($"Not found: {path}").ConfigureAwait(false);
            }

            if (jobs.Count == 0)
            {
                await error.WriteLineAsync("No notebooks to run.").ConfigureAwait(false);
                return 2;
            }

            var outputFolder = Path.GetFullPath(parse.GetValue(outFolder)!);
            var collisions = NotebookDiscovery.Collisions(jobs, outputFolder, Environment.CurrentDirectory);
            if (collisions.Count > 0)
            {
                foreach (var collision in collisions)
                {
                    await error.WriteLineAsync(collision).ConfigureAwait(false);
                }

                await error.WriteLineAsync("Nothing was run.").ConfigureAwait(false);
                return 2;
            }

            var seconds = parse.GetValue(timeout);
            var options = new RunOptions
            {
                Parameters = values,
                CellTimeout = seconds > 0 ? TimeSpan.FromSeconds(seconds) : null,
                ContinueOnError = parse.GetValue(continueOnError),
            };
            var runner = new BatchRunner(outputFolder, options, parse.GetValue(html));
            IReadOnlyList<NotebookOutcome> outcomes;
            try
            {
                outcomes = await reporter.RunAllAsync(jobs, runner, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                WorkerPool.Discard();
            }

            reporter.Summary(outcomes);
            return outcomes.All(o => o.Succeeded) && missing.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
