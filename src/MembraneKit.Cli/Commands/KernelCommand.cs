using System.CommandLine;
using System.Globalization;
using MembraneKit.Kernel;
using NetMQ;

namespace MembraneKit.Cli.Commands;

/// <summary>
/// <c>membranekit kernel install | uninstall | start | list</c>: the Jupyter kernel and its kernelspec, so
/// VS Code's Jupyter extension, JupyterLab, Notebook, nbclient and nbconvert run C# notebooks on this engine.
/// </summary>
internal static class KernelCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("kernel", "The Jupyter kernel: install its kernelspec so front ends find it, or start it as they do.");
        command.Subcommands.Add(Install(output, error));
        command.Subcommands.Add(Uninstall(output, error));
        command.Subcommands.Add(Start(error));
        command.Subcommands.Add(List(output));
        return command;
    }

    /// <summary>
    /// The command line a front end runs to start this build of the kernel: this program (and, when the
    /// host is <c>dotnet</c>, this assembly), then <c>kernel start --connection-file {connection_file}</c>.
    /// </summary>
    internal static IReadOnlyList<string> KernelCommandLine()
    {
        var program = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown, so a kernelspec cannot say how to start it.");
        var argv = new List<string> { program };
        if (string.Equals(Path.GetFileNameWithoutExtension(program), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            argv.Add(typeof(KernelCommand).Assembly.Location);
        }

        argv.AddRange(["kernel", "start", "--connection-file", "{connection_file}"]);
        return argv;
    }

    private static Command Install(TextWriter output, TextWriter error)
    {
        var location = new LocationOptions();
        var name = NameOption();
        var displayName = new Option<string>("--display-name")
        {
            Description = "The name front ends show.",
            HelpName = "TEXT",
            DefaultValueFactory = _ => KernelSpecInstaller.DefaultDisplayName,
        };
        var force = new Option<bool>("--force") { Description = "Replace a kernelspec of that name even when it is not MembraneKit's (such as .NET Interactive's)." };
        var command = new Command("install", $"Write the kernelspec kernels/<name>/ that starts this build of the kernel (default name {KernelSpecInstaller.DefaultName}, which the course notebooks name).")
        {
            location.User, location.SysPrefix, location.Prefix, name, displayName, force,
        };
        command.SetAction(async (parse, _) =>
        {
            if (await location.ResolveAsync(parse, output, error).ConfigureAwait(false) is not { } kernels)
            {
                return 2;
            }

            var specName = parse.GetValue(name)!;
            string installed;
            try
            {
                installed = KernelSpecInstaller.Install(kernels, specName, parse.GetValue(displayName)!, KernelCommandLine(), parse.GetValue(force));
            }
            catch (ArgumentException e)
            {
                await error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 2;
            }
            catch (KernelSpecException e)
            {
                await error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 1;
            }

            await output.WriteLineAsync($"Installed the kernelspec \"{specName}\" at {installed}").ConfigureAwait(false);
            await output.WriteLineAsync($"  Front ends start it with: {string.Join(" ", KernelCommandLine())}").ConfigureAwait(false);
            var winner = KernelSpecInstaller.List(JupyterPaths.KernelSearchPath()).FirstOrDefault(spec => string.Equals(spec.Name, specName, StringComparison.OrdinalIgnoreCase));
            if (winner is not null && !string.Equals(Path.GetFullPath(winner.Directory), Path.GetFullPath(installed), StringComparison.Ordinal))
            {
                await output.WriteLineAsync($"  Note: Jupyter finds the kernelspec \"{specName}\" at {winner.Directory} first ({winner.Owner}); remove that one, or install with --name.").ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static Command Uninstall(TextWriter output, TextWriter error)
    {
        var location = new LocationOptions();
        var name = NameOption();
        var force = new Option<bool>("--force") { Description = "Remove the kernelspec even when it is not MembraneKit's." };
        var command = new Command("uninstall", "Remove the kernelspec this command installed (never another one, unless --force).")
        {
            location.User, location.SysPrefix, location.Prefix, name, force,
        };
        command.SetAction(async (parse, _) =>
        {
            if (await location.ResolveAsync(parse, output, error).ConfigureAwait(false) is not { } kernels)
            {
                return 2;
            }

            var specName = parse.GetValue(name)!;
            try
            {
                var removed = KernelSpecInstaller.Uninstall(kernels, specName, parse.GetValue(force));
                if (removed is null)
                {
                    await error.WriteLineAsync($"There is no kernelspec \"{specName}\" in {kernels}.").ConfigureAwait(false);
                    return 1;
                }

                await output.WriteLineAsync($"Removed the kernelspec \"{specName}\" at {removed}").ConfigureAwait(false);
                return 0;
            }
            catch (ArgumentException e)
            {
                await error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 2;
            }
            catch (KernelSpecException e)
            {
                await error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    private static Command Start(TextWriter error)
    {
        var connectionFile = new Option<string?>("--connection-file", "-f") { Description = "The connection file Jupyter wrote ({connection_file} in kernel.json).", HelpName = "FILE" };
        var cellTimeout = new Option<double>("--cell-timeout")
        {
            Description = "The longest a cell's code may run, in seconds (0, the default, for no limit).",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 0,
        };
        var maxMessage = new Option<int>("--max-message-mib")
        {
            Description = "The largest message the kernel reads, in MiB; larger ones are dropped and logged.",
            HelpName = "MIB",
            DefaultValueFactory = _ => (int)(KernelOptions.DefaultMaxMessageBytes / (1024 * 1024)),
        };
        var command = new Command("start", "Run the kernel on the sockets a connection file names (front ends run this; see 'kernel install').")
        {
            connectionFile, cellTimeout, maxMessage,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(connectionFile);
            if (string.IsNullOrWhiteSpace(path))
            {
                await error.WriteLineAsync("kernel start needs --connection-file FILE: the file Jupyter writes and passes as {connection_file}.").ConfigureAwait(false);
                return 2;
            }

            var seconds = parse.GetValue(cellTimeout);
            if (!double.IsFinite(seconds) || seconds < 0)
            {
                await error.WriteLineAsync($"--cell-timeout is {seconds.ToString(CultureInfo.InvariantCulture)}; give a number of seconds, 0 or more (0 for no limit).").ConfigureAwait(false);
                return 2;
            }

            var mebibytes = parse.GetValue(maxMessage);
            if (mebibytes < 1)
            {
                await error.WriteLineAsync($"--max-message-mib is {mebibytes}; give a size of 1 MiB or more.").ConfigureAwait(false);
                return 2;
            }

            ConnectionFile connection;
            try
            {
                connection = ConnectionFile.Load(path);
            }
            catch (ConnectionFileException e)
            {
                await error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 2;
            }

            var options = new KernelOptions
            {
                CellTimeout = seconds > 0 ? TimeSpan.FromSeconds(seconds) : null,
                MaxMessageBytes = mebibytes * 1024L * 1024L,
                Log = error,
            };
            using (var kernel = new JupyterKernel(connection, options))
            {
                try
                {
                    await kernel.RunAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (KernelStartException e)
                {
                    await error.WriteLineAsync(e.Message).ConfigureAwait(false);
                    return 1;
                }
            }

            // Let ZeroMQ deliver the last replies (the shutdown reply), then end the process: threads a cell
            // started must not outlive the kernel, and a restart must find nothing left of this one.
            NetMQConfig.Cleanup(block: true);
            Environment.Exit(0);
            return 0;
        });
        return command;
    }

    private static Command List(TextWriter output)
    {
        var command = new Command("list", "List the kernelspecs Jupyter finds, in its search order, marking MembraneKit's and those hidden by an earlier one.");
        command.SetAction(async (_, _) =>
        {
            var specs = KernelSpecInstaller.List(JupyterPaths.KernelSearchPath());
            if (specs.Count == 0)
            {
                await output.WriteLineAsync("Jupyter finds no kernelspecs.").ConfigureAwait(false);
                return 0;
            }

            foreach (var spec in specs)
            {
                var mark = spec.IsShadowed ? "  (hidden by an earlier one)" : "";
                await output.WriteLineAsync($"{spec.Name,-24} {spec.Directory}{mark}").ConfigureAwait(false);
                await output.WriteLineAsync($"{"",-24} {spec.Owner}").ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static Option<string> NameOption() => new("--name")
    {
        Description = $"The kernelspec's name (default {KernelSpecInstaller.DefaultName}: the notebooks' metadata names it, so front ends pick this kernel for them).",
        HelpName = "NAME",
        DefaultValueFactory = _ => KernelSpecInstaller.DefaultName,
    };

    /// <summary>Where a kernelspec goes: --user (the default), --sys-prefix or --prefix DIR, as jupyter_client resolves them.</summary>
    private sealed class LocationOptions
    {
        public Option<bool> User { get; } = new("--user") { Description = "The user's Jupyter data folder (~/.local/share/jupyter/kernels on Linux, or $JUPYTER_DATA_DIR/kernels); the default." };

        public Option<bool> SysPrefix { get; } = new("--sys-prefix") { Description = "The Python prefix Jupyter runs from (sys.prefix of /usr/bin/python3)/share/jupyter/kernels." };

        public Option<string?> Prefix { get; } = new("--prefix") { Description = "DIR/share/jupyter/kernels (a virtual environment, a test folder…).", HelpName = "DIR" };

        public async Task<string?> ResolveAsync(ParseResult parse, TextWriter output, TextWriter error)
        {
            var user = parse.GetValue(User);
            var sysPrefix = parse.GetValue(SysPrefix);
            var prefix = parse.GetValue(Prefix);
            if ((user ? 1 : 0) + (sysPrefix ? 1 : 0) + (prefix is null ? 0 : 1) > 1)
            {
                await error.WriteLineAsync("Give at most one of --user, --sys-prefix and --prefix DIR.").ConfigureAwait(false);
                return null;
            }

            if (prefix is not null)
            {
                if (string.IsNullOrWhiteSpace(prefix))
                {
                    await error.WriteLineAsync("--prefix is empty; give a folder (kernelspecs go to DIR/share/jupyter/kernels).").ConfigureAwait(false);
                    return null;
                }

                return JupyterPaths.PrefixKernels(prefix);
            }

            if (sysPrefix)
            {
                if (JupyterPaths.PythonPrefix() is { } pythonPrefix)
                {
                    return JupyterPaths.PrefixKernels(pythonPrefix);
                }

                const string fallback = "/usr/local";
                await output.WriteLineAsync($"Could not ask Python for its sys.prefix (no /usr/bin/python3 or python3 ran); using {fallback}.").ConfigureAwait(false);
                return JupyterPaths.PrefixKernels(fallback);
            }

            return JupyterPaths.UserKernels();
        }
    }
}
