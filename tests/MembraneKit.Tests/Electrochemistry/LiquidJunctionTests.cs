using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Electrochemistry;

public class LiquidJunctionTests
{
    // (RT/F) ln 10 at 25 °C, exact SI-2019 constants: 59.1593 mV. Limiting conductivities (CRC, S cm²/mol):
    // H⁺ 349.65, K⁺ 73.48, Na⁺ 50.08, Ca²⁺ (per equivalent) 59.47, Cl⁻ 76.31.
    private const double NernstSlopeMillivolts = 59.15935;

    [Fact]
    public void Hydrochloric_acid_tenth_molar_against_hundredth_molar_gives_about_38_millivolts_dilute_side_positive()
    {
        // Worked example 1559551. t₊ = 349.65 / (349.65 + 76.31) = 0.820852, so E_j = (t₊ − t₋)(RT/F) ln 10
        // = 0.641704 × 59.1593 mV = +37.96 mV with the right (dilute) side positive. Bard & Faulkner, Electrochemical
        // Methods, 2nd ed. (2001), §2.3.4, treat this HCl concentration junction; with their finite-concentration
        // t₊ ≈ 0.83 the same formula gives 0.66 × 59.16 ≈ 39 mV, hence the 37–40 mV window.
        var junction = LiquidJunction.At(25.Celsius())
            .With(Ion.Hydrogen, left: 100, right: 10)
            .With(Ion.Chloride, left: 100, right: 10);
        var ej = junction.Henderson();
        Assert.Equal(37.963, ej.Potential.Millivolts, 2);
        Assert.InRange(ej.Potential.Millivolts, 37, 40);
        Assert.Equal(Ion.Hydrogen, ej.FastestIon);
        Assert.Equal(0.820852, ej.Contributions[0].TransferenceNumberLeft, 5);
        Assert.Equal(0.820852, ej.Contributions[0].TransferenceNumberRight, 5);
        Assert.Contains("right solution ends up positive", ej.Summary);
    }

    [Fact]
    public void The_ions_contributions_sum_to_the_junction_potential_with_hydrogen_pushing_and_chloride_pulling()
    {
        // H⁺ term t₊ (RT/F) ln 10 = 0.820852 × 59.1593 = +48.561 mV; Cl⁻ term −t₋ (RT/F) ln 10 = −10.598 mV.
        var ej = LiquidJunction.Electrolyte(Ion.Hydrogen, Ion.Chloride, 0.1.Molar(), 0.01.Molar(), 25.Celsius()).Henderson();
        Assert.Equal(48.561, ej.Contributions[0].Contribution!.Value.Millivolts, 2);
        Assert.Equal(-10.598, ej.Contributions[1].Contribution!.Value.Millivolts, 2);
        Assert.Equal(ej.Potential.Volts, ej.Contributions.Sum(c => c.Contribution!.Value.Volts), 15);
    }

    [Fact]
    public void Potassium_chloride_gives_a_junction_of_about_one_millivolt_which_is_why_salt_bridges_use_it()
    {
        // t₊ = 73.48 / 149.79 = 0.490553: E_j = (2 × 0.490553 − 1) × 59.1593 mV = −1.118 mV, thirty times smaller than HCl.
        var kcl = LiquidJunction.Planck(Ion.Potassium, Ion.Chloride, 0.1.Molar(), 0.01.Molar(), 25.Celsius());
        var hcl = LiquidJunction.Planck(Ion.Hydrogen, Ion.Chloride, 0.1.Molar(), 0.01.Molar(), 25.Celsius());
        Assert.Equal(-1.118, kcl.Potential.Millivolts, 2);
        Assert.True(Math.Abs(hcl.Potential.Millivolts) > 30 * Math.Abs(kcl.Potential.Millivolts));
    }

    [Fact]
    public void Hydrochloric_acid_against_potassium_chloride_follows_the_lewis_sargent_relation()
    {
        // Equal concentrations, common anion: Henderson reduces to E_j = (RT/F) ln(Λ_HCl / Λ_KCl) (Lewis and Sargent,
        // J. Am. Chem. Soc. 31, 363 (1909)): 25.6926 mV × ln(425.96 / 149.79) = +26.85 mV, the KCl side positive.
        var ej = AcidAgainstSalt(acidMillimolar: 100, saltMillimolar: 100).Henderson();
        Assert.Equal(26.852, ej.Potential.Millivolts, 2);
    }

    [Fact]
    public void Calcium_chloride_uses_two_chlorides_per_calcium_and_the_valences_in_the_closed_form()
    {
        // CaCl₂ 0.1 M ∣ 0.01 M: t₊ = 2·59.47 / (2·59.47 + 2·76.31) = 0.437988, t₋ = 0.562012;
        // E_j = (t₊/2 − t₋)(RT/F) ln 10 = −0.343018 × 59.1593 = −20.293 mV.
        var junction = LiquidJunction.Electrolyte(Ion.Calcium, Ion.Chloride, 0.1.Molar(), 0.01.Molar(), 25.Celsius());
        Assert.Equal(200, junction.Ions[1].LeftMillimolar);
        Assert.Equal(-20.293, junction.Henderson().Potential.Millivolts, 2);
    }

    [Property]
    public Property Henderson_equals_planck_for_a_single_one_to_one_electrolyte()
    {
        var cations = Gen.Elements(Ion.Hydrogen, Ion.Potassium, Ion.Sodium, Ion.Lithium);
        var anions = Gen.Elements(Ion.Chloride, Ion.Bicarbonate, Ion.Hydroxide);
        var molar = Gen.Choose(1, 20000).Select(i => i / 10000.0);
        var salts = cations.SelectMany(cation => anions.Select(anion => (cation, anion)));
        var sides = molar.SelectMany(left => molar.Select(right => (left, right)));
        return Prop.ForAll(salts.ToArbitrary(), sides.ToArbitrary(), (salt, side) =>
        {
            var (cation, anion) = salt;
            var (left, right) = side;
            var planck = LiquidJunction.Planck(cation, anion, left.Molar(), right.Molar(), 30.Celsius()).Potential.Volts;
            var henderson = LiquidJunction.Electrolyte(cation, anion, left.Molar(), right.Molar(), 30.Celsius()).Henderson().Potential.Volts;
            return Math.Abs(planck - henderson) <= 1e-12 + 1e-10 * Math.Abs(planck);
        });
    }

    [Property]
    public Property Swapping_the_two_sides_negates_the_junction_potential()
    {
        var millimolar = Gen.Choose(0, 500).Select(i => (double)i);
        var pairs = millimolar.SelectMany(a => millimolar.Select(b => (a, b)));
        return Prop.ForAll(pairs.ToArbitrary(), pairs.ToArbitrary(), (h, k) =>
        {
            var (h1, h2) = h;
            var (k1, k2) = k;
            // H⁺ and K⁺ with chloride to balance; 1 mM of NaCl on each side keeps both sides non-empty.
            var junction = LiquidJunction.At(25.Celsius())
                .With(Ion.Sodium, left: 1, right: 1)
                .With(Ion.Chloride, left: h1 + k1 + 1, right: h2 + k2 + 1);
            if (h1 + h2 > 0)
            {
                junction = junction.With(Ion.Hydrogen, h1, h2);
            }

            if (k1 + k2 > 0)
            {
                junction = junction.With(Ion.Potassium, k1, k2);
            }

            var forward = junction.Henderson().Potential.Volts;
            var backward = junction.Reversed().Henderson().Potential.Volts;
            return Math.Abs(forward + backward) <= 1e-15 + 1e-12 * Math.Abs(forward);
        });
    }

    [Fact]
    public void Equal_sides_give_exactly_zero_without_dividing_by_zero()
    {
        var planck = LiquidJunction.Planck(Ion.Hydrogen, Ion.Chloride, 0.1.Molar(), 0.1.Molar(), 25.Celsius());
        var henderson = LiquidJunction.Electrolyte(Ion.Hydrogen, Ion.Chloride, 0.1.Molar(), 0.1.Molar(), 25.Celsius()).Henderson();
        Assert.Equal(0, planck.Potential.Volts);
        Assert.Equal(0, henderson.Potential.Volts);
        Assert.Contains("No side is charged", henderson.Summary);
    }

    [Fact]
    public void The_potential_scales_with_absolute_temperature()
    {
        var at25 = LiquidJunction.Planck(Ion.Hydrogen, Ion.Chloride, 0.1.Molar(), 0.01.Molar(), 25.Celsius()).Potential.Volts;
        var at37 = LiquidJunction.Planck(Ion.Hydrogen, Ion.Chloride, 0.1.Molar(), 0.01.Molar(), 37.Celsius()).Potential.Volts;
        Assert.Equal(310.15 / 298.15, at37 / at25, 12);
    }

    [Fact]
    public void Planck_and_henderson_differ_for_hydrochloric_acid_against_a_tenfold_more_dilute_potassium_chloride()
    {
        // 100 mM HCl ∣ 10 mM KCl at 25 °C. Reference: an independent finite-volume integration of the electroneutral
        // Nernst–Planck equations to steady state with the ends held fixed (Python, 20 and 40 cells: 52.33 and 52.51 mV,
        // Richardson-extrapolated 52.57 mV), against Planck's root 52.578 mV. Henderson's linear mixing gives 57.26 mV.
        var junction = AcidAgainstSalt(acidMillimolar: 100, saltMillimolar: 10);
        var planck = junction.Planck();
        Assert.InRange(planck.Potential.Millivolts, 52.5, 52.65);
        Assert.Equal(57.264, junction.Henderson().Potential.Millivolts, 2);
        Assert.All(planck.Contributions, c => Assert.Null(c.Contribution));
        Assert.Equal(JunctionPotentialMethod.Planck, planck.Method);
    }

    [Fact]
    public void At_equal_total_concentrations_planck_reduces_to_the_lewis_sargent_relation()
    {
        // HCl 100 mM ∣ KCl 100 mM: (RT/F) ln((349.65 + 76.31)/(73.48 + 76.31)) = +26.85 mV, the same as Henderson.
        var junction = AcidAgainstSalt(acidMillimolar: 100, saltMillimolar: 100);
        Assert.Equal(26.852, junction.Planck().Potential.Millivolts, 2);
    }

    [Property]
    public Property Planck_for_a_mixture_reduces_to_the_closed_form_for_a_single_salt_and_changes_sign_with_the_sides()
    {
        var cations = Gen.Elements(Ion.Hydrogen, Ion.Potassium, Ion.Sodium, Ion.Lithium);
        var molar = Gen.Choose(1, 20000).Select(i => i / 10000.0);
        var sides = molar.SelectMany(left => molar.Select(right => (left, right)));
        return Prop.ForAll(cations.ToArbitrary(), sides.ToArbitrary(), (cation, side) =>
        {
            var (left, right) = side;
            var closed = LiquidJunction.Planck(cation, Ion.Chloride, left.Molar(), right.Molar(), 25.Celsius()).Potential.Volts;
            var junction = LiquidJunction.Electrolyte(cation, Ion.Chloride, left.Molar(), right.Molar(), 25.Celsius());
            var root = junction.Planck().Potential.Volts;
            var reversed = junction.Reversed().Planck().Potential.Volts;
            return Math.Abs(root - closed) <= 1e-12 + 1e-9 * Math.Abs(closed) && Math.Abs(root + reversed) <= 1e-12 + 1e-9 * Math.Abs(root);
        });
    }

    [Property]
    public Property Planck_for_hydrochloric_acid_against_potassium_chloride_changes_sign_with_the_sides()
    {
        var millimolar = Gen.Choose(1, 1000).Select(i => (double)i);
        return Prop.ForAll(millimolar.ToArbitrary(), millimolar.ToArbitrary(), (acid, salt) =>
        {
            var junction = AcidAgainstSalt(acidMillimolar: acid, saltMillimolar: salt);
            var forward = junction.Planck().Potential.Volts;
            return Math.Abs(forward + junction.Reversed().Planck().Potential.Volts) <= 1e-12 + 1e-9 * Math.Abs(forward);
        });
    }

    [Fact]
    public void Planck_for_a_mixture_refuses_multivalent_ions()
    {
        var e = Assert.Throws<InvalidInputException>(() =>
            LiquidJunction.Electrolyte(Ion.Calcium, Ion.Chloride, 0.1.Molar(), 0.01.Molar(), 25.Celsius()).Planck());
        Assert.Equal("junction", e.ParamName);
        Assert.Contains("Ca²⁺", e.Message);
        Assert.Contains("monovalent", e.Message);
    }

    [Fact]
    public void An_ion_without_a_limiting_conductivity_is_refused_by_name()
    {
        var nmdg = Ion.Define("N-methyl-D-glucamine", "NMDG", 1);
        var e = Assert.Throws<InvalidInputException>(() => LiquidJunction.At(25.Celsius()).With(nmdg, left: 100, right: 10));
        Assert.Equal("ion", e.ParamName);
        Assert.Contains("NMDG⁺", e.Message);
        Assert.Contains("limiting", e.Message);
        var planck = Assert.Throws<InvalidInputException>(() => LiquidJunction.Planck(nmdg, Ion.Chloride, 0.1.Molar(), 0.01.Molar(), 25.Celsius()));
        Assert.Equal("cation", planck.ParamName);
    }

    [Fact]
    public void A_junction_with_no_ions_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => LiquidJunction.At(25.Celsius()).Henderson());
        Assert.Equal("junction", e.ParamName);
        Assert.Contains("no ions", e.Message);
    }

    [Fact]
    public void A_side_that_is_not_neutral_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => LiquidJunction.At(25.Celsius()).With(Ion.Hydrogen, 100, 10).Henderson());
        Assert.Equal("junction", e.ParamName);
        Assert.Contains("net charge +100", e.Message);
    }

    [Fact]
    public void Planck_refuses_a_salt_that_is_not_one_to_one()
    {
        var e = Assert.Throws<InvalidInputException>(() => LiquidJunction.Planck(Ion.Calcium, Ion.Chloride, 0.1.Molar(), 0.01.Molar(), 25.Celsius()));
        Assert.Equal("cation", e.ParamName);
        Assert.Contains("monovalent", e.Message);
    }

    [Fact]
    public void Negative_or_doubly_absent_concentrations_are_refused()
    {
        var negative = Assert.Throws<InvalidInputException>(() => LiquidJunction.At(25.Celsius()).With(Ion.Hydrogen, -1, 10));
        Assert.Equal("left", negative.ParamName);
        Assert.Contains("0 mM, or a concentration from 1E-21 mM to 20000 mM", negative.Message);
        var absent = Assert.Throws<InvalidInputException>(() => LiquidJunction.At(25.Celsius()).With(Ion.Hydrogen, 0, 0));
        Assert.Equal("left", absent.ParamName);
        Assert.Contains("at least one side", absent.Message);
    }

    /// <summary>HCl on the left against KCl on the right, 25 °C: a bi-ionic junction with a common anion.</summary>
    private static LiquidJunction AcidAgainstSalt(double acidMillimolar, double saltMillimolar) => LiquidJunction.At(25.Celsius())
        .With(Ion.Hydrogen, left: acidMillimolar, right: 0)
        .With(Ion.Potassium, left: 0, right: saltMillimolar)
        .With(Ion.Chloride, left: acidMillimolar, right: saltMillimolar);
}
