namespace MembraneKit.Notebooks;

/// <summary>
/// A <see cref="DisplayedValue.Update"/> made after the cell that showed the value had finished — by a
/// timer, a background task, or a later cell holding the handle. The cell's <see cref="CellResult"/> is
/// final by then, so the session passes the new output to
/// <see cref="SessionOptions.OnLateDisplayUpdate"/> instead; a Jupyter kernel sends it as
/// <c>update_display_data</c>, and <see cref="NotebookRunner"/> puts it into the executed copy.
/// </summary>
/// <param name="DisplayId">The display's id (<see cref="DisplayedValue.DisplayId"/>).</param>
/// <param name="ExecutionCount">The execution count of the cell that made the display.</param>
/// <param name="OutputIndex">The display's position among that cell's outputs (<see cref="CellResult.Outputs"/>).</param>
/// <param name="Output">The new output, to replace the old one in place.</param>
public sealed record LateDisplayUpdate(string DisplayId, int ExecutionCount, int OutputIndex, DisplayDataOutput Output);
