namespace MembraneKit;

/// <summary>Evenly spaced grids for the electrochemistry sweeps.</summary>
internal static class Sweeps
{
    /// <summary><paramref name="points"/> values from <paramref name="from"/> to <paramref name="to"/> inclusive, the last exact.</summary>
    internal static double[] Linear(double from, double to, int points)
    {
        var values = new double[points];
        var step = (to - from) / (points - 1);
        for (var k = 0; k < points; k++)
        {
            values[k] = from + k * step;
        }

        values[^1] = to;
        return values;
    }
}
