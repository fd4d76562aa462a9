namespace MembraneKit.Cli.Isolation;

/// <summary>
/// Why a notebook's worker process ended before its notebook did, in words for the summary table, read
/// from how it ended: the runtime's "Stack overflow." on its error output, the code it gave
/// <see cref="Environment.Exit"/>, the signal that killed it (an exit code of 128 + n on Unix), or else
/// its exit code and the last thing it printed.
/// </summary>
/// <param name="Reason">One line: "the cell overflowed the stack", "the cell called Environment.Exit(3)"…</param>
/// <param name="ErrorLines">What the process wrote to its error output, the start and the end of it.</param>
internal sealed record ProcessEnd(string Reason, IReadOnlyList<string> ErrorLines)
{
    public static ProcessEnd Describe(int exitCode, int? exitCalledWith, ErrorTail error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var lines = error.Lines;
        if (error.SawStackOverflow)
        {
            return new ProcessEnd("the cell overflowed the stack", lines);
        }

        if (exitCalledWith is { } code)
        {
            return new ProcessEnd($"the cell called Environment.Exit({code})", lines);
        }

        var said = error.KeyLine is { } line ? $": {line}" : "";
        if (!OperatingSystem.IsWindows() && exitCode > 128 && SignalName(exitCode - 128) is { } signal)
        {
            return new ProcessEnd($"the process was killed by {signal} (signal {exitCode - 128}){said}", lines);
        }

        return new ProcessEnd($"the process ended with exit code {exitCode}{said}", lines);
    }

    private static string? SignalName(int signal) => signal switch
    {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        13 => "SIGPIPE",
        14 => "SIGALRM",
        15 => "SIGTERM",
        7 when OperatingSystem.IsLinux() => "SIGBUS",
        10 when OperatingSystem.IsLinux() => "SIGUSR1",
        12 when OperatingSystem.IsLinux() => "SIGUSR2",
        _ => null,
    };
}
