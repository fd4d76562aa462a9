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

    [Theory]
    [InlineData("/repo/MembraneKit.sln", "membranekit-local")]
    [InlineData("/repo/My Course Kit.slnx", "my-course-kit-local")]
    public void The_feed_is_registered_under_a_name_without_white_space(string solution, string expected)
    {
        Assert.Equal(expected, SolutionSetup.SourceName(solution));
    }

    [Fact]
    public async Task An_older_registration_under_a_name_with_a_space_is_replaced()
    {
        var (config, feed) = ConfigWith("MembraneKit local");
        var output = new StringWriter();

        var (code, name) = await new SolutionSetup(output, new StringWriter()).RegisterSourceAsync(config, "membranekit-local", feed, Path.GetDirectoryName(config)!, CancellationToken.None);

        Assert.Equal((0, "membranekit-local"), (code, name));
        Assert.Equal([("nuget.org", "https://api.nuget.org/v3/index.json"), ("membranekit-local", feed)], Sources(config));
        Assert.Contains("Removed the NuGet source \"MembraneKit local\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registration_under_another_name_without_spaces_is_kept()
    {
        var (config, feed) = ConfigWith("my-kit");

        var (code, name) = await new SolutionSetup(new StringWriter(), new StringWriter()).RegisterSourceAsync(config, "membranekit-local", feed, Path.GetDirectoryName(config)!, CancellationToken.None);

        Assert.Equal((0, "my-kit"), (code, name));
        Assert.Equal([("nuget.org", "https://api.nuget.org/v3/index.json"), ("my-kit", feed)], Sources(config));
    }

    private static (string Config, string Feed) ConfigWith(string feedName)
    {
        var folder = CliRun.TempFolder();
        var feed = Directory.CreateDirectory(Path.Combine(folder, "feed")).FullName;
        var config = Path.Combine(folder, "NuGet.Config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
                <add key="{feedName}" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        return (config, feed);
    }

    private static (string, string)[] Sources(string config) =>
        [.. System.Xml.Linq.XDocument.Load(config).Descendants("add").Select(e => ((string)e.Attribute("key")!, (string)e.Attribute("value")!))];

    [Fact]
    public async Task Setup_without_a_solution_says_so_and_fails()
    {
        var folder = CliRun.TempFolder();

        var (code, _, error) = await CliRun.RunAsync("setup", "--repo", folder);

        Assert.Equal(2, code);
        Assert.Contains("No solution", error, StringComparison.Ordinal);
    }
}
