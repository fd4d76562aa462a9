using Microsoft.CodeAnalysis;

namespace MembraneKit.Notebooks;

/// <summary>
/// Binds a submission's references one compilation at a time per process, so every session sees one
/// symbol per referenced assembly.
/// </summary>
/// <remarks>
/// The sessions share their metadata references (<see cref="MappedReferences"/>), and Roslyn keeps the
/// assembly symbols it makes for a reference on that reference's metadata, reusing the first one that
/// fits. Two sessions binding at once for the first time each made a System.Private.CoreLib symbol;
/// a session's later submission could then reuse the other session's symbol while the fields of its
/// earlier submissions kept their own, and <c>wait = TimeSpan.FromSeconds(5)</c> failed with "cannot
/// convert System.TimeSpan to System.TimeSpan" (a <c>List&lt;int&gt;</c> field "is not constructible").
/// Binding under one lock makes the first symbol the only one, made once. Binding is quick once the
/// symbols exist (they are reused, their members still read lazily), so sessions wait on each other
/// only while the first of them binds.
/// </remarks>
internal static class ReferenceBinding
{
    private static readonly Lock Gate = new();

    /// <summary>Binds <paramref name="compilation"/>'s references (Roslyn does it once per compilation, on first use).</summary>
    public static void Bind(Compilation compilation)
    {
        lock (Gate)
        {
            _ = compilation.Assembly;
        }
    }
}
