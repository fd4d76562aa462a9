namespace MembraneKit.Interactive;

/// <summary>Series colours shared by the static and the interactive chart, so the two look alike
/// (a colour-blind-safe set after Okabe and Ito, 2008).</summary>
internal static class Palette
{
    private static readonly string[] Colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

    internal const string Marker = "#B91C1C";

    internal const string Guide = "#6B7280";

    internal static string Color(int index) => Colors[index % Colors.Length];
}
