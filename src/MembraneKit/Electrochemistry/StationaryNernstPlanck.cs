using MathNet.Numerics.LinearAlgebra;

namespace MembraneKit;

/// <summary>
/// The stationary, electroneutral, zero-current Nernst–Planck problem across a junction of unit width, solved by
/// shooting: guess the constant fluxes, integrate the concentrations and the potential from the left side (RK4 on a
/// graded mesh), and correct the fluxes by Newton's method until the right side's concentrations come out. The mesh
/// is doubled until two meshes agree on the potential (Richardson), so the stated error is measured, not assumed.
/// </summary>
/// <remarks>
/// <para>Dimensionless: x ∈ [0, 1], ψ = Fφ/RT, gᵢ = Jᵢ L / Dᵢ. Each ion obeys gᵢ = −(cᵢ′ + zᵢ cᵢ ψ′) with gᵢ constant
/// (stationary); electroneutrality Σ zᵢ cᵢ = 0 gives ψ′ = −Σ zᵢ gᵢ / Σ zᵢ² cᵢ, and zero current Σ zᵢ Dᵢ gᵢ = 0 removes one
/// flux. The N − 1 remaining fluxes are fixed by N − 1 right-side concentrations (the last follows by neutrality).
/// This is the problem of Marino, Misuri &amp; Brogioli, arXiv:1403.3640 (2014), which LJPcalc solves by a random search
/// over the fluxes; here Newton's method with a finite-difference Jacobian solves it to machine precision.</para>
/// </remarks>
internal static class StationaryNernstPlanck
{
    /// <summary>The error in ψ the mesh refinement aims for, 10⁻⁶ (0.026 µV at 25 °C): a quarter of the 0.1 µV the kit
    /// states, because the Richardson estimate is itself only an estimate.</summary>
    internal const double PotentialTolerance = 1e-6;

    /// <summary>The largest mismatch of a right-side concentration accepted, relative to the largest concentration.</summary>
    internal const double BoundaryTolerance = 1e-10;

    private const int FirstIntervals = 32;
    private const int MostIntervals = 8192;
    private const int MostNewtonIterations = 60;

    /// <summary>Solves for the fluxes and profiles.</summary>
    /// <param name="charges">zᵢ, none 0.</param>
    /// <param name="diffusion">Dᵢ in any common unit, all above 0.</param>
    /// <param name="left">cᵢ at x = 0, neutral, not all 0.</param>
    /// <param name="right">cᵢ at x = 1, neutral, not all 0.</param>
    /// <param name="solution">The solution, or null.</param>
    /// <param name="failure">Why there is none, or null.</param>
    internal static bool TrySolve(int[] charges, double[] diffusion, double[] left, double[] right, out Solution? solution, out string? failure)
    {
        // Shoot from the dilute side: a flux error there would be large against the small concentrations, while carried
        // to the concentrated side it stays small. The reversed junction has the negative potential and mirrored profiles.
        double strengthLeft = 0, strengthRight = 0;
        for (var i = 0; i < charges.Length; i++)
        {
            strengthLeft += charges[i] * charges[i] * left[i];
            strengthRight += charges[i] * charges[i] * right[i];
        }

        if (strengthRight >= strengthLeft)
        {
            return TrySolveFromLeft(charges, diffusion, left, right, out solution, out failure);
        }

        if (!TrySolveFromLeft(charges, diffusion, right, left, out var mirrored, out failure))
        {
            solution = null;
            return false;
        }

        var end = mirrored!.Psi[^1];
        solution = mirrored with
        {
            Potential = -mirrored.Potential,
            Positions = [.. Enumerable.Reverse(mirrored.Positions).Select(x => 1 - x)],
            Concentrations = [.. Enumerable.Reverse(mirrored.Concentrations)],
            Psi = [.. Enumerable.Reverse(mirrored.Psi).Select(p => p - end)],
        };
        return true;
    }

    private static bool TrySolveFromLeft(int[] charges, double[] diffusion, double[] left, double[] right, out Solution? solution, out string? failure)
    {
        var n = charges.Length;
        var scale = left.Concat(right).Max();
        var problem = new Problem(charges, diffusion, [.. left.Select(c => c / scale)], [.. right.Select(c => c / scale)]);

        // Start from pure diffusion with linear profiles: gᵢ = cᵢᴸ − cᵢᴿ.
        var free = new double[n - 1];
        for (var i = 0; i < n - 1; i++)
        {
            free[i] = problem.Left[problem.FreeIon(i)] - problem.Right[problem.FreeIon(i)];
        }

        Attempt? previous = null;
        var totalIterations = 0;
        for (var intervals = FirstIntervals; intervals <= MostIntervals; intervals *= 2)
        {
            var mesh = problem.Mesh(intervals);
            if (!problem.TryNewton(mesh, free, out var attempt, out failure))
            {
                solution = null;
                return false;
            }

            totalIterations += attempt!.Iterations;
            free = attempt.Free;
            if (previous is not null)
            {
                // RK4: the error of the finer mesh is about 1/15 of the difference between the two.
                var error = Math.Abs(attempt.Psi[^1] - previous.Psi[^1]) / 15;
                if (error <= PotentialTolerance || intervals == MostIntervals)
                {
                    if (error > PotentialTolerance)
                    {
                        solution = null;
                        failure = $"the potential did not settle as the mesh was refined to {intervals} intervals (estimated error {Guard.Format(error)} RT/F)";
                        return false;
                    }

                    solution = new Solution(attempt.Psi[^1], mesh, [.. attempt.Concentrations.Select(row => row.Select(c => c * scale).ToArray())], attempt.Psi,
                        totalIterations, error, attempt.Mismatch, intervals);
                    failure = null;
                    return true;
                }
            }

            previous = attempt;
        }

        solution = null;
        failure = "the mesh could not be refined further";
        return false;
    }

    /// <summary>A converged solution: ψ(1) − ψ(0), the profiles (cᵢ in the caller's unit, ψ), and how well it converged.</summary>
    internal sealed record Solution(double Potential, double[] Positions, double[][] Concentrations, double[] Psi, int Iterations, double EstimatedError,
        double Mismatch, int Intervals);

    private sealed record Attempt(double[] Free, double[][] Concentrations, double[] Psi, int Iterations, double Mismatch);

    private sealed class Problem
    {
        private readonly int[] _charges;
        private readonly double[] _diffusion;
        private readonly int _dependent;

        internal Problem(int[] charges, double[] diffusion, double[] left, double[] right)
        {
            _charges = charges;
            _diffusion = diffusion;
            Left = left;
            Right = right;

            // The flux fixed by zero current: the ion that conducts most, so the constraint is well conditioned.
            _dependent = Enumerable.Range(0, charges.Length)
                .MaxBy(i => Math.Abs(charges[i]) * diffusion[i] * (left[i] + right[i]));
        }

        internal double[] Left { get; }

        internal double[] Right { get; }

        internal int FreeIon(int index) => index < _dependent ? index : index + 1;

        /// <summary>Nodes graded so that Σ z²c, if it varied linearly from side to side, changes by equal factors between them:
        /// close together where the solution is dilute and the potential steep.</summary>
        internal double[] Mesh(int intervals)
        {
            double strengthLeft = 0, strengthRight = 0;
            for (var i = 0; i < _charges.Length; i++)
            {
                strengthLeft += _charges[i] * _charges[i] * Left[i];
                strengthRight += _charges[i] * _charges[i] * Right[i];
            }

            var logRatio = Math.Log(strengthRight / strengthLeft);
            var nodes = new double[intervals + 1];
            for (var j = 0; j <= intervals; j++)
            {
                var xi = (double)j / intervals;
                nodes[j] = Math.Abs(logRatio) < 1e-9 ? xi : AccurateMath.ExpM1(xi * logRatio) / AccurateMath.ExpM1(logRatio);
            }

            nodes[^1] = 1;
            return nodes;
        }

        internal bool TryNewton(double[] mesh, double[] start, out Attempt? attempt, out string? failure)
        {
            var m = start.Length;
            var free = (double[])start.Clone();
            if (!TryShoot(mesh, free, out var concentrations, out var psi))
            {
                attempt = null;
                failure = "the starting fluxes drive a concentration profile to zero ionic strength";
                return false;
            }

            var residual = Residual(concentrations);
            var norm = residual.Max(Math.Abs);
            for (var iteration = 1; iteration <= MostNewtonIterations; iteration++)
            {
                if (norm <= BoundaryTolerance)
                {
                    attempt = new Attempt(free, concentrations, psi, iteration - 1, norm);
                    failure = null;
                    return true;
                }

                var jacobian = Matrix<double>.Build.Dense(m, m);
                for (var j = 0; j < m; j++)
                {
                    var step = 1e-7 * Math.Max(1e-3, Math.Abs(free[j]));
                    var shifted = (double[])free.Clone();
                    shifted[j] += step;
                    if (!TryShoot(mesh, shifted, out var shiftedConcentrations, out _))
                    {
                        shifted[j] = free[j] - step;
                        step = -step;
                        if (!TryShoot(mesh, shifted, out shiftedConcentrations, out _))
                        {
                            attempt = null;
                            failure = "no finite-difference step keeps the ionic strength above zero";
                            return false;
                        }
                    }

                    var shiftedResidual = Residual(shiftedConcentrations);
                    for (var i = 0; i < m; i++)
                    {
                        jacobian[i, j] = (shiftedResidual[i] - residual[i]) / step;
                    }
                }

                var delta = jacobian.LU().Solve(Vector<double>.Build.DenseOfArray(residual));
                if (delta.Any(d => !double.IsFinite(d)))
                {
                    attempt = null;
                    failure = "the Jacobian of the boundary mismatch is singular";
                    return false;
                }

                // Damped Newton: halve the step until the mismatch shrinks and the profile stays physical.
                var accepted = false;
                for (var damping = 1.0; damping >= 1.0 / 1024; damping /= 2)
                {
                    var trial = new double[m];
                    for (var j = 0; j < m; j++)
                    {
                        trial[j] = free[j] - damping * delta[j];
                    }

                    if (!TryShoot(mesh, trial, out var trialConcentrations, out var trialPsi))
                    {
                        continue;
                    }

                    var trialResidual = Residual(trialConcentrations);
                    var trialNorm = trialResidual.Max(Math.Abs);
                    if (trialNorm < norm || (damping == 1.0 && trialNorm <= 10 * BoundaryTolerance))
                    {
                        (free, concentrations, psi, residual, norm) = (trial, trialConcentrations, trialPsi, trialResidual, trialNorm);
                        accepted = true;
                        break;
                    }
                }

                if (!accepted)
                {
                    if (norm <= 1e3 * BoundaryTolerance)
                    {
                        // Rounding in the shooting sets a floor a little above the target; accept it and say so in Mismatch.
                        attempt = new Attempt(free, concentrations, psi, iteration, norm);
                        failure = null;
                        return true;
                    }

                    attempt = null;
                    failure = $"Newton's method stalled with a right-side mismatch of {Guard.Format(norm)} (relative to the largest concentration)";
                    return false;
                }
            }

            if (norm <= 1e3 * BoundaryTolerance)
            {
                attempt = new Attempt(free, concentrations, psi, MostNewtonIterations, norm);
                failure = null;
                return true;
            }

            attempt = null;
            failure = $"Newton's method did not converge in {MostNewtonIterations} iterations (right-side mismatch {Guard.Format(norm)} relative to the largest concentration)";
            return false;
        }

        private double[] Residual(double[][] concentrations)
        {
            var last = concentrations[^1];
            var residual = new double[_charges.Length - 1];
            for (var i = 0; i < residual.Length; i++)
            {
                var ion = FreeIon(i);
                residual[i] = last[ion] - Right[ion];
            }

            return residual;
        }

        private double[] Fluxes(double[] free)
        {
            var n = _charges.Length;
            var g = new double[n];
            double current = 0;
            for (var i = 0; i < n - 1; i++)
            {
                var ion = FreeIon(i);
                g[ion] = free[i];
                current += _charges[ion] * _diffusion[ion] * free[i];
            }

            g[_dependent] = -current / (_charges[_dependent] * _diffusion[_dependent]);
            return g;
        }

        /// <summary>Integrates from x = 0 to 1 with classical RK4 on the mesh; false if Σ z²c reaches zero or a value is not finite.</summary>
        private bool TryShoot(double[] mesh, double[] free, out double[][] concentrations, out double[] psi)
        {
            var n = _charges.Length;
            var g = Fluxes(free);
            double chargeFlux = 0;
            for (var i = 0; i < n; i++)
            {
                chargeFlux += _charges[i] * g[i];
            }

            concentrations = new double[mesh.Length][];
            psi = new double[mesh.Length];
            var c = (double[])Left.Clone();
            concentrations[0] = (double[])c.Clone();
            Span<double> k1 = stackalloc double[n], k2 = stackalloc double[n], k3 = stackalloc double[n], k4 = stackalloc double[n], stage = stackalloc double[n];
            double potential = 0;
            for (var j = 1; j < mesh.Length; j++)
            {
                var h = mesh[j] - mesh[j - 1];
                if (!Slope(c, g, chargeFlux, k1, out var p1))
                {
                    return false;
                }

                for (var i = 0; i < n; i++)
                {
                    stage[i] = c[i] + 0.5 * h * k1[i];
                }

                if (!Slope(stage, g, chargeFlux, k2, out var p2))
                {
                    return false;
                }

                for (var i = 0; i < n; i++)
                {
                    stage[i] = c[i] + 0.5 * h * k2[i];
                }

                if (!Slope(stage, g, chargeFlux, k3, out var p3))
                {
                    return false;
                }

                for (var i = 0; i < n; i++)
                {
                    stage[i] = c[i] + h * k3[i];
                }

                if (!Slope(stage, g, chargeFlux, k4, out var p4))
                {
                    return false;
                }

                for (var i = 0; i < n; i++)
                {
                    c[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
                }

                potential += h / 6 * (p1 + 2 * p2 + 2 * p3 + p4);
                if (!double.IsFinite(potential))
                {
                    return false;
                }

                concentrations[j] = (double[])c.Clone();
                psi[j] = potential;
            }

            return true;
        }

        private bool Slope(ReadOnlySpan<double> c, double[] g, double chargeFlux, Span<double> dc, out double dpsi)
        {
            double strength = 0;
            for (var i = 0; i < c.Length; i++)
            {
                strength += _charges[i] * _charges[i] * c[i];
            }

            if (!(strength > 1e-300))
            {
                dpsi = double.NaN;
                return false;
            }

            dpsi = -chargeFlux / strength;
            for (var i = 0; i < c.Length; i++)
            {
                dc[i] = -g[i] - _charges[i] * c[i] * dpsi;
            }

            return true;
        }
    }
}
