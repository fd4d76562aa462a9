namespace MembraneKit.Kernel;

/// <summary>A connection file that is missing, unreadable or says something this kernel cannot do.</summary>
public sealed class ConnectionFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The connection file.</param>
    /// <param name="message">What is wrong, naming the file, the field, its value and what is allowed.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public ConnectionFileException(string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The connection file.</summary>
    public string Path { get; }
}
