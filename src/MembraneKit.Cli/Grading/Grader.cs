using System.Diagnostics;
using System.Security.Cryptography;
using MembraneKit.Cli.Isolation;
using MembraneKit.Cli.Reporting;
using MembraneKit.Grading;
using MembraneKit.Notebooks;
using NuGet.Configuration;

namespace MembraneKit.Cli.Grading;

/// <summary>
/// <c>membranekit grade</c>'s work: checks the source (it must earn full marks on its own solutions, run
/// once unconfined, which also warms the package cache), then grades each submission in its own sandboxed
/// worker with its own scratch folder, a few at a time, and writes <c>grades.csv</c>, a feedback page and the
/// executed notebook per student.
/// </summary>
internal sealed class Grader(GradingOptions options, GradeReporter reporter)
{
    /// <summary>Grades; returns the exit code (non-zero only when grading itself failed).</summary>
    public async Task<int> GradeAsync(string sourcePath, string? manifestPath, IReadOnlyList<string> paths, string outPath, bool force, CancellationToken cancellationToken)
    {
        AssignmentSource source;
        AssignmentManifest? manifest = null;
        try
        {
            source = AssignmentSource.Load(sourcePath);
            if (manifestPath is not null)
            {
                manifest = AssignmentManifest.Parse(await File.ReadAllTextAsync(manifestPath, cancellationToken).ConfigureAwait(false));
                var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(sourcePath, cancellationToken).ConfigureAwait(false)));
                if (sha != manifest.SourceSha256)
                {
                    reporter.Error($"--manifest '{manifestPath}' was written for another version of the source (SHA-256 {manifest.SourceSha256[..12]}…, the source's is {sha[..12]}…); grade with the source the homework was assigned from.");
                    return 2;
                }
            }
        }
        catch (Exception e) when (e is AssignmentSourceException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            reporter.Error(e.Message);
            return 2;
        }

        var submissions = SubmissionDiscovery.Find(paths, out var missing);
        foreach (var path in missing)
        {
            reporter.Error($"Not found: submission path '{path}'.");
        }

        var outFull = Path.GetFullPath(outPath);
        if (paths.Where(Directory.Exists).Select(Path.GetFullPath).FirstOrDefault(root => IsWithin(outFull, root)) is { } inside)
        {
            reporter.Error($"--out '{outFull}' is inside the submissions folder '{inside}'; a later grade would take the executed copies for submissions. Choose another --out folder.");
            return 2;
        }

        if (Directory.Exists(outFull) && Directory.EnumerateFileSystemEntries(outFull).Any() && !force)
        {
            reporter.Error($"Refusing to write into '{outFull}': it exists and is not empty (an earlier grading?). Pass --force to replace its grades and feedback, or choose another --out folder.");
            return 2;
        }

        try
        {
            Directory.CreateDirectory(outFull);
            var probe = Path.Combine(outFull, $".write-test-{Environment.ProcessId}");
            await File.WriteAllTextAsync(probe, "", cancellationToken).ConfigureAwait(false);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Error($"Cannot write the output folder '{outFull}': {e.Message}");
            return 1;
        }

        var sandbox = options.Sandbox && SandboxSupport.Abi > 0;
        var sandboxWords = SandboxSupport.Describe(options.Sandbox);
        if (!sandbox)
        {
            reporter.Warning($"Submissions run WITHOUT a file system sandbox ({sandboxWords}): each still runs in its own process with time and memory limits and its own scratch folder, but its code can read and change any file this user can.");
        }

        var restoreCache = SandboxSupport.RestoreCache();
        var scratchRoot = Directory.CreateTempSubdirectory("membranekit-grade-").FullName;
        try
        {
            string nugetConfig;
            try
            {
                nugetConfig = ScratchFolder.NuGetConfig(PackageSources(Path.GetDirectoryName(Path.GetFullPath(sourcePath))!));
            }
            catch (NuGetConfigurationException e)
            {
                reporter.Error($"The NuGet configuration seen from the source's folder cannot be read: {e.Message}");
                return 1;
            }

            var check = await CheckSourceAsync(source, scratchRoot, nugetConfig, restoreCache, cancellationToken).ConfigureAwait(false);
            if (check is not null)
            {
                reporter.Error($"The source does not earn full marks on its own solutions, so grading stopped: {check}");
                return 1;
            }

            var rows = await GradeAllAsync(source, manifest, submissions, outFull, scratchRoot, nugetConfig, restoreCache, sandbox ? sandboxWords : $"none ({sandboxWords})", cancellationToken).ConfigureAwait(false);
            var gradeIds = source.Cells.Where(c => c.IsGrade).Select(c => c.GradeId!).ToArray();
            AtomicFile.WriteAllText(Path.Combine(outFull, GradesCsv.FileName), GradesCsv.Write(gradeIds, rows.Select(r => r.Submission)));
            reporter.Summary(rows, outFull, sandboxWords, sandbox);
            return missing.Count > 0 ? 1 : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Error($"Grading failed: {e.Message}");
            return 1;
        }
        finally
        {
            try
            {
                Directory.Delete(scratchRoot, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reporter.Warning($"The scratch folder {scratchRoot} could not be removed: {e.Message}");
            }
        }
    }

    private async Task<IReadOnlyList<GradedRow>> GradeAllAsync(AssignmentSource source, AssignmentManifest? manifest, IReadOnlyList<Submission> submissions, string outFull, string scratchRoot, string nugetConfig, string restoreCache, string sandboxWords, CancellationToken cancellationToken)
    {
        var rows = new GradedRow?[submissions.Count];
        var firstOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var fileName = Path.GetFileName(source.Name);
        reporter.Start(submissions.Count);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, submissions.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallel), CancellationToken = cancellationToken },
            async (position, token) =>
            {
                var submission = submissions[position];
                string? duplicateOf;
                lock (firstOf)
                {
                    duplicateOf = firstOf.GetValueOrDefault(submission.Student);
                    firstOf.TryAdd(submission.Student, submission.Path);
                }

                var row = duplicateOf is not null
                    ? new GradedRow(new GradedSubmission(submission.Student, submission.Path, null, $"a second submission for this student (the first, {duplicateOf}, is graded)"), "—", TimeSpan.Zero, 0)
                    : await GradeOneAsync(source, manifest, submission, position, scratchRoot, nugetConfig, restoreCache, sandboxWords, token).ConfigureAwait(false);
                rows[position] = row;
                if (duplicateOf is null)
                {
                    var folder = Path.Combine(outFull, submission.Student);
                    Directory.CreateDirectory(folder);
                    AtomicFile.WriteAllText(Path.Combine(folder, "feedback.html"), FeedbackPage.Render(row.Submission, fileName));
                    if (row.Executed is { } executed)
                    {
                        executed.Save(Path.Combine(folder, fileName));
                    }
                }

                reporter.Finished(row);
            }).ConfigureAwait(false);
        return [.. rows.OfType<GradedRow>().OrderBy(r => r.Submission.Student, StringComparer.Ordinal)];
    }

    private async Task<GradedRow> GradeOneAsync(AssignmentSource source, AssignmentManifest? manifest, Submission submission, int position, string scratchRoot, string nugetConfig, string restoreCache, string sandboxWords, CancellationToken cancellationToken)
    {
        var student = submission.Student;
        var notebook = SubmissionFile.TryRead(submission.Path, out var problem);
        if (notebook is null)
        {
            return new GradedRow(new GradedSubmission(student, submission.Path, null, problem), "—", TimeSpan.Zero, 0);
        }

        var (release, note) = ReleaseFor(source, manifest, student);
        var prepared = SubmissionPreparation.TryPrepare(source, release, notebook, out problem);
        if (prepared is null)
        {
            return new GradedRow(new GradedSubmission(student, submission.Path, null, problem), "—", TimeSpan.Zero, 0);
        }

        using var scratch = ScratchFolder.Create(scratchRoot, position.ToString(System.Globalization.CultureInfo.InvariantCulture), nugetConfig);
        SubmissionRun.Outcome outcome;
        try
        {
            outcome = await SubmissionRun.RunAsync(prepared, scratch.Start(options, restoreCache, options.Sandbox && SandboxSupport.Abi > 0), options.NotebookTimeout, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new GradedRow(new GradedSubmission(student, submission.Path, null, $"its worker process could not be run: {e.Message}"), sandboxWords, TimeSpan.Zero, 0);
        }

        var grade = SubmissionScoring.Score(prepared, outcome.Results, outcome.ProcessEnd);
        if (scratch.LeftBehind is { } left)
        {
            note = note is null ? left : $"{note}; {left}";
        }

        return new GradedRow(new GradedSubmission(student, submission.Path, grade, note), sandboxWords, outcome.Duration, outcome.PeakResidentBytes) { Executed = outcome.Executed, Timing = (outcome.StartDuration, outcome.CellsDuration, outcome.ComputeDuration) };
    }

    /// <summary>What the student was given: their variant when the manifest lists them (or any student was given one), else the class version.</summary>
    private static (ReleasedNotebook Release, string? Note) ReleaseFor(AssignmentSource source, AssignmentManifest? manifest, string student)
    {
        if (manifest is null || manifest.Releases.All(r => r.Student is null))
        {
            return (AssignmentRelease.ForClass(source), null);
        }

        var release = AssignmentRelease.ForStudent(source, student, manifest.Seed);
        return manifest.Releases.Any(r => r.Student == student)
            ? (release, null)
            : (release, $"'{student}' is not in the manifest's roster; graded with the values drawn for that id");
    }

    /// <summary>Runs the source itself, unconfined: every graded cell must pass. This also restores its packages into the cache the sandboxed workers read.</summary>
    private async Task<string?> CheckSourceAsync(AssignmentSource source, string scratchRoot, string nugetConfig, string restoreCache, CancellationToken cancellationToken)
    {
        var notebook = source.Notebook.Clone();
        var gradeCells = source.Cells.Where(c => c.IsGrade).Select(c => new GradeCell(c.Index, c.GradeId!, c.Metadata!.Points ?? 0, c.Cell.IsCode)).ToArray();
        var prepared = new PreparedSubmission(notebook, new Dictionary<int, string>(), gradeCells, [], 0);
        using var scratch = ScratchFolder.Create(scratchRoot, "source", nugetConfig);
        var clock = Stopwatch.StartNew();
        reporter.Line($"Checking the source {Path.GetFileName(source.Name)} against its own tests (this also restores its packages)…");
        var start = scratch.Start(options, restoreCache, sandbox: false) with { CellTimeout = TimeSpan.FromMinutes(10) };
        var outcome = await SubmissionRun.RunAsync(prepared, start, TimeSpan.FromMinutes(20), null, cancellationToken).ConfigureAwait(false);
        var grade = SubmissionScoring.Score(prepared, outcome.Results, outcome.ProcessEnd);
        var failed = grade.Cells.FirstOrDefault(c => c.Outcome is not (CellOutcome.Passed or CellOutcome.Manual));
        var setupFailure = outcome.Results.FirstOrDefault(r => !r.Value.Succeeded);
        if (failed is not null)
        {
            return $"cell '{failed.GradeId}': {failed.Message}";
        }

        if (setupFailure.Value is { } result)
        {
            return $"cell {setupFailure.Key + 1}: {result.Error?.Name}: {result.Error?.Value}";
        }

        reporter.Line($"  the source earns {grade.Total:0.##} of {grade.Maximum:0.##} points ({clock.Elapsed.TotalSeconds:0.0} s).");
        return null;
    }

    /// <summary>The enabled package sources seen from <paramref name="folder"/>, with their locations resolved.</summary>
    private static IEnumerable<(string Name, string Location)> PackageSources(string folder)
    {
        var settings = Settings.LoadDefaultSettings(folder);
        return new PackageSourceProvider(settings).LoadPackageSources().Where(s => s.IsEnabled).Select(s => (s.Name, s.Source)).ToArray();
    }

    private static bool IsWithin(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
