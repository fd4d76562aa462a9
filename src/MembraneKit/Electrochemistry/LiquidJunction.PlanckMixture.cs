namespace MembraneKit;

// Planck's solution for any mixture of monovalent ions: the root of his transcendental equation.
public sealed partial record LiquidJunction
{
    /// <summary>
    /// The junction potential by Planck's solution, for any mixture of monovalent ions (HCl ∣ KCl, or a salt at
    /// two concentrations). Unlike Henderson's equation it assumes no concentration profile: it is the exact
    /// steady state of the Nernst–Planck equations when the mixing zone has fixed ends (constrained diffusion).
    /// </summary>
    /// <remarks>
    /// <para>With all ions monovalent, electroneutrality makes the total cation and anion concentrations equal, c(x),
    /// and the steady state makes c linear and the potential φ₂ − φ₁ = (RT/F) ln ξ. With U = Σ u₊c₊ and V = Σ u₋c₋ on
    /// side 1 (left) and side 2 (right), c₁ and c₂ the total concentrations, ξ solves Planck's equation</para>
    /// <para>(ξU₂ − U₁) / (V₂ − ξV₁) = [ln(c₂/c₁) − ln ξ] / [ln(c₂/c₁) + ln ξ] · (ξc₂ − c₁) / (c₂ − ξc₁),</para>
    /// <para>solved here for s = ln ξ / ln(c₂/c₁), by a bracketing solver to the limit of double precision, in the form
    /// (s + 1)(U₂rˢ − U₁)/(r^(s+1) − 1) = (1 − s)(V₂r⁻ˢ − V₁)/(r^(1−s) − 1), r = c₂/c₁. When c₁ = c₂ the equation reduces
    /// to ξ = (U₁ + V₂)/(U₂ + V₁), the Goldman form (for a common anion, the Lewis–Sargent relation). For one 1:1 salt
    /// it gives the closed form of <see cref="Planck(Ion, Ion, Concentration, Concentration, Temperature)"/>.</para>
    /// <para>Planck's solution gives no per-ion split, so each <see cref="JunctionIonContribution.Contribution"/> is null;
    /// the transference numbers are given. Source: M. Planck, Ann. Phys. 276, 561 (1890); the equation is
    /// derived again in D. A. MacInnes, <i>The Principles of Electrochemistry</i> (Reinhold, 1939).</para>
    /// </remarks>
    /// <exception cref="InvalidInputException">No ions, a side with no ions, a side that is not neutral, or an ion that is not monovalent.</exception>
    /// <exception cref="NoSolutionException">Planck's equation has no root (not expected for neutral, non-empty sides).</exception>
    public LiquidJunctionPotential Planck()
    {
        RequireNeutralSides();
        var multivalent = IonList.FirstOrDefault(i => Math.Abs(i.Ion.Charge) != 1);
        if (multivalent is not null)
        {
            throw new InvalidInputException("junction", $"a junction holding {multivalent.Ion.Symbol}", "monovalent ions only (Planck's equation is for 1:1 mixtures)",
                "use Henderson() for multivalent ions");
        }

        // Mobility-weighted concentrations, normalised so that the root finder's |f| test is relative.
        double u1 = 0, u2 = 0, v1 = 0, v2 = 0, c1 = 0, c2 = 0;
        foreach (var i in IonList.Where(i => i.Ion.Charge > 0))
        {
            u1 += i.Mobility * i.LeftMillimolar;
            u2 += i.Mobility * i.RightMillimolar;
            c1 += i.LeftMillimolar;
            c2 += i.RightMillimolar;
        }

        foreach (var i in IonList.Where(i => i.Ion.Charge < 0))
        {
            v1 += i.Mobility * i.LeftMillimolar;
            v2 += i.Mobility * i.RightMillimolar;
        }

        var norm = u1 + u2 + v1 + v2;
        (u1, u2, v1, v2) = (u1 / norm, u2 / norm, v1 / norm, v2 / norm);
        var logRatio = Math.Log(c2 / c1);
        var logXi = Math.Abs(logRatio) < 1e-12
            ? Math.Log((u1 + v2) / (u2 + v1))
            : logRatio * SolvePlanckExponent(u1, u2, v1, v2, logRatio);

        var thermalVolts = PhysicalConstants.GasConstant * Temperature.Kelvin / PhysicalConstants.Faraday;
        var leftConduction = IonList.Sum(i => i.Mobility * i.LeftMillimolar);
        var rightConduction = IonList.Sum(i => i.Mobility * i.RightMillimolar);
        var contributions = IonList.Select(i => new JunctionIonContribution(i.Ion, i.LeftMillimolar, i.RightMillimolar, i.Mobility,
            i.Mobility * i.LeftMillimolar / leftConduction, i.Mobility * i.RightMillimolar / rightConduction, null));
        return new LiquidJunctionPotential(this, JunctionPotentialMethod.Planck, Voltage.FromVoltsUnchecked(thermalVolts * logXi), [.. contributions]);
    }

    /// <summary>The root s of (s + 1)(U₂rˢ − U₁)/(r^(s+1) − 1) − (1 − s)(V₂r⁻ˢ − V₁)/(r^(1−s) − 1), r = e^logRatio.</summary>
    private static double SolvePlanckExponent(double u1, double u2, double v1, double v2, double logRatio)
    {
        // p / (rᵖ − 1), continuous through p = 0 where it tends to 1 / ln r.
        double Weight(double p) => p * logRatio == 0 ? 1 / logRatio : p / AccurateMath.ExpM1(p * logRatio);
        double Zero(double s) =>
            Weight(s + 1) * (u2 * Math.Exp(s * logRatio) - u1) - Weight(1 - s) * (v2 * Math.Exp(-s * logRatio) - v1);

        // The function runs from −∞ to +∞ as s does (both sides hold ions), so doubling a bracket finds a sign change
        // long before the exponentials overflow.
        double lower = -1, upper = 1;
        while (Math.Sign(Zero(lower)) == Math.Sign(Zero(upper)) && Math.Abs(upper * logRatio) < 600)
        {
            lower *= 2;
            upper *= 2;
        }

        // Narrowed to the limit of double precision; never stopped early because |f| is small.
        return BracketedRoot.TryFind(Zero, lower, upper, BracketedRoot.MachineTolerance, out var root)
            ? root
            : throw new NoSolutionException($"Planck's equation has no root for s in [{Guard.Format(lower)}, {Guard.Format(upper)}]; use Henderson() instead.");
    }
}
