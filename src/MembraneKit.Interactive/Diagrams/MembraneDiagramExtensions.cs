namespace MembraneKit.Interactive;

/// <summary>Diagram shortcuts on the physics types, so a cell reads <c>cell.Diagram((-70).Millivolts())</c>.</summary>
public static class MembraneDiagramExtensions
{
    /// <summary>The membrane diagram with each ion's driving force at a membrane potential.</summary>
    /// <param name="membrane">The membrane; at least one ion.</param>
    /// <param name="membranePotential">V_m, inside relative to outside.</param>
    public static MembraneDiagram Diagram(this Membrane membrane, Voltage membranePotential) => MembraneDiagram.Of(membrane, membranePotential);

    /// <summary>The membrane diagram of concentrations and equilibrium potentials.</summary>
    /// <param name="membrane">The membrane; at least one ion.</param>
    public static MembraneDiagram Diagram(this Membrane membrane) => MembraneDiagram.Of(membrane);
}
