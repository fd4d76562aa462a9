namespace MembraneKit.Kernel.Tests.Jupyter;

/// <summary>The Jupyter kernel conformance suite (Debian's python3-jupyter-kernel-test), subclassed for C# in Python/conformance.py.</summary>
[Collection(KernelInstallationCollection.Name)]
public sealed class ConformanceTests(KernelInstallation kernel)
{
    [Fact]
    public async Task The_kernel_passes_jupyter_kernel_test()
    {
        var run = await kernel.RunPythonAsync(TimeSpan.FromMinutes(3), "conformance.py");
        Assert.True(run.ExitCode == 0, $"jupyter_kernel_test failed.\n{run.Describe()}");

        // Every check we gave samples for ran (a check without samples is skipped, and a skip passes).
        string[] covered =
        [
            "test_kernel_info", "test_execute_stdout", "test_execute_stderr", "test_execute_result", "test_display_data",
            "test_error", "test_completion", "test_is_complete", "test_inspect", "test_history",
        ];
        foreach (var test in covered)
        {
            Assert.True(run.Error.Split('\n').Any(line => line.StartsWith($"{test} (", StringComparison.Ordinal) && line.TrimEnd().EndsWith("... ok", StringComparison.Ordinal)),
                $"{test} did not run and pass.\n{run.Describe()}");
        }
    }
}
