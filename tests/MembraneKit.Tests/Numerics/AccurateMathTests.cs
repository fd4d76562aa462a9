using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Numerics;

public class AccurateMathTests
{
    // |x| from 2⁻⁶⁰ to 2 on a log scale, both signs: the whole range where eˣ − 1 can cancel, and past it.
    private static readonly Gen<double> Arguments =
        from exponent in Gen.Choose(-60_000, 1_000)
        from negative in Gen.Elements(false, true)
        select (negative ? -1 : 1) * Math.Pow(2, exponent / 1000.0);

    [Property(MaxTest = 400)]
    public Property Expm1_is_within_one_unit_in_the_last_place_of_the_exact_value() =>
        Prop.ForAll(Arguments.ToArbitrary(), x => ExactReference.UlpsFrom(AccurateMath.ExpM1(x), ExactReference.ExpM1(x)) < 1);

    [Theory]
    [InlineData(1e-10)]
    [InlineData(-1e-5)]
    [InlineData(-0.05)]
    [InlineData(0.1)]
    [InlineData(-0.5)]
    [InlineData(0.5)]
    [InlineData(1.5)]
    [InlineData(-2)]
    public void Expm1_matches_exact_arithmetic_at_known_points(double x) =>
        Assert.True(ExactReference.UlpsFrom(AccurateMath.ExpM1(x), ExactReference.ExpM1(x)) < 1, $"expm1({x})");

    [Fact]
    public void Expm1_of_the_issue_example_is_correct_where_mathnet_loses_seven_digits()
    {
        // 1 − e^(−0.05) = 0.048770575499285990…; MathNet 5.0.0's Expm1 gives 0.0487705729.
        Assert.True(ExactReference.UlpsFrom(-AccurateMath.ExpM1(-0.05), -ExactReference.ExpM1(-0.05)) < 1);
        Assert.Equal(0.048770575499285990, -AccurateMath.ExpM1(-0.05), 1e-17);
    }

    [Fact]
    public void Expm1_keeps_its_ends_and_its_sign_of_zero()
    {
        Assert.Equal(-1, AccurateMath.ExpM1(-800));
        Assert.Equal(double.PositiveInfinity, AccurateMath.ExpM1(800));
        Assert.Equal(5e-324, AccurateMath.ExpM1(5e-324));
        Assert.Equal(0, AccurateMath.ExpM1(0));
    }
}
