using MembraneKit.Cli.Setup;

namespace MembraneKit.Cli.Tests;

public sealed class SetupCommandTests
{
    [Fact]
    public void The_solution_is_found_in_the_nearest_folder_above_that_holds_one()
    {
        var folder = CliRun.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Demo.sln"), "");
        var deep = Directory.CreateDirectory(Path.Combine(folder, "notebooks", "week1")).FullName;

        Assert.Equal(Path.Combine(folder, "Demo.sln"), SolutionSetup.FindSolution(deep, searchUpward: true));
        Assert.Null(SolutionSetup.FindSolution(deep, searchUpward: false));
    }

    [Fact]
    public async Task Setup_without_a_solution_says_so_and_fails()
    {
        var folder = CliRun.TempFolder();

        var (code, _, error) = await CliRun.RunAsync("setup", "--repo", folder);

        Assert.Equal(2, code);
        Assert.Contains("No solution", error, StringComparison.Ordinal);
    }
}
