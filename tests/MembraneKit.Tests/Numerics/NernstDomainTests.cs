using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static MembraneKit.Tests.Numerics.DomainGenerators;

namespace MembraneKit.Tests.Numerics;

public class NernstDomainTests
{
    [Property(MaxTest = 1000)]
    public Property Nernst_agrees_with_an_independent_form_to_1e_12_over_the_whole_domain() =>
        Prop.ForAll(Ions.ToArbitrary(), Kelvin.ToArbitrary(), (ion, kelvin) =>
        {
            // kT/(ze) with Avogadro cancelled, in decimal (28 digits), and ln c_out − ln c_in instead of ln(c_out/c_in):
            // a different rounding path to the same number. Where the logarithms nearly cancel, 1e-12 of the thermal
            // voltage RT/(|z|F) is the bar (the difference of two large terms).
            var thermal = (double)(1.380649m / 1.602176634m / 10_000m * (decimal)kelvin / ion.Charge);
            var expected = thermal * (Math.Log(ion.Outside) - Math.Log(ion.Inside));
            var actual = Nernst.PotentialVolts(ion.Charge, ion.Inside, ion.Outside, kelvin);
            var tolerance = 1e-12 * Math.Max(Math.Abs(expected), Math.Abs(thermal));
            Assert.True(Math.Abs(actual - expected) <= tolerance, $"{ion}, {kelvin:R} K: {actual:R} vs {expected:R}");
            return true;
        });
}
