namespace MembraneKit.Kernel;

/// <summary>The kernel's sockets that carry messages (the heartbeat only echoes).</summary>
internal enum KernelChannel
{
    /// <summary>Requests and their replies: execute, complete, inspect, history, kernel info…</summary>
    Shell,

    /// <summary>Interrupt, shutdown and kernel info, served while a cell runs.</summary>
    Control,

    /// <summary>The kernel asks the front end for a line of input.</summary>
    Stdin,

    /// <summary>Broadcast to every front end: status, outputs, the code being run.</summary>
    IOPub,
}
