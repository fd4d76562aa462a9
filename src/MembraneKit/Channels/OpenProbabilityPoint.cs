namespace MembraneKit;

/// <summary>One point of an activation curve: a membrane potential and the open probability there.</summary>
/// <param name="Voltage">The membrane potential, inside relative to outside.</param>
/// <param name="OpenProbability">The equilibrium open probability P_o at that potential, from 0 to 1.</param>
public readonly record struct OpenProbabilityPoint(Voltage Voltage, double OpenProbability);
