namespace MembraneKit.Notebooks.Tests;

/// <summary>
/// The test assembly's entry point, for tests that need a process of their own: one whose first compilation
/// is theirs. <c>dotnet MembraneKit.Notebooks.Tests.dll &lt;scenario&gt;</c> runs a scenario; the test runner
/// never calls it.
/// </summary>
internal static class TestProgram
{
    public static int Main(string[] args) => args switch
    {
        [ConcurrentSessionsTests.Scenario] => ConcurrentSessionsTests.RunScenario(),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine($"usage: dotnet MembraneKit.Notebooks.Tests.dll {ConcurrentSessionsTests.Scenario}");
        return 2;
    }
}
