using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MembraneKit.Tests.Numerics;

public class BracketedRootTests
{
    [Property(MaxTest = 300)]
    public Property A_steep_function_with_a_huge_scale_is_solved_to_the_last_digits() =>
        Prop.ForAll(Gen.Choose(-9000, 9000).Select(i => i / 1000.0).ToArbitrary(), Gen.Choose(-300, 300).ToArbitrary(), (root, scaleExponent) =>
        {
            // f = s·d·(1 + 16d²), d = x − r: tiny residuals far from the root when s is small, huge ones near it when s
            // is large; a residual-based stop (MathNet's Brent) returns early, or not at all.
            var scale = Math.Pow(10, scaleExponent);
            var found = BracketedRoot.TryFind(x => scale * (x - root) * (1 + 16 * (x - root) * (x - root)), -10, 10, BracketedRoot.MachineTolerance, out var x);
            return found && Math.Abs(x - root) <= 1e-14 * Math.Max(1, Math.Abs(root));
        });

    [Fact]
    public void One_sign_at_both_ends_returns_the_end_nearer_zero_and_says_so()
    {
        Assert.False(BracketedRoot.TryFind(x => x * x + 1, -1, 2, BracketedRoot.MachineTolerance, out var x));
        Assert.Equal(-1, x);
    }

    [Fact]
    public void An_end_that_is_a_zero_is_returned()
    {
        Assert.True(BracketedRoot.TryFind(x => x - 3, 3, 5, BracketedRoot.MachineTolerance, out var x));
        Assert.Equal(3, x);
    }
}
