namespace MembraneKit;

// The Na⁺/K⁺ pump on a membrane: the pump itself (so a diagram can draw it) and the pump–leak potential.
public sealed partial record Membrane
{
    /// <summary>The Na⁺/K⁺-ATPase in this membrane, or <see langword="null"/> when none was added.</summary>
    public SodiumPotassiumPump? Pump { get; private init; }

    /// <summary>The same membrane with a Na⁺/K⁺-ATPase (replacing any pump already there).</summary>
    /// <param name="pump">The pump, e.g. <see cref="SodiumPotassiumPump.Standard"/>.</param>
    public Membrane WithPump(SodiumPotassiumPump pump) => this with { Pump = Guard.NotNull(pump) };

    /// <summary>The same membrane with the standard 3 Na⁺ : 2 K⁺ pump.</summary>
    public Membrane WithPump() => WithPump(SodiumPotassiumPump.Standard);

    /// <summary>The same membrane without its pump (as if blocked by ouabain).</summary>
    public Membrane WithoutPump() => this with { Pump = null };

    /// <summary>The pump–leak (Mullins–Noda) steady-state potential with the coupling ratio of this membrane's
    /// pump (3/2 when it has none), beside the same formula with r = 1.</summary>
    /// <exception cref="InvalidInputException">K⁺ or Na⁺ or their permeabilities missing, or of mixed kinds.</exception>
    /// <remarks>See <see cref="PumpLeakSteadyState"/> for the equation and its source.</remarks>
    public PumpLeakSteadyState PumpLeakPotential() =>
        PumpLeakSteadyState.Of(this, (Pump ?? SodiumPotassiumPump.Standard).CouplingRatio);

    /// <summary>The pump–leak (Mullins–Noda) steady-state potential for a coupling ratio r.</summary>
    /// <param name="couplingRatio">r = Na⁺ out / K⁺ in per cycle; finite, above 0.</param>
    /// <exception cref="InvalidInputException">K⁺ or Na⁺ or their permeabilities missing, or r not positive.</exception>
    public PumpLeakSteadyState PumpLeakPotential(double couplingRatio) => PumpLeakSteadyState.Of(this, couplingRatio);
}
