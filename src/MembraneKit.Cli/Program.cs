using MembraneKit.Cli;
using MembraneKit.Cli.Isolation;

// The sandbox launcher becomes the program it starts (execve): nothing else may run before it.
if (args is [SandboxExec.Verb, ..])
{
    return SandboxExec.Run(args);
}

// A notebook worker is started by 'membranekit run' itself: it skips building the command line.
if (args is [NotebookWorker.Verb, ..])
{
    return await NotebookWorker.RunAsync(args).ConfigureAwait(false);
}

// 'run' needs a worker process for its first notebook: start it now, while the command line is read.
if (args is ["run", ..])
{
    WorkerPool.StartSpare();
}

try
{
    return await CliApplication.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
}
finally
{
    WorkerPool.Discard();
}
