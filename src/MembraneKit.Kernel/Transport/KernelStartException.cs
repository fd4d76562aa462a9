namespace MembraneKit.Kernel;

/// <summary>The kernel could not start serving: a socket could not be bound.</summary>
public sealed class KernelStartException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the socket and its endpoint.</param>
    /// <param name="innerException">The underlying failure.</param>
    public KernelStartException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
