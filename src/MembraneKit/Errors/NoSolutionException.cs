namespace MembraneKit;

/// <summary>
/// Thrown by a <c>Solve…</c> or <c>Find…</c> method when the problem is well posed but has no solution
/// in the range searched (for example no resting potential in the voltage window). The matching
/// <c>TrySolve…</c> method reports the same situation without throwing.
/// </summary>
public sealed class NoSolutionException : InvalidOperationException
{
    /// <summary>Creates the exception with a message that says what was searched and where.</summary>
    /// <param name="message">What was searched, where, and what was found instead.</param>
    public NoSolutionException(string message) : base(message)
    {
    }
}
