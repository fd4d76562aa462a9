using System.IO.Compression;
using System.Text.Json.Nodes;
using MembraneKit.Cli.Tests.Homework;
using MembraneKit.Grading;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Tests.Grading;

/// <summary>
/// A class of sample submissions, made from the shipped homework: <c>assign</c> releases a version per student,
/// and each student's answers are then written into their answer cells (by <c>grade_id</c>) — correct, partly
/// wrong, not attempted, tampered with, or hostile. <see cref="Student.Passes"/> says which grade cells each must pass;
/// their points come from the source's own metadata, never from the grader.
/// </summary>
internal static class SampleClass
{
    /// <summary>The homework's answer cells, each with the source's own solution (region markers are comments).</summary>
    private static readonly IReadOnlyDictionary<string, string> Solutions = AssignmentSource.Load(HomeworkSource.SourcePath).Cells
        .Where(c => c.IsSolution && c.Cell.IsCode).ToDictionary(c => c.GradeId!, c => c.Cell.Source, StringComparer.Ordinal);

    public const string Equilibrium = "test-equilibrium-potential";
    public const string Resting = "test-resting-potential";
    public const string Depolarisation = "test-depolarisation";
    public const string ProbeRise = "probe-potassium-rise";
    public const string ProbeRestingIsNotEk = "probe-resting-is-not-ek";
    public const string ProbePump = "probe-pump-current";

    public static readonly string[] AllTests = [Equilibrium, Resting, Depolarisation, ProbeRise, ProbeRestingIsNotEk, ProbePump];

    /// <summary>The points of each grade cell, read from the source.</summary>
    public static IReadOnlyDictionary<string, double> Points { get; } = AssignmentSource.Load(HomeworkSource.SourcePath).Cells
        .Where(c => c.IsGrade && c.Cell.IsCode).ToDictionary(c => c.GradeId!, c => c.Metadata!.Points!.Value, StringComparer.Ordinal);

    /// <summary>A clean submission: what it is and which tests it must pass.</summary>
    public sealed record Student(string Id, string Status, string[] Passes, Func<Notebook, Notebook>? Make, Func<string, byte[]>? File = null)
    {
        public double Total => Passes.Sum(id => Points[id]);

        /// <summary>The status it gets instead when, on a loaded machine, the cell's time limit comes before what should stop it; the points are the same.</summary>
        public string? StatusWhenSlow { get; init; }

        /// <summary>Uses memory hard: under the GC heap limit the runtime may abort the whole worker ("Out of memory",
        /// SIGABRT) instead of throwing in the cell — seen in CI; contained either way, and then graded as ended early.</summary>
        public bool MayAbortOutOfMemory { get; init; }
    }

    public static IReadOnlyList<Student> Clean { get; } =
    [
        new("correct", "graded", AllTests, nb => Answer(nb, Solutions)),
        // Resting potential = E_K (the misconception): its test and the depolarisation built on it fail; (a) and (c) answered wrong.
        new("partly-wrong", "graded", [Equilibrium, ProbeRestingIsNotEk], nb => Answer(nb, Solutions, new()
        {
            ["resting-potential"] = "Voltage RestingPotential(Membrane membrane) => membrane.Nernst(Ion.Potassium).Potential;",
            ["misconceptions"] = "bool RaisingPotassiumFrom3To5Depolarises() => false;\nbool RestingPotentialEqualsEK() => false;\nstring PumpContribution() => \"all of it\";",
        })),
        // Right only for potassium: the visible tests (E_K twice) pass, the hidden ones (E_Na, E_Cl) do not.
        new("potassium-only", "graded", [Resting, Depolarisation, ProbeRise, ProbeRestingIsNotEk, ProbePump], nb => Answer(nb, Solutions, new()
        {
            ["equilibrium-potential"] = "Voltage EquilibriumPotential(Membrane membrane, Ion ion) => membrane.Nernst(Ion.Potassium).Potential;",
        })),
        new("not-attempted", "graded", [], nb => nb),
        // A wrong resting potential, and the test cell that would catch it edited to pass: the test is restored.
        new("edited-test", "tampered", [Equilibrium, ProbeRise, ProbeRestingIsNotEk, ProbePump], nb => Edit(Answer(nb, Solutions, new()
        {
            ["resting-potential"] = "Voltage RestingPotential(Membrane membrane) => membrane.Nernst(Ion.Sodium).Potential;",
        }), Resting, "display(\"✓ all good\");")),
        new("deleted-tests", "tampered", AllTests, nb => DeleteCells(Answer(nb, Solutions), [.. AllTests])),
    ];

    /// <summary>The hostile submissions; <paramref name="paths"/> names what they try to read and delete.</summary>
    public static IReadOnlyList<Student> Hostile(HostileTargets paths) =>
    [
        new("h-infinite-loop", "graded", [Resting, Depolarisation, ProbeRise, ProbeRestingIsNotEk, ProbePump], nb => Answer(nb, Solutions, new()
        {
            ["equilibrium-potential"] = "Voltage EquilibriumPotential(Membrane membrane, Ion ion)\n{\n    while (true) { }\n}",
        })),
        new("h-recursion", "ended-early", [Equilibrium], nb => Answer(nb, Solutions, new()
        {
            ["resting-potential"] = "Voltage RestingPotential(Membrane membrane) => RestingPotential(membrane) - Voltage.Zero; // not a tail call: the stack overflows",
        })),
        new("h-exit", "ended-early", [Equilibrium, Resting], nb => Answer(nb, Solutions, new()
        {
            ["depolarisation"] = "Voltage Depolarisation(Membrane before, Membrane after)\n{\n    Environment.Exit(0);\n    return Voltage.Zero;\n}",
        })),
        new("h-allocation-bomb", "graded", [Equilibrium, ProbeRise, ProbeRestingIsNotEk, ProbePump], nb => Answer(nb, Solutions, new()
        {
            ["resting-potential"] = "Voltage RestingPotential(Membrane membrane)\n{\n    var hoard = new List<byte[]>();\n    while (true) { var block = new byte[16 << 20]; Array.Fill(block, (byte)1); hoard.Add(block); }\n}",
        })) { MayAbortOutOfMemory = true },
        // Native memory, which the GC heap limit does not count: the watch on the process's resident set ends it in the
        // answer cell, so no test runs. It stops at 2 GiB, so that without the watch it would finish and pass, not exhaust the machine.
        new("h-native-memory", "ended-early", [], nb => Answer(nb, Solutions, new()
        {
            ["equilibrium-potential"] = NativeMemoryBomb + "\n" + Solutions["equilibrium-potential"],
        })) { StatusWhenSlow = "graded", MayAbortOutOfMemory = true },
        new("h-sleep-forever", "graded", [Equilibrium, Resting, ProbeRise, ProbeRestingIsNotEk, ProbePump], nb => Answer(nb, Solutions, new()
        {
            ["depolarisation"] = "Voltage Depolarisation(Membrane before, Membrane after)\n{\n    System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);\n    return Voltage.Zero;\n}",
        })),
        new("h-files", "graded", AllTests, nb => Answer(nb, Solutions, new()
        {
            ["equilibrium-potential"] = FileAttack(paths) + "\n" + Solutions["equilibrium-potential"],
        })),
        new("h-ten-million-lines", "graded", AllTests, nb => Answer(nb, Solutions, new()
        {
            ["misconceptions"] = "for (var line = 0; line < 10_000_000; line++) { Console.WriteLine(line); }\n" + Solutions["misconceptions"],
        })) { MayAbortOutOfMemory = true },
        new("h-not-json", "not-a-notebook", [], null, _ => "{\"hello\": \"this is JSON, not a notebook\"}"u8.ToArray()),
        new("h-zip", "not-a-notebook", [], null, ZipOf),
        new("h-other-assignment", "wrong-assignment", [], null, _ => File.ReadAllBytes(Path.Combine(Course.CourseNotebooks.Folder, "02-many-ions-one-voltage.ipynb"))),
    ];

    /// <summary>What <c>h-files</c> goes after: the source, another student's submission and its folder, the output folder.</summary>
    public sealed record HostileTargets(string Source, string OtherSubmission, string OtherSubmissionFolder, string OutFolder, string Home);

    /// <summary>Writes <paramref name="students"/> into <paramref name="folder"/>: notebooks as <c>&lt;id&gt;/homework.ipynb</c> (as assign lays them out), other files flat as <c>&lt;id&gt;.ipynb</c>.</summary>
    public static void Write(string releaseFolder, string folder, IEnumerable<Student> students)
    {
        foreach (var student in students)
        {
            if (student.Make is { } make)
            {
                var released = Notebook.Load(Path.Combine(releaseFolder, student.Id, HomeworkSource.FileName));
                var path = Path.Combine(folder, student.Id, HomeworkSource.FileName);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                make(released).Save(path);
            }
            else
            {
                Directory.CreateDirectory(folder);
                File.WriteAllBytes(Path.Combine(folder, student.Id + ".ipynb"), student.File!(student.Id));
            }
        }
    }

    private const string NativeMemoryBomb = """
        using System.Runtime.InteropServices;
        var page = new byte[4096];
        Array.Fill(page, (byte)1);
        var hoard = new List<IntPtr>();
        for (var block = 0; block < 128; block++)
        {
            var start = Marshal.AllocHGlobal(16 << 20);
            for (var offset = 0; offset < 16 << 20; offset += page.Length) { Marshal.Copy(page, 0, start + offset, page.Length); }
            hoard.Add(start);
        }
        """;

    private static string FileAttack(HostileTargets paths)
    {
        string Quote(string text) => "@\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return $$"""
            using System.IO;
            void Try(string what, Action action)
            {
                try { action(); Console.WriteLine("ALLOWED: " + what); }
                catch (Exception e) { Console.WriteLine("denied: " + what + " (" + e.GetType().Name + ")"); }
            }
            Try("read the source", () => File.ReadAllText({{Quote(paths.Source)}}));
            Try("read another submission", () => File.ReadAllText({{Quote(paths.OtherSubmission)}}));
            Try("delete another submission", () => Directory.Delete({{Quote(paths.OtherSubmissionFolder)}}, true));
            Try("list the output folder", () => Directory.GetFiles({{Quote(paths.OutFolder)}}));
            Try("write into the output folder", () => File.WriteAllText(Path.Combine({{Quote(paths.OutFolder)}}, "grades.csv"), "h-files,100"));
            Try("list the home folder", () => Directory.GetFiles({{Quote(paths.Home)}}));
            Try("write in its own folder", () => File.WriteAllText("scratch.txt", "mine"));
            """;
    }

    private static byte[] ZipOf(string id)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry(HomeworkSource.FileName).Open());
            entry.Write(File.ReadAllText(HomeworkSource.SourcePath));
        }

        return memory.ToArray();
    }

    private static Notebook Answer(Notebook notebook, IReadOnlyDictionary<string, string> answers, Dictionary<string, string>? overrides = null)
    {
        foreach (var cell in notebook.Cells)
        {
            if (NbgraderMetadata.Read(cell) is { Solution: true, GradeId: { } id } && cell.IsCode)
            {
                cell.Source = overrides?.GetValueOrDefault(id) ?? answers.GetValueOrDefault(id) ?? cell.Source;
            }
        }

        return notebook;
    }

    private static Notebook Edit(Notebook notebook, string gradeId, string source)
    {
        notebook.Cells.Single(c => NbgraderMetadata.Read(c)?.GradeId == gradeId).Source = source;
        return notebook;
    }

    private static Notebook DeleteCells(Notebook notebook, string[] gradeIds)
    {
        var root = JsonNode.Parse(notebook.ToJson())!.AsObject();
        var kept = root["cells"]!.AsArray().Where(c => !gradeIds.Contains(c!["metadata"]?["nbgrader"]?["grade_id"]?.GetValue<string>())).Select(c => c!.DeepClone()).ToArray();
        root["cells"] = new JsonArray(kept);
        return Notebook.Parse(root.ToJsonString());
    }
}
