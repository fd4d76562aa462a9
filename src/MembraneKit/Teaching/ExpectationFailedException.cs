namespace MembraneKit;

/// <summary>Thrown by <see cref="Expect"/> when a notebook's result is not what physics or the course says it must be.</summary>
public sealed class ExpectationFailedException : Exception
{
    /// <summary>Creates the exception with a message that says what was expected and what was found.</summary>
    /// <param name="message">What was checked, what was expected and what was found.</param>
    public ExpectationFailedException(string message) : base(message)
    {
    }
}
