using System.Globalization;

namespace MembraneKit.Kernel;

/// <summary>
/// The kernel's own log (dropped messages, failed handlers, start and stop), one line per entry, written
/// to the writer the host gives — standard error, which front ends show in their kernel log.
/// </summary>
/// <remarks>Never give it the HMAC key or a message's signature: nothing here can filter them out.</remarks>
internal sealed class KernelLog
{
    private readonly TextWriter _writer;
    private readonly Lock _gate = new();

    public KernelLog(TextWriter writer)
    {
        _writer = writer;
    }

    public void Info(string message) => Write("info", message);

    public void Warning(string message) => Write("warning", message);

    public void Error(string message) => Write("error", message);

    private void Write(string level, string message)
    {
        var line = $"[membranekit kernel {DateTime.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)} {level}] {message}";
        lock (_gate)
        {
            try
            {
                _writer.WriteLine(line);
                _writer.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The front end closed our standard error: there is nowhere left to log to.
            }
        }
    }
}
