using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Tests.Course;

/// <summary>
/// The check cells catch a wrong computation. Each case plants one mistake in a copy of a notebook — another ion,
/// a sign flipped, a factor of ten — in a cell before the checks, and the copy must then stop in its check cell
/// with an ExpectationFailedException: not earlier with a crash, not later with a pass. A check that
/// only compared the library with itself would let these through.
/// </summary>
[Collection(CourseNotebookCollection.Name)]
public class CourseNotebookMutationTests(CourseKitFixture kit)
{
    /// <summary>Notebook, the text to replace (it must occur exactly once), its wrong replacement, and the kind of mistake.</summary>
    public static TheoryData<string, string, string, string> Mutations() => new()
    {
        { "01-equilibrium-and-the-nernst-equation", "var eK = cell.Nernst(Ion.Potassium);", "var eK = cell.Nernst(Ion.Chloride);", "another ion" },
        { "02-many-ions-one-voltage", "Permeability.FromCentimetersPerSecond(pK * chlorideToPotassiumPermeability)", "Permeability.FromCentimetersPerSecond(pK * sodiumToPotassiumPermeability)", "another ion's permeability" },
        { "03-reversal-versus-equilibrium-potential", ".And(Ion.Sodium, sodiumToPotassiumPermeability)", ".And(Ion.Sodium, 10 * sodiumToPotassiumPermeability)", "a factor of ten" },
        { "04-resting-potential-from-leak-conductances", ".WithConductance(Ion.Sodium,    sodiumLeakNanosiemens.Nanosiemens())", ".WithConductance(Ion.Sodium,    (10 * sodiumLeakNanosiemens).Nanosiemens())", "a factor of ten" },
        { "05-the-sodium-potassium-pump", "SodiumPotassiumPump.WithStoichiometry(sodiumPerCycle, potassiumPerCycle)", "SodiumPotassiumPump.WithStoichiometry(potassiumPerCycle, sodiumPerCycle)", "a sign flipped (the pump's net charge)" },
        { "06-leak-channels-gating-and-noise", "BoltzmannGating.Create(leakGatingCharge,", "BoltzmannGating.Create(-leakGatingCharge,", "a sign flipped" },
        { "07-selectivity-filters", "MolarEnergy.FromKilojoulesPerMole(k2pBarrierDifferenceKjPerMol)", "MolarEnergy.FromKilojoulesPerMole(-k2pBarrierDifferenceKjPerMol)", "a sign flipped" },
        { "08-hyperkalemia", "var eKAfter = after.Nernst(Ion.Potassium);", "var eKAfter = after.Nernst(Ion.Chloride);", "another ion" },
        { "09-electrode-equilibrium-and-mixed-potentials", "FromMilliamperesPerSquareCentimetre(ironExchangeMilliampsPerCm2)", "FromMilliamperesPerSquareCentimetre(10 * ironExchangeMilliampsPerCm2)", "a factor of ten" },
        { "10-liquid-junction-potentials", "LiquidJunction.Planck(Ion.Hydrogen, Ion.Chloride, leftMolar.Molar(), rightMolar.Molar(), temperature)", "LiquidJunction.Planck(Ion.Hydrogen, Ion.Chloride, rightMolar.Molar(), leftMolar.Molar(), temperature)", "a sign flipped (sides swapped)" },
        { "11-correcting-patch-clamp-recordings", ".With(Ion.Gluconate, pipetteGluconate, bathGluconate)", ".With(Ion.Methanesulfonate, pipetteGluconate, bathGluconate)", "another ion" },
    };

    [Fact]
    public void Every_notebook_has_a_mutation()
    {
        var mutated = Mutations().Select(row => (string)row[0]).Distinct().Order(StringComparer.Ordinal);
        var notebooks = CourseNotebooks.Paths().Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(notebooks, mutated);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task A_planted_mistake_stops_the_notebook_in_its_check_cell(string name, string original, string mutated, string kind)
    {
        kit.AssertKitPacked();
        var notebook = Notebook.Load(CourseNotebooks.PathOf(name));
        var checks = notebook.Cells.ToList().FindLastIndex(cell => cell.IsCode);
        var targets = notebook.Cells.Select((cell, index) => (cell, index)).Where(c => c.cell.IsCode && c.cell.Source.Contains(original, StringComparison.Ordinal)).ToArray();
        Assert.True(targets.Length == 1 && CountOf(targets[0].cell.Source, original) == 1, $"{name}: '{original}' must occur exactly once");
        Assert.True(targets[0].index < checks, $"{name}: the mistake must be planted before the check cell");
        targets[0].cell.Source = targets[0].cell.Source.Replace(original, mutated, StringComparison.Ordinal);

        var folder = Directory.CreateTempSubdirectory("membranekit-mutation-");
        try
        {
            var copy = Path.Combine(folder.FullName, name + ".ipynb");
            notebook.Save(copy);
            var result = await CourseRuns.RunAsync(copy, new Dictionary<string, object?>());

            Assert.False(result.Succeeded, $"{name}: {kind} went unnoticed");
            Assert.True(result.FirstFailedCell == checks, $"{name}: {kind} failed cell {result.FirstFailedCell}, not the check cell {checks}: "
                + string.Join("; ", result.Notebook.Cells.SelectMany(c => c.Outputs).OfType<ErrorOutput>().Select(e => e.Name + ": " + e.Value)));
            var error = Assert.Single(result.Notebook.Cells[checks].Outputs.OfType<ErrorOutput>());
            Assert.EndsWith("ExpectationFailedException", error.Name, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
