using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Electrochemistry;

public class NernstPlanckJunctionTests
{
    public static TheoryData<PublishedJunction> Published() => [.. PublishedJunction.All];

    [Theory]
    [MemberData(nameof(Published))]
    public void Nernst_planck_reproduces_the_published_junction_potentials_within_their_tolerance(PublishedJunction set)
    {
        var ej = set.Junction.NernstPlanck();
        Assert.True(Math.Abs(ej.Potential.Millivolts - set.Millivolts) <= set.ToleranceMillivolts,
            $"{set.Name}: {ej.Potential.Millivolts:0.000} mV, published {set.Millivolts:0.000} ± {set.ToleranceMillivolts} mV ({set.Source})");
    }

    /// <summary>Three cations from 0.01 mM to 1 000 mM on each side (one may be absent on one side), Cl⁻ balancing each side.</summary>
    private static readonly Gen<(double[] Left, double[] Right, int Absent)> MonovalentMixtures =
        from left in Gen.ArrayOf(Gen.Choose(0, 500).Select(i => Math.Pow(10, i / 100.0 - 2)), 3)
        from right in Gen.ArrayOf(Gen.Choose(0, 500).Select(i => Math.Pow(10, i / 100.0 - 2)), 3)
        from absent in Gen.Choose(-1, 5)
        select (left, right, absent);

    [Property(MaxTest = 100)]
    public Property For_monovalent_mixtures_nernst_planck_equals_plancks_solution_within_the_stated_tolerance() =>
        // Planck's equation is the exact steady state for 1:1 mixtures; his root and the shooting solver share no code.
        Prop.ForAll(MonovalentMixtures.ToArbitrary(), mixture =>
        {
            var (left, right, absent) = mixture;
            if (absent >= 0)
            {
                (absent < 3 ? left : right)[absent % 3] = 0;
            }

            var junction = LiquidJunction.At(25.Celsius())
                .With(Ion.Hydrogen, left[0], right[0]).With(Ion.Potassium, left[1], right[1]).With(Ion.Sodium, left[2], right[2])
                .With(Ion.Chloride, 1, 1).BalancedBy(Ion.Chloride);
            var np = junction.NernstPlanck();
            var planck = junction.Planck();
            Assert.True(Math.Abs(np.Potential.Millivolts - planck.Potential.Millivolts) <= 1e-4,
                $"{junction}: Nernst–Planck {np.Potential.Millivolts:R} mV, Planck {planck.Potential.Millivolts:R} mV");
            return true;
        });

    [Fact]
    public void A_single_calcium_chloride_gradient_gives_the_transference_number_closed_form()
    {
        // One binary salt: E_j = (t₊/z₊ + t₋/z₋)(RT/F) ln(c_R/c_L) whatever the profile, with t± by conductance:
        // t₊ = 59.47 / (59.47 + 76.31) = 0.437988; E_j = (0.218994 − 0.562012) × 25.6926 mV × ln(0.1) = −20.293 mV.
        var ej = LiquidJunction.Electrolyte(Ion.Calcium, Ion.Chloride, 0.1.Molar(), 0.01.Molar(), 25.Celsius()).NernstPlanck();
        Assert.Equal(-20.293, ej.Potential.Millivolts, 3);
        Assert.Equal(JunctionPotentialMethod.NernstPlanck, ej.Method);
    }

    [Fact]
    public void The_profile_starts_at_the_left_solution_and_ends_at_the_right_one_with_the_potential_as_its_last_value()
    {
        var set = PublishedJunction.All[0].Junction;
        var ej = set.NernstPlanck();
        var profile = ej.Profile!;
        Assert.Equal(0, profile.Positions[0]);
        Assert.Equal(1, profile.Positions[^1]);
        Assert.Equal(0, profile.PotentialMillivolts[0]);
        Assert.Equal(ej.Potential.Millivolts, profile.PotentialMillivolts[^1], 12);
        for (var i = 0; i < set.Ions.Count; i++)
        {
            Assert.Equal(set.Ions[i].LeftMillimolar, profile.Concentrations[i][0], 9);
            Assert.Equal(set.Ions[i].RightMillimolar, profile.Concentrations[i][^1], 6);
        }

        Assert.InRange(profile.EstimatedError.Millivolts, 0, 1e-4);
        Assert.InRange(profile.BoundaryMismatch, 0, 1e-7);

        // Electroneutral at every point.
        for (var j = 0; j < profile.Positions.Count; j++)
        {
            var charge = Enumerable.Range(0, set.Ions.Count).Sum(i => set.Ions[i].Ion.Charge * profile.Concentrations[i][j]);
            Assert.True(Math.Abs(charge) < 1e-9, $"net charge {charge} mM at x = {profile.Positions[j]}");
        }
    }

    [Fact]
    public void Turning_the_junction_round_negates_its_potential()
    {
        var set = PublishedJunction.All[3].Junction;
        Assert.Equal(-set.NernstPlanck().Potential.Millivolts, set.Reversed().NernstPlanck().Potential.Millivolts, 5);
    }

    [Fact]
    public void A_side_that_is_not_neutral_is_refused_with_the_net_charge_and_the_remedy()
    {
        var junction = LiquidJunction.At(25.Celsius()).With(Ion.Potassium, 130, 3).With(Ion.Chloride, 120, 3);
        var error = Assert.Throws<InvalidInputException>(() => junction.NernstPlanck());
        Assert.Equal("junction", error.ParamName);
        Assert.Contains("net charge +10 mM", error.Message);
        Assert.False(junction.BalancedBy(Ion.Chloride).TryNernstPlanck(out _, out var failure) is false && failure is not null);
    }

    [Fact]
    public void Balancing_by_an_ion_changes_only_that_ion_and_says_when_it_cannot()
    {
        var junction = LiquidJunction.At(25.Celsius()).With(Ion.Potassium, 130, 3).With(Ion.Chloride, 120, 3).With(Ion.Sodium, 0, 5);
        var balanced = junction.BalancedBy(Ion.Chloride);
        Assert.Equal(130, balanced.Ions[1].LeftMillimolar);
        Assert.Equal(8, balanced.Ions[1].RightMillimolar);
        Assert.Equal(130, balanced.Ions[0].LeftMillimolar);

        var error = Assert.Throws<InvalidInputException>(() => junction.BalancedBy(Ion.Potassium));
        Assert.Equal("ion", error.ParamName);
        Assert.Contains("K⁺ would need -2 mM", error.Message);
        var absent = Assert.Throws<InvalidInputException>(() => junction.BalancedBy(Ion.Calcium));
        Assert.Contains("an ion of the junction (K⁺, Cl⁻, Na⁺)", absent.Message);
    }
}
