namespace MembraneKit;

/// <summary>
/// The inside of a liquid junction at steady state, from the Nernst–Planck solution: each ion's concentration and the
/// potential at points across the mixing zone, and how well the solver converged.
/// </summary>
/// <remarks>Positions run from 0 (the left solution) to 1 (the right solution) as fractions of the zone's width; the
/// width itself never enters the potential. The potential is φ(x) − φ(left), so its last value is E_j.</remarks>
public sealed record JunctionProfile
{
    internal JunctionProfile(IReadOnlyList<Ion> ions, double[] positions, double[][] millimolarByIon, double[] potentialMillivolts,
        int iterations, int intervals, Voltage estimatedError, double boundaryMismatch)
    {
        Ions = new EquatableList<Ion>(ions);
        Positions = EquatableList<double>.Adopt(positions);
        Concentrations = new EquatableList<IReadOnlyList<double>>(millimolarByIon.Select(row => (IReadOnlyList<double>)EquatableList<double>.Adopt(row)));
        PotentialMillivolts = EquatableList<double>.Adopt(potentialMillivolts);
        Iterations = iterations;
        Intervals = intervals;
        EstimatedError = estimatedError;
        BoundaryMismatch = boundaryMismatch;
    }

    /// <summary>The ions, in the order of the junction.</summary>
    public IReadOnlyList<Ion> Ions { get; }

    /// <summary>The points, from 0 (left solution) to 1 (right solution), as fractions of the junction's width.</summary>
    public IReadOnlyList<double> Positions { get; }

    /// <summary>For each ion (in the order of <see cref="Ions"/>), its concentration in mM at each point.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Concentrations { get; }

    /// <summary>φ(x) − φ(left) in mV at each point; the last value is E_j.</summary>
    public IReadOnlyList<double> PotentialMillivolts { get; }

    /// <summary>Newton iterations used, over all meshes.</summary>
    public int Iterations { get; }

    /// <summary>Intervals of the finest mesh.</summary>
    public int Intervals { get; }

    /// <summary>The error of E_j estimated from the last two meshes (Richardson, fourth order); the solver refines until it is below 0.026 µV at 25 °C, and the kit states 0.1 µV (tested against Planck's exact solution).</summary>
    public Voltage EstimatedError { get; }

    /// <summary>The largest difference between a right-side concentration reached by the solution and the one given,
    /// relative to the largest concentration of the junction (about 10⁻¹⁰ or less).</summary>
    public double BoundaryMismatch { get; }

    /// <summary>Formats as "Nernst–Planck profile: 4 ions, 257 points, E_j error ≈ 2e-08 mV".</summary>
    public override string ToString() =>
        FormattableString.Invariant($"Nernst–Planck profile: {Ions.Count} ions, {Positions.Count} points, E_j error ≈ {EstimatedError.Millivolts:0.#e+0} mV");
}
