using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MembraneKit.Testing;

/// <summary>
/// xunit's framework, plus one step after the last test of the assembly: <see cref="TempRoots.RemoveAll"/>.
/// A folder that cannot be removed fails the run as an assembly cleanup failure naming what is left, so a
/// test that leaves a process holding its files is noticed. Chosen by
/// <c>[assembly: TestFramework("MembraneKit.Testing.CleaningTestFramework", "&lt;test assembly&gt;")]</c>.
/// </summary>
internal sealed class CleaningTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new Runner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class Runner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override async Task BeforeTestAssemblyFinishedAsync()
        {
            Aggregator.Run(TempRoots.RemoveAll);
            await base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
