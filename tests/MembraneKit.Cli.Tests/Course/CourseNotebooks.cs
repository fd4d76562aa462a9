using System.Text.RegularExpressions;
using System.Xml.Linq;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Tests.Course;

/// <summary>The course notebooks of notebooks/ and the facts the tests check them against.</summary>
internal static partial class CourseNotebooks
{
    /// <summary>The 20 worked-example ids of the course catalogue (shared/WORKED_EXAMPLES.md).</summary>
    public static readonly string[] WorkedExampleIds =
    [
        "2566370", "2710543", "1592132", "2551334", "2618548", "2699779", "2349827", "2354192", "1571906", "1559551",
        "2720537", "2720493", "2720467", "2720507", "2720534", "2720496", "2720513", "2720494", "2720506", "2720525",
    ];

    /// <summary>Other plausible inputs for each notebook: re-running with new concentrations is a student's first habit.</summary>
    public static readonly Dictionary<string, Dictionary<string, object?>> ChangedParameters = new()
    {
        ["01-equilibrium-and-the-nernst-equation"] = new() { ["temperatureCelsius"] = 20.0, ["potassiumOutsideMillimolar"] = 6.0 },
        ["02-many-ions-one-voltage"] = new() { ["temperatureCelsius"] = 20.0, ["potassiumOutsideMillimolar"] = 6.0 },
        ["03-reversal-versus-equilibrium-potential"] = new() { ["temperatureCelsius"] = 30.0, ["sodiumToPotassiumPermeability"] = 0.05 },
        ["04-resting-potential-from-leak-conductances"] = new() { ["potassiumOutsideMillimolar"] = 6.0, ["sodiumLeakNanosiemens"] = 3.0 },
        ["05-the-sodium-potassium-pump"] = new() { ["sodiumLeakPicoamperes"] = 5.0, ["potassiumOutsideMillimolar"] = 6.0, ["runDownHours"] = 2.0 },
        ["06-leak-channels-gating-and-noise"] = new() { ["channelCount"] = 200.0, ["leakGatingCharge"] = 0.2, ["seed"] = 7 },
        ["07-selectivity-filters"] = new() { ["temperatureCelsius"] = 20.0, ["k2pBarrierDifferenceKjPerMol"] = -8.0 },
        ["08-hyperkalemia"] = new() { ["temperatureCelsius"] = 20.0, ["potassiumOutsideAfterMillimolar"] = 6.0 },
        ["09-electrode-equilibrium-and-mixed-potentials"] = new() { ["stannousMolar"] = 0.05, ["ironExchangeMilliampsPerCm2"] = 0.5 },
        ["10-liquid-junction-potentials"] = new() { ["temperatureCelsius"] = 20.0, ["leftMolar"] = 0.05 },
        ["11-correcting-patch-clamp-recordings"] = new() { ["temperatureCelsius"] = 32.0, ["measuredMillivolts"] = -45.0 },
    };

    public static string Root { get; } = FindRoot();

    public static string Folder => Path.Combine(Root, "notebooks");

    public static IEnumerable<string> Paths() => Directory.GetFiles(Folder, "*.ipynb").Order(StringComparer.Ordinal);

    public static TheoryData<string> Names() => [.. Paths().Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    public static string PathOf(string name) => Path.Combine(Folder, name + ".ipynb");

    /// <summary>The kit version every notebook must load, from Directory.Build.props.</summary>
    public static string KitVersion() =>
        XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("MembraneKitVersion").Single().Value;

    public static IEnumerable<NotebookCell> CodeCells(Notebook notebook) => notebook.Cells.Where(c => c.CellType == "code");

    [GeneratedRegex(@"\b\d{7}\b")]
    public static partial Regex SevenDigits();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MembraneKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MembraneKit.sln not found above the test folder");
    }
}
