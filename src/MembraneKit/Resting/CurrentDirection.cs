namespace MembraneKit;

/// <summary>The direction of a membrane current, by the physiological convention (positive = outward).</summary>
public enum CurrentDirection
{
    /// <summary>No net current.</summary>
    None,

    /// <summary>Positive charge leaving the cell (a cation going out or an anion coming in); positive sign.</summary>
    Outward,

    /// <summary>Positive charge entering the cell (a cation coming in or an anion going out); negative sign.</summary>
    Inward,
}
