namespace MembraneKit.Notebooks;

/// <summary>
/// The exclusive lock on one restore-cache entry, held while <c>dotnet restore</c> writes it, so that two
/// restores of the same packages (two notebooks of one run, or two processes) never write the same files at
/// once: the second waits, then finds the entry the first wrote.
/// </summary>
/// <remarks>
/// An advisory file lock (<see cref="FileShare.None"/>: <c>flock</c> on Unix, a share mode on Windows) on
/// <c>.restore.lock</c> in the entry's folder; it ends with the process that held it, even a killed one, so
/// a crashed restore never blocks the next.
/// </remarks>
internal sealed class RestoreEntryLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _stream;

    private RestoreEntryLock(FileStream stream) => _stream = stream;

    /// <summary>Waits until this process holds the entry in <paramref name="folder"/> alone.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public static async Task<RestoreEntryLock> AcquireAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, ".restore.lock");
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new RestoreEntryLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another restore holds the entry; it will release it when its restore ends.
            }

            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
