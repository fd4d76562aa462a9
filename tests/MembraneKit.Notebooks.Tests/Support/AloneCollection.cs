namespace MembraneKit.Notebooks.Tests;

/// <summary>
/// Tests that must not run beside other sessions. Two sessions compiling at once in one process can bind
/// a type declared in one cell (<c>List&lt;int&gt;</c>, <c>System.TimeSpan</c>) to two different copies of
/// System.Private.CoreLib ("cannot convert System.TimeSpan to System.TimeSpan"); reproduced by running
/// <see cref="ParameterInjectionTests"/> together with <see cref="NotebookRunnerTests"/> without this
/// collection. Until that engine race is fixed, these tests run on their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Runs alone";
}
