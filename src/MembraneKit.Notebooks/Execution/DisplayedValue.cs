namespace MembraneKit.Notebooks;

/// <summary>A handle to a displayed value, returned by <c>display(x)</c> and <c>x.Display()</c>.</summary>
public sealed class DisplayedValue
{
    private readonly CellContext? _cell;
    private readonly IReadOnlyList<string> _mimeTypes;

    internal DisplayedValue(string displayId, CellContext? cell, IReadOnlyList<string> mimeTypes)
    {
        DisplayId = displayId;
        _cell = cell;
        _mimeTypes = mimeTypes;
    }

    /// <summary>The display's id.</summary>
    public string DisplayId { get; }

    /// <summary>
    /// Replaces the displayed output with <paramref name="updatedValue"/>, formatted the same way. While
    /// the cell that showed it runs, the output is replaced in place; afterwards (a timer, a background
    /// task, a later cell) the new output goes to <see cref="SessionOptions.OnLateDisplayUpdate"/>.
    /// </summary>
    /// <param name="updatedValue">The new value.</param>
    public void Update(object? updatedValue) => _cell?.UpdateDisplay(DisplayId, updatedValue, _mimeTypes);
}
