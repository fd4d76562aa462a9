namespace MembraneKit;

/// <summary>How an ion's current depends on the membrane potential.</summary>
public enum CurrentLaw
{
    /// <summary>Ohmic (chord conductance): I = g (V − E), from the ions' conductances.</summary>
    Ohmic,

    /// <summary>The Goldman–Hodgkin–Katz current equation, from the ions' permeabilities.</summary>
    GoldmanHodgkinKatz,
}
