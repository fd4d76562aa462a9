using System.Runtime.InteropServices;

namespace MembraneKit.Cli.Isolation;

/// <summary>
/// Linux's Landlock, called directly (<c>landlock_create_ruleset</c>, <c>landlock_add_rule</c>,
/// <c>landlock_restrict_self</c>): an unprivileged process restricts the file system access of its calling
/// thread, and of whatever that thread executes, to the folders it names. The restriction cannot be lifted.
/// </summary>
/// <remarks>
/// Landlock restricts one thread, and a .NET process has many from its start; so it is used only by
/// <see cref="SandboxExec"/>, which restricts its main thread and then replaces the whole process with
/// <c>execve</c>: the program it starts runs restricted from its first instruction.
/// </remarks>
internal static partial class Landlock
{
    // Syscall numbers are the same on x86-64 and arm64 (the generic table).
    private const long CreateRuleset = 444;
    private const long AddRule = 445;
    private const long RestrictSelf = 446;
    private const uint CreateRulesetVersion = 1;
    private const int RulePathBeneath = 1;
    private const int PrSetNoNewPrivs = 38;
    private const int OPath = 0x200000;
    private const int OCloexec = 0x80000;

    /// <summary>Execute a file.</summary>
    public const ulong Execute = 1UL << 0;

    /// <summary>Open a file for writing.</summary>
    public const ulong WriteFile = 1UL << 1;

    /// <summary>Open a file for reading.</summary>
    public const ulong ReadFile = 1UL << 2;

    /// <summary>List a folder.</summary>
    public const ulong ReadDir = 1UL << 3;

    private const ulong FileRights = Execute | WriteFile | ReadFile | (1UL << 14) | (1UL << 15);

    /// <summary>What may be done beneath a folder the worker only reads: read, list and execute.</summary>
    public const ulong ReadOnly = Execute | ReadFile | ReadDir;

    /// <summary>The Landlock ABI version of the running kernel, or 0 when it has none (or it is disabled).</summary>
    public static int AbiVersion()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var version = Syscall(CreateRuleset, IntPtr.Zero, 0, CreateRulesetVersion);
        return version > 0 ? (int)version : 0;
    }

    /// <summary>Every file system right the ABI knows: what a ruleset handles (forbids unless a rule allows it).</summary>
    public static ulong AllRights(int abi) => abi switch
    {
        <= 0 => 0,
        1 => (1UL << 13) - 1,
        2 => (1UL << 14) - 1,
        3 or 4 => (1UL << 15) - 1,
        _ => (1UL << 16) - 1,
    };

    /// <summary>
    /// Restricts the calling thread (and what it executes) to the given folders: <paramref name="readOnly"/>
    /// may be read, listed and executed, <paramref name="readWrite"/> anything; from ABI 4 no TCP connection or
    /// bind is allowed, from ABI 6 no signal may leave the sandbox and no abstract Unix socket outside it be reached.
    /// A path that does not exist is skipped.
    /// </summary>
    /// <exception cref="InvalidOperationException">Landlock refused; the message names the call and the errno.</exception>
    public static void RestrictThread(IEnumerable<string> readOnly, IEnumerable<string> readWrite)
    {
        var abi = AbiVersion();
        if (abi <= 0)
        {
            throw new InvalidOperationException("Landlock is not available in this kernel.");
        }

        var all = AllRights(abi);
        var attr = new RulesetAttr
        {
            HandledAccessFs = all,
            HandledAccessNet = abi >= 4 ? 3UL : 0,
            Scoped = abi >= 6 ? 3UL : 0,
        };
        var size = abi >= 6 ? 24 : abi >= 4 ? 16 : 8;
        var ruleset = (int)SyscallAttr(CreateRuleset, ref attr, (nuint)size, 0);
        if (ruleset < 0)
        {
            throw Failed("landlock_create_ruleset");
        }

        try
        {
            foreach (var path in readOnly)
            {
                Allow(ruleset, path, ReadOnly & all);
            }

            foreach (var path in readWrite)
            {
                Allow(ruleset, path, all);
            }

            if (Prctl(PrSetNoNewPrivs, 1, 0, 0, 0) != 0)
            {
                throw Failed("prctl(PR_SET_NO_NEW_PRIVS)");
            }

            if (Syscall(RestrictSelf, ruleset, 0) != 0)
            {
                throw Failed("landlock_restrict_self");
            }
        }
        finally
        {
            _ = Close(ruleset);
        }
    }

    private static void Allow(int ruleset, string path, ulong rights)
    {
        if (!Path.Exists(path))
        {
            return;
        }

        var fd = Open(path, OPath | OCloexec);
        if (fd < 0)
        {
            throw Failed($"open({path})");
        }

        try
        {
            var beneath = new PathBeneathAttr
            {
                AllowedAccess = Directory.Exists(path) ? rights : rights & FileRights,
                ParentFd = fd,
            };
            if (SyscallRule(AddRule, ruleset, RulePathBeneath, ref beneath, 0) != 0)
            {
                throw Failed($"landlock_add_rule({path})");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    private static InvalidOperationException Failed(string call) =>
        new($"{call} failed: errno {Marshal.GetLastPInvokeError()} ({Marshal.GetLastPInvokeErrorMessage()}).");

    [StructLayout(LayoutKind.Sequential)]
    private struct RulesetAttr
    {
        public ulong HandledAccessFs;
        public ulong HandledAccessNet;
        public ulong Scoped;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct PathBeneathAttr
    {
        public ulong AllowedAccess;
        public int ParentFd;
    }

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, IntPtr attr, nuint size, uint flags);

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long SyscallAttr(long number, ref RulesetAttr attr, nuint size, uint flags);

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long SyscallRule(long number, int ruleset, int ruleType, ref PathBeneathAttr attr, uint flags);

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, int fd, uint flags);

    [LibraryImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static partial int Prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
