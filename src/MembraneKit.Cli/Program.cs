using MembraneKit.Cli;
using MembraneKit.Cli.Isolation;

// A notebook worker is started by 'membranekit run' itself: it skips building the command line.
return args is [NotebookWorker.Verb, ..]
    ? await NotebookWorker.RunAsync(args).ConfigureAwait(false)
    : await CliApplication.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
