namespace MembraneKit.Tests.Electrochemistry;

/// <summary>
/// A junction whose potential was published, with where it was published and how closely it should be reproduced.
/// The ions are those of the source; the left solution is the pipette (LJPcalc's c₀) and the right the bath (c_L),
/// so E_j = φ(bath) − φ(pipette), the sign LJPcalc and JPCalc report.
/// </summary>
public sealed record PublishedJunction(string Name, string Source, LiquidJunction Junction, double Millivolts, double ToleranceMillivolts)
{
    public override string ToString() => Name;

    // Ions of the sets that the catalogue does not hold, with LJPcalc's values (its IonLibrary, which takes them from
    // the JPCalc table of Ng & Barry (1995): relative mobility × |z| × 73.5 S cm²/mol). LJPcalc looks up "EGTA" and
    // "ATP" by name and takes the first match, EGTA²⁻ and ATP²⁻, so these sets use those charges.
    internal static readonly Ion Egta = Ion.Define("EGTA", "EGTA", -2, 0.24 * 2 * 73.5);
    internal static readonly Ion Atp = Ion.Define("ATP", "ATP", -2, 0.15 * 2 * 73.5);

    // Zn²⁺, λ°(½Zn²⁺) = 52.8 S cm²/mol (Lange's Handbook, table 8.32, as in LJPcalc's IonLibrary).
    internal static readonly Ion Zinc = Ion.Define("Zinc", "Zn", 2, 52.8);

    private const string Sets = "LJPcalc, src/LJPcalc.Core/KnownIonSets/";

    /// <summary>The comparison sets LJPcalc ships (commit af971e5, March 2024), each with its original source.</summary>
    public static IReadOnlyList<PublishedJunction> All { get; } =
    [
        new("Ng & Barry 1994, Table 2, bottom row",
            "P. H. Barry's group: Ng & Barry, J. Neurosci. Methods 56 (1995), Table 2 (doi:10.1016/0165-0270(94)00087-W); " + Sets + "NgAndBarry1994.cs",
            LiquidJunction.At(25.Celsius())
                .With(Ion.Calcium, 50, 0).With(Ion.Chloride, 200, 100).With(Ion.Magnesium, 50, 0).With(Ion.Lithium, 0, 100),
            -8.2, 0.5),
        new("JPCalcWin manual, page 7",
            "JPCalcWin demo manual, p. 7 (P. H. Barry, UNSW); " + Sets + "JPCalcWinPage7.cs",
            LiquidJunction.At(20.Celsius())
                .With(Ion.Sodium, 10, 145).With(Ion.Chloride, 10, 145).With(Ion.Cesium, 135, 0).With(Ion.Fluoride, 135, 0),
            +8.74, 0.5),
        new("AxoBits 39, K-gluconate against Ringer",
            "AxoBits 39, p. 8 (a JPCalc screenshot in an article on junction-potential corrections); " + Sets + "AxoBitsArticle.cs",
            LiquidJunction.At(20.Celsius())
                .With(Ion.Potassium, 145, 2.8).With(Ion.Sodium, 13, 145).With(Ion.Chloride, 10, 148.8).With(Ion.Gluconate, 145, 0)
                .With(Ion.Magnesium, 1, 2).With(Ion.Calcium, 0, 1).With(Ion.Hepes, 5, 5),
            +15.6, 0.5),
        new("JLJP screenshot, ZnCl₂ against KCl",
            "JLJP (Marino et al.) screenshot on SourceForge; " + Sets + "JljpScreenshot.cs. The bath is 0.0052 mM short of neutral; " +
            "LJPcalc balances it with Cl⁻ (the ion of largest bath concentration), and so do we, explicitly",
            LiquidJunction.At(25.Celsius())
                .With(Zinc, 9, 2.84e-2).With(Ion.Potassium, 0, 3).With(Ion.Chloride, 18, 3.062).BalancedBy(Ion.Chloride),
            -20.79558643, 0.5),
        new("Patch clamp, K-gluconate against ACSF",
            "Pipette and ACSF of Walz (ed.), Patch-Clamp Analysis, 2nd ed. (2007), p. 191; value computed by LJPcalc, " + Sets + "PatchKGlu.cs. " +
            "The pipette is 2 mM short of neutral; LJPcalc balances it with Na⁺ (largest bath concentration), and so do we, explicitly",
            PatchSolution(Ion.Potassium, Ion.Gluconate), +13.469093234512627, 0.5),
        new("Patch clamp, K-methanesulfonate against ACSF",
            "The K-gluconate set with methanesulfonate for gluconate; value computed by LJPcalc, " + Sets + "PatchKMeSO.cs",
            PatchSolution(Ion.Potassium, Ion.Methanesulfonate), +8.5940720894670459, 0.5),
        new("Patch clamp, Cs-gluconate against ACSF",
            "The K-gluconate set with Cs⁺ for K⁺; value computed by LJPcalc, " + Sets + "PatchCsGlu.cs",
            PatchSolution(Ion.Cesium, Ion.Gluconate), +14.014124840428568, 0.5),
        new("Patch clamp, high Cl⁻ (30 mM K-gluconate replaced by KCl) against ACSF",
            "The Walz (2007) K-gluconate pipette with 30 mM KCl for 30 mM K-gluconate, as LJPcalc lists it (10 HEPES⁻, no EGTA or ATP); " +
            "value computed by LJPcalc, " + Sets + "PatchHighCl.cs. The pipette is 5.75 mM short of neutral; LJPcalc balances it with " +
            "Na⁺ (largest bath concentration), and so do we, explicitly",
            LiquidJunction.At(25.Celsius())
                .With(Ion.Calcium, 0, 2.4).With(Ion.Chloride, 2 + 30, 133.8).With(Ion.Gluconate, 125 - 30, 0).With(Ion.DihydrogenPhosphate, 0, 1.2)
                .With(Ion.Bicarbonate, 0, 25).With(Ion.Hepes, 10, 0).With(Ion.Potassium, 125, 3).With(Ion.Magnesium, 1, 1.5)
                .With(Ion.Sulfate, 0, 1.5).With(Ion.Sodium, 4.25, 152.2).BalancedBy(Ion.Sodium),
            +12.441, 0.5),
    ];

    // 110 XGluconate-or-other, 10 HEPES (half deprotonated: 5 HEPES⁻), 1 EGTA, 20 XCl, 2 MgCl₂, 2 Na₂ATP, with Na⁺ of the
    // HEPES titration; ACSF 126 NaCl, 1.5 MgSO₄, 3 KCl, 1.2 NaH₂PO₄, 2.4 CaCl₂, 25 NaHCO₃.
    private static LiquidJunction PatchSolution(Ion cation, Ion anion)
    {
        var junction = LiquidJunction.At(25.Celsius())
            .With(cation, 110 + 20, 0).With(anion, 110, 0).With(Ion.Hepes, 5, 0).With(Egta, 1, 0).With(Ion.Chloride, 20 + 4, 133.8)
            .With(Ion.Magnesium, 2, 1.5).With(Ion.Sodium, 4 + 5, 152.2).With(Atp, 2, 0).With(Ion.Sulfate, 0, 1.5)
            .With(Ion.DihydrogenPhosphate, 0, 1.2).With(Ion.Calcium, 0, 2.4).With(Ion.Bicarbonate, 0, 25);

        // 3 mM K⁺ in the bath: for the Cs⁺ set the bath keeps K⁺ (LJPcalc lists "Cs 130 | 3": its Cs stands for the bath K⁺).
        junction = cation == Ion.Potassium ? junction.With(Ion.Potassium, 130, 3) : junction.With(cation, 130, 3);
        return junction.BalancedBy(Ion.Sodium);
    }
}
