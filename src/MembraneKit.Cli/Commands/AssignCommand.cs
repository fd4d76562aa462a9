using System.CommandLine;
using MembraneKit.Grading;

namespace MembraneKit.Cli.Commands;

/// <summary>
/// <c>membranekit assign SOURCE.ipynb --out DIR [--roster students.csv] [--seed N] [--force]</c>: checks an
/// nbgrader-format source and writes the student version(s) and the manifest.
/// </summary>
internal static class AssignCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var source = new Argument<string>("source") { Description = "The assignment source notebook (.ipynb, nbgrader format, with solutions and hidden tests)." };
        var outFolder = new Option<string>("--out", "-o")
        {
            Description = "The folder for the student version(s) and assignment.json.",
            Required = true,
            HelpName = "DIR",
        };
        var roster = new Option<string?>("--roster")
        {
            Description = "A CSV class list with the header 'id,name': one version per student, in DIR/<id>/, with their own parameter values.",
            HelpName = "FILE",
        };
        var seed = new Option<long>("--seed")
        {
            Description = "The seed of the per-student values (recorded in assignment.json); the same seed and roster give the same values.",
            DefaultValueFactory = _ => 0,
            HelpName = "N",
        };
        var force = new Option<bool>("--force") { Description = "Replace files of an earlier release in DIR (otherwise assign refuses and names them)." };
        var command = new Command("assign", "Release an assignment: solutions replaced by stubs, hidden tests removed, nbgrader checksums recorded, per-student variants.")
        {
            source, outFolder, roster, seed, force,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var sourcePath = parse.GetValue(source)!;
            var outPath = parse.GetValue(outFolder)!;
            var rosterPath = parse.GetValue(roster);
            if (!File.Exists(sourcePath))
            {
                await error.WriteLineAsync($"Not found: source notebook '{sourcePath}'.").ConfigureAwait(false);
                return 2;
            }

            if (rosterPath is not null && !File.Exists(rosterPath))
            {
                await error.WriteLineAsync($"Not found: --roster '{rosterPath}'.").ConfigureAwait(false);
                return 2;
            }

            try
            {
                var students = rosterPath is null ? null : Roster.Load(rosterPath);
                var manifest = AssignmentWriter.Write(sourcePath, outPath, students, parse.GetValue(seed), parse.GetValue(force));
                var full = Path.GetFullPath(outPath);
                foreach (var release in manifest.Releases)
                {
                    var values = string.Join(", ", release.Parameters.Select(p => $"{p.Key} = {p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
                    await output.WriteLineAsync($"  {release.File}{(values.Length > 0 ? "  " + values : "")}").ConfigureAwait(false);
                }

                var graded = manifest.Cells.Where(c => c.Grade).ToArray();
                await output.WriteLineAsync(
                    $"Released {manifest.Releases.Count} notebook(s) of {manifest.Source} to {full}: {graded.Length} graded cell(s) worth {graded.Sum(c => c.Points ?? 0)} point(s), " +
                    $"{manifest.Cells.Count(c => c.Solution)} to answer, {manifest.Cells.Count(c => c.HiddenTests)} with hidden tests; manifest {AssignmentManifest.FileName}.").ConfigureAwait(false);
                return 0;
            }
            catch (Exception e) when (e is AssignmentSourceException or InvalidDataException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return e is IOException or UnauthorizedAccessException ? 1 : 2;
            }
        });
        return command;
    }
}
