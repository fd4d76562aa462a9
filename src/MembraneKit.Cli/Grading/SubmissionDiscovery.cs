using System.Text.RegularExpressions;

namespace MembraneKit.Cli.Grading;

/// <summary>
/// Finds submissions in the paths given to <c>grade</c>. A file is one submission, its student the file's
/// name without <c>.ipynb</c>. In a folder, a notebook directly inside is a submission of that name
/// (<c>k42.ipynb</c>: a flat collection); a notebook deeper down belongs to the student named by its first
/// folder (<c>k42/homework.ipynb</c> as <c>assign</c> writes them, nbgrader's
/// <c>submitted/k42/homework/homework.ipynb</c> given <c>submitted</c>). Hidden folders, checkpoints,
/// bin/obj are skipped.
/// </summary>
internal static partial class SubmissionDiscovery
{
    public static IReadOnlyList<Submission> Find(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var found = new List<Submission>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                found.Add(new Submission(StudentId(Path.GetFileNameWithoutExtension(path)), Path.GetFullPath(path)));
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                foreach (var file in Directory.EnumerateFiles(root, "*.ipynb", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
                    if (relative.Take(relative.Length - 1).Any(Skipped))
                    {
                        continue;
                    }

                    found.Add(new Submission(StudentId(relative.Length == 1 ? Path.GetFileNameWithoutExtension(file) : relative[0]), file));
                }
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return found;
    }

    /// <summary>The id as a folder name: letters, digits, '.', '_' and '-' (as a roster's ids are); anything else becomes '_'.</summary>
    public static string StudentId(string name)
    {
        var id = Unsafe().Replace(name, "_").Trim('.');
        return id.Length == 0 ? "_" : id;
    }

    private static bool Skipped(string folder) =>
        folder.StartsWith('.') || folder is "bin" or "obj" or "artifacts";

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex Unsafe();
}
