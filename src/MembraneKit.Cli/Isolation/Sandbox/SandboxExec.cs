using System.Runtime.InteropServices;

namespace MembraneKit.Cli.Isolation;

/// <summary>
/// The hidden verb <c>membranekit __sandbox-exec [--read DIR]… [--write DIR]… -- PROGRAM ARG…</c>: restricts
/// its main thread with <see cref="Landlock"/> (read and execute beneath each <c>--read</c> folder, anything
/// beneath each <c>--write</c> folder, nothing elsewhere) and then <c>execve</c>s the program from that thread,
/// so the program's whole process starts sandboxed. Started by <c>membranekit grade</c>, never by hand.
/// </summary>
internal static partial class SandboxExec
{
    /// <summary>The verb; not shown in help.</summary>
    public const string Verb = "__sandbox-exec";

    /// <summary>The exit code when the sandbox could not be set up (nothing was run).</summary>
    public const int SetupFailed = 121;

    /// <summary>The arguments that start <paramref name="program"/> with <paramref name="arguments"/> in a sandbox.</summary>
    public static IEnumerable<string> Arguments(IEnumerable<string> readOnly, IEnumerable<string> readWrite, string program, IEnumerable<string> arguments)
    {
        yield return Verb;
        foreach (var path in readOnly)
        {
            yield return "--read";
            yield return path;
        }

        foreach (var path in readWrite)
        {
            yield return "--write";
            yield return path;
        }

        yield return "--";
        yield return program;
        foreach (var argument in arguments)
        {
            yield return argument;
        }
    }

    /// <summary>Runs the verb; returns only when it failed (otherwise the process has become the program).</summary>
    public static int Run(string[] args)
    {
        var readOnly = new List<string>();
        var readWrite = new List<string>();
        var index = 1;
        for (; index < args.Length && args[index] != "--"; index += 2)
        {
            if (index + 1 >= args.Length || args[index] is not ("--read" or "--write"))
            {
                Console.Error.WriteLine($"usage: membranekit {Verb} [--read DIR]… [--write DIR]… -- PROGRAM ARG… (started by 'membranekit grade', not by hand)");
                return SetupFailed;
            }

            (args[index] == "--read" ? readOnly : readWrite).Add(args[index + 1]);
        }

        if (index + 1 >= args.Length)
        {
            Console.Error.WriteLine($"{Verb}: no program after '--'.");
            return SetupFailed;
        }

        var program = args[index + 1];
        var argv = args[(index + 1)..];
        try
        {
            Landlock.RestrictThread(readOnly, readWrite);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"{Verb}: the sandbox could not be set up: {e.Message}");
            return SetupFailed;
        }

        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Select(name => $"{name}={Environment.GetEnvironmentVariable(name)}")
            .ToArray();
        Exec(program, argv, environment);
        Console.Error.WriteLine($"{Verb}: could not start {program}: errno {Marshal.GetLastPInvokeError()} ({Marshal.GetLastPInvokeErrorMessage()}).");
        return SetupFailed;
    }

    private static void Exec(string program, string[] argv, string[] environment)
    {
        var strings = new List<IntPtr>();
        try
        {
            var argvBlock = Block(argv, strings);
            var envBlock = Block(environment, strings);
            _ = ExecVe(program, argvBlock, envBlock);
        }
        finally
        {
            foreach (var pointer in strings)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }

    /// <summary>A null-terminated array of UTF-8 strings, as <c>execve</c> takes them.</summary>
    private static IntPtr Block(string[] values, List<IntPtr> allocated)
    {
        var block = Marshal.AllocCoTaskMem(IntPtr.Size * (values.Length + 1));
        allocated.Add(block);
        for (var i = 0; i < values.Length; i++)
        {
            var text = Marshal.StringToCoTaskMemUTF8(values[i]);
            allocated.Add(text);
            Marshal.WriteIntPtr(block, i * IntPtr.Size, text);
        }

        Marshal.WriteIntPtr(block, values.Length * IntPtr.Size, IntPtr.Zero);
        return block;
    }

    [LibraryImport("libc", EntryPoint = "execve", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int ExecVe(string path, IntPtr argv, IntPtr envp);
}
