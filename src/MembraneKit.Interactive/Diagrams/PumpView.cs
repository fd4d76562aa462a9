namespace MembraneKit.Interactive;

/// <summary>How the diagram draws a Na⁺/K⁺ pump: its stoichiometry per ATP and a label.</summary>
/// <param name="SodiumOut">Na⁺ ions carried out per cycle (3).</param>
/// <param name="PotassiumIn">K⁺ ions carried in per cycle (2).</param>
/// <param name="Label">Label drawn beside the pump.</param>
internal sealed record PumpView(int SodiumOut, int PotassiumIn, string Label)
{
    /// <summary>"Na⁺/K⁺ pump: 3 Na⁺ out and 2 K⁺ in per ATP hydrolysed".</summary>
    internal string Sentence => $"{Label}: {SodiumOut} Na⁺ out and {PotassiumIn} K⁺ in per ATP hydrolysed";

    /// <summary>The pump of a membrane (<see cref="Membrane.Pump"/>), or null when it has none.</summary>
    internal static PumpView? Of(Membrane membrane) => membrane.Pump is { } pump
        ? new PumpView(pump.SodiumPerCycle, pump.PotassiumPerCycle, "Na⁺/K⁺ pump")
        : null;
}
