namespace MembraneKit.Kernel;

/// <summary>A kernelspec could not be installed or removed: it belongs to something else, or its folder cannot be written.</summary>
public sealed class KernelSpecException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the kernelspec's folder and, for one that is not ours, what owns it.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public KernelSpecException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
