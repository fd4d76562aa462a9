using System.Globalization;

namespace MembraneKit;

/// <summary>
/// One junction's potential by the three methods side by side — Henderson's equation, Planck's solution (where it
/// applies) and the stationary Nernst–Planck equations — with their differences and the reason they differ.
/// </summary>
/// <remarks>The Nernst–Planck value is the reference: it assumes nothing about the profiles. For monovalent ions
/// Planck's solution is the same steady state in closed form; Henderson's equation assumes every concentration varies
/// linearly, which is exact for a single salt and close when the two sides conduct alike.</remarks>
public sealed record JunctionPotentialComparison
{
    internal JunctionPotentialComparison(LiquidJunction junction, LiquidJunctionPotential henderson, LiquidJunctionPotential? planck, LiquidJunctionPotential nernstPlanck)
    {
        Junction = junction;
        Henderson = henderson;
        Planck = planck;
        NernstPlanck = nernstPlanck;
    }

    /// <summary>The junction compared.</summary>
    public LiquidJunction Junction { get; }

    /// <summary>Henderson's equation.</summary>
    public LiquidJunctionPotential Henderson { get; }

    /// <summary>Planck's solution, or null when an ion is not monovalent (his equation is for 1:1 mixtures).</summary>
    public LiquidJunctionPotential? Planck { get; }

    /// <summary>The stationary Nernst–Planck solution, with its profiles.</summary>
    public LiquidJunctionPotential NernstPlanck { get; }

    /// <summary>Henderson − Nernst–Planck.</summary>
    public Voltage HendersonDifference => Voltage.FromVoltsUnchecked(Henderson.Potential.Volts - NernstPlanck.Potential.Volts);

    /// <summary>Planck − Nernst–Planck (zero to the solver's tolerance), or null when Planck does not apply.</summary>
    public Voltage? PlanckDifference => Planck is { } p ? Voltage.FromVoltsUnchecked(p.Potential.Volts - NernstPlanck.Potential.Volts) : null;

    /// <summary>The ions whose valence is not ±1, among those whose concentration differs between the sides.</summary>
    public IReadOnlyList<Ion> PolyvalentIons => [.. Junction.Ions.Where(i => Math.Abs(i.Ion.Charge) > 1 && i.LeftMillimolar != i.RightMillimolar).Select(i => i.Ion)];

    /// <summary>Fastest over slowest mobility among the ions whose concentration differs between the sides (1 when fewer than two differ).</summary>
    public double MobilityRatio
    {
        get
        {
            var moving = Junction.Ions.Where(i => i.LeftMillimolar != i.RightMillimolar).Select(i => i.Mobility).ToArray();
            return moving.Length < 2 ? 1 : moving.Max() / moving.Min();
        }
    }

    /// <summary>A sentence on why the methods agree or differ for this junction.</summary>
    public string Reason
    {
        get
        {
            var difference = HendersonDifference.Millivolts;
            var size = string.Create(CultureInfo.InvariantCulture, $"Henderson differs from Nernst–Planck by {difference:+0.00;-0.00;0.00} mV");
            var single = Junction.Ions.Count == 2;
            var mobility = string.Create(CultureInfo.InvariantCulture, $"the ions that cross differ up to {MobilityRatio:0.0}-fold in mobility");
            if (single)
            {
                return size + ": with a single salt every method gives the transference-number result, whatever the profile.";
            }

            var why = PolyvalentIons.Count > 0
                ? $"{string.Join(", ", PolyvalentIons.Select(i => i.Symbol))} carry more than one charge, so the field bends their profiles away from the straight lines Henderson assumes, and {mobility}"
                : $"{mobility}, so the real profiles are not the straight lines Henderson assumes";
            var planck = Planck is null ? "" : " All ions are monovalent, so Planck's solution is the exact steady state and matches Nernst–Planck.";
            return $"{size}: {why}.{planck}";
        }
    }

    /// <summary>Formats as "Henderson +15.61 mV, Planck —, Nernst–Planck +16.06 mV".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Henderson {Henderson.Potential.Millivolts:+0.00;-0.00;0.00} mV, Planck {(Planck is { } p ? p.Potential.Millivolts.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + " mV" : "—")}, Nernst–Planck {NernstPlanck.Potential.Millivolts:+0.00;-0.00;0.00} mV");
}
