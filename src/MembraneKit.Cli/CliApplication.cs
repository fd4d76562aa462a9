using System.CommandLine;
using MembraneKit.Cli.Commands;

namespace MembraneKit.Cli;

/// <summary>The <c>membranekit</c> command line: <c>run</c>, <c>setup</c>, <c>kernel</c>, <c>assign</c> and <c>grade</c>.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the command they name.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where reports go (the console's original standard output).</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The process exit code: 0 when everything succeeded.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        // Decided before any notebook session replaces Console.Out with its cell-routing writer.
        var isTerminal = ReferenceEquals(output, Console.Out);
        var root = new RootCommand("Runs C# Jupyter notebooks headlessly, the way the Polyglot Notebooks C# kernel runs them.");
        root.Subcommands.Add(RunCommand.Create(output, error, isTerminal));
        root.Subcommands.Add(SetupCommand.Create(output, error, isTerminal));
        root.Subcommands.Add(KernelCommand.Create(output, error));
        root.Subcommands.Add(AssignCommand.Create(output, error));
        root.Subcommands.Add(GradeCommand.Create(output, error, isTerminal));
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(configuration);
    }
}
