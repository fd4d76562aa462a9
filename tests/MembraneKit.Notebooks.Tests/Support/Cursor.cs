namespace MembraneKit.Notebooks.Tests;

/// <summary>Cells written with a <c>|</c> where the cursor is.</summary>
internal static class Cursor
{
    public static (string Code, int Cursor) At(string marked)
    {
        var cursor = marked.IndexOf('|', StringComparison.Ordinal);
        Assert.True(cursor >= 0, $"No | cursor in: {marked}");
        return (marked.Remove(cursor, 1), cursor);
    }

    /// <summary>A limit on any wait, so a test fails instead of hanging.</summary>
    public static Task<T> Within<T>(this Task<T> task, int seconds = 60) => task.WaitAsync(TimeSpan.FromSeconds(seconds));
}
