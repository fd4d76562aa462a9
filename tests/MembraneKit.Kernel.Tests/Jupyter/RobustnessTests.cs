namespace MembraneKit.Kernel.Tests.Jupyter;

/// <summary>Hostile input (Python/hostile.py) and cells that kill their process (Python/crash.py).</summary>
[Collection(KernelInstallationCollection.Name)]
public sealed class RobustnessTests(KernelInstallation kernel)
{
    [Fact]
    public async Task The_kernel_keeps_serving_through_the_hostile_corpus()
    {
        var run = await kernel.RunPythonAsync(TimeSpan.FromMinutes(3), "hostile.py");
        Assert.True(run.ExitCode == 0, $"hostile.py failed.\n{run.Describe()}");
        Assert.Contains("Ran 13 tests", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cell_that_kills_its_process_ends_that_kernel_only()
    {
        var run = await kernel.RunPythonAsync(TimeSpan.FromMinutes(3), "crash.py");
        Assert.True(run.ExitCode == 0, $"crash.py failed.\n{run.Describe()}");
        Assert.Contains("Ran 2 tests", run.Error, StringComparison.Ordinal);
    }
}
