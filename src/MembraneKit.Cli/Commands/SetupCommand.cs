using System.CommandLine;
using MembraneKit.Cli.Setup;

namespace MembraneKit.Cli.Commands;

/// <summary><c>membranekit setup</c>: packs the solution into its local feed and registers the feed with NuGet.</summary>
internal static class SetupCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool isTerminal)
    {
        _ = isTerminal;
        var repo = new Option<string?>("--repo") { Description = "The repository (default: the folder holding the solution, searched upward from here)." };
        var command = new Command("setup", "Pack the solution into <repo>/artifacts/packages and register that folder as a user-level NuGet source.")
        {
            repo,
        };
        command.SetAction((parse, cancellationToken) => new SolutionSetup(output, error).RunAsync(parse.GetValue(repo), cancellationToken));
        return command;
    }
}
