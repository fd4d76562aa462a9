using System.Security.Cryptography;
using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>
/// Writes a release to a folder: the class version (<c>DIR/&lt;source name&gt;</c>) or, with a roster, one
/// version per student (<c>DIR/&lt;id&gt;/&lt;source name&gt;</c>), and the manifest (<c>DIR/assignment.json</c>).
/// It never overwrites silently: if any of those files exists it refuses, naming them, unless told to
/// overwrite; it never deletes anything else in the folder.
/// </summary>
public static class AssignmentWriter
{
    /// <summary>Checks the source, makes every version and writes them with the manifest.</summary>
    /// <param name="sourcePath">The assignment source notebook.</param>
    /// <param name="outFolder">The folder to write to (created if missing).</param>
    /// <param name="roster">The class list, or <see langword="null"/> for one class version.</param>
    /// <param name="seed">The seed of the variants.</param>
    /// <param name="overwrite">Whether files that exist may be replaced.</param>
    /// <returns>The manifest written.</returns>
    /// <exception cref="AssignmentSourceException">The source breaks the assignment rules.</exception>
    /// <exception cref="InvalidDataException">The source is not a notebook.</exception>
    /// <exception cref="IOException">Files exist and <paramref name="overwrite"/> is false; the message names them.</exception>
    public static AssignmentManifest Write(string sourcePath, string outFolder, Roster? roster, long seed, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(outFolder);
        var source = AssignmentSource.Load(sourcePath);
        var fileName = Path.GetFileName(sourcePath);
        var releases = roster is null
            ? [(Student: (Student?)null, Notebook: AssignmentRelease.ForClass(source), File: fileName)]
            : roster.Students.Select(s => (Student: (Student?)s, Notebook: AssignmentRelease.ForStudent(source, s.Id, seed), File: $"{s.Id}/{fileName}")).ToArray();

        var outFull = Path.GetFullPath(outFolder);
        var sourceFull = Path.GetFullPath(sourcePath);
        var targets = releases.Select(r => Path.Combine(outFull, r.File)).Append(Path.Combine(outFull, AssignmentManifest.FileName)).ToArray();
        if (targets.Contains(sourceFull, StringComparer.Ordinal))
        {
            throw new IOException($"The output folder {outFull} would overwrite the source {sourceFull}; choose another --out folder.");
        }

        var existing = targets.Where(File.Exists).ToArray();
        if (existing.Length > 0 && !overwrite)
        {
            throw new IOException($"Refusing to overwrite {existing.Length} existing file(s) in {outFull}: {string.Join(", ", existing.Select(p => Path.GetRelativePath(outFull, p)).Take(5))}{(existing.Length > 5 ? ", …" : "")}. Pass --force to replace them, or choose another --out folder.");
        }

        var manifest = new AssignmentManifest(
            AssignmentManifest.CurrentFormat,
            fileName,
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(sourcePath))),
            seed,
            [.. source.Cells.Where(c => c.Metadata is { IsTracked: true }).Select(c => new ManifestCell(
                c.GradeId!, c.Index, c.Cell.Id, c.Cell.CellType, c.IsGrade, c.IsSolution, c.IsLocked, c.Metadata!.Task, c.Metadata.Points, c.HiddenTests.Count > 0))],
            [.. releases.Select(r => new ManifestRelease(r.Student?.Id, r.Student?.Name, r.File, r.Notebook.Parameters, r.Notebook.Checksums))]);

        foreach (var release in releases)
        {
            release.Notebook.Notebook.Save(Path.Combine(outFull, release.File));
        }

        AtomicFile.WriteAllText(Path.Combine(outFull, AssignmentManifest.FileName), manifest.ToJson());
        return manifest;
    }
}
