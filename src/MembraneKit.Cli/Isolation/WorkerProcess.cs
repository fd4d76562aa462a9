using System.Diagnostics;
using System.IO.Pipes;

namespace MembraneKit.Cli.Isolation;

/// <summary>
/// A started notebook worker and the pipe it connects to, waiting for its one notebook. Started
/// ahead of need (<see cref="WorkerPool"/>), its runtime start overlaps the command's own work.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private WorkerProcess(NamedPipeServerStream pipe, Process process, ErrorTail error)
    {
        Pipe = pipe;
        Process = process;
        Error = error;
    }

    public NamedPipeServerStream Pipe { get; }

    public Process Process { get; }

    /// <summary>What the worker writes to its error output (read for the cause of a crash).</summary>
    public ErrorTail Error { get; }

    public static WorkerProcess Start()
    {
        var pipeName = $"membranekit-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40];
        var pipe = new NamedPipeServerStream(pipeName, PipeDirection.InOut, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous | PipeOptions.CurrentUserOnly);
        var error = new ErrorTail();
        Process process;
        try
        {
            process = ChildProcess.Start(WorkerLauncher.StartInfo(pipeName), error);
        }
        catch
        {
            pipe.Dispose();
            throw;
        }

        return new WorkerProcess(pipe, process, error);
    }

    /// <summary>Ends the worker if it is still running (its notebook is over, or it was never used).</summary>
    public void Kill() => ChildProcess.KillTree(Process);

    public void Dispose()
    {
        Kill();
        Process.Dispose();
        Pipe.Dispose();
    }
}
