using System.Diagnostics;

namespace MembraneKit.Cli.Isolation;

/// <summary>Starting and ending the worker processes, the same way for a notebook run and a graded session.</summary>
internal static class ChildProcess
{
    /// <summary>Starts <paramref name="startInfo"/> with its error output read line by line into <paramref name="error"/>.</summary>
    /// <remarks>The process is disposed again when it cannot be started; the caller disposes what else it made.</remarks>
    public static Process Start(ProcessStartInfo startInfo, ErrorTail error)
    {
        var process = new Process { StartInfo = startInfo };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                error.Add(line);
            }
        };
        try
        {
            process.Start();
            process.BeginErrorReadLine();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        return process;
    }

    /// <summary>Ends <paramref name="process"/> and everything it started, unless it has already exited.</summary>
    public static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }
}
