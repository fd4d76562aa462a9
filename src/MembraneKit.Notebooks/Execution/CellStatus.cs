namespace MembraneKit.Notebooks;

/// <summary>How a cell's execution ended.</summary>
public enum CellStatus
{
    /// <summary>It ran to the end without an error.</summary>
    Succeeded,

    /// <summary>It failed: an exception, a compile error, a failed package restore, an unsupported language.</summary>
    Failed,

    /// <summary>It ran past its time limit and was stopped.</summary>
    TimedOut,

    /// <summary>It was interrupted by the host.</summary>
    Cancelled,

    /// <summary>It was not run because an earlier cell failed.</summary>
    Skipped,
}
