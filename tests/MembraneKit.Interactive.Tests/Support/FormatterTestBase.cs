using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Interactive.Tests;

/// <summary>Formatter state is global: every formatter test starts from the defaults with the kit's displays
/// registered, resets on the way out, and runs alone (the "Formatter" collection is not parallel).</summary>
[Collection(FormatterCollection.Name)]
public abstract class FormatterTestBase : IDisposable
{
    protected FormatterTestBase()
    {
        Formatter.ResetToDefault();
        MembraneKitFormatters.Register();
    }

    public void Dispose()
    {
        Formatter.ResetToDefault();
        GC.SuppressFinalize(this);
    }

    protected static string Html(object value) => value.ToDisplayString("text/html");

    protected static string Text(object value) => value.ToDisplayString("text/plain");
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FormatterCollection
{
    public const string Name = "Formatter";
}
