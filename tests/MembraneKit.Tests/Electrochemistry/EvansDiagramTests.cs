namespace MembraneKit.Tests.Electrochemistry;

public class EvansDiagramTests
{
    [Fact]
    public void Each_couples_branches_meet_at_its_equilibrium_potential_and_exchange_current()
    {
        // Grid of 1 mV from 0 to 1 V: index 771 is E°(Fe³⁺/Fe²⁺), index 151 is E°(Sn⁴⁺/Sn²⁺); i₀ = 10 A/m² → log₁₀ = 1.
        var diagram = WorkedExample1571906.Solve().EvansDiagram(0.Volts(), 1.Volts(), 1001);
        var iron = diagram.Branches[0];
        var tin = diagram.Branches[1];
        Assert.Equal(1, iron.Log10AnodicAmperesPerSquareMetre[771], 9);
        Assert.Equal(1, iron.Log10CathodicAmperesPerSquareMetre[771], 9);
        Assert.Equal(1, tin.Log10AnodicAmperesPerSquareMetre[151], 9);
        Assert.Equal(1, tin.Log10CathodicAmperesPerSquareMetre[151], 9);
        Assert.Equal(0.771, iron.ExchangePoint.Potential.Volts, 12);
        Assert.Equal(1, iron.ExchangePoint.Log10ExchangeCurrentAmperesPerSquareMetre, 12);
    }

    [Fact]
    public void Branches_are_straight_tafel_lines_with_the_slopes_of_each_couple()
    {
        // Sn (n = 2, α = ½): the anodic branch rises 2 × ½ / 0.0591593 V = 16.9035 decades per volt;
        // Fe (n = 1, α = ½): the cathodic branch falls 8.4518 decades per volt.
        var diagram = WorkedExample1571906.Solve().EvansDiagram(0.Volts(), 1.Volts(), 1001);
        var tinAnodic = diagram.Branches[1].Log10AnodicAmperesPerSquareMetre;
        var ironCathodic = diagram.Branches[0].Log10CathodicAmperesPerSquareMetre;
        Assert.InRange((tinAnodic[500] - tinAnodic[400]) / 0.1, 16.9035 - 1e-3, 16.9035 + 1e-3);
        Assert.InRange((ironCathodic[500] - ironCathodic[400]) / 0.1, -8.4518 - 1e-3, -8.4518 + 1e-3);
    }

    [Fact]
    public void The_mixed_point_is_marked_where_tin_oxidation_meets_iron_reduction()
    {
        var mixed = WorkedExample1571906.Solve();
        var diagram = mixed.EvansDiagram();
        Assert.Equal(mixed.Potential, diagram.MixedPotential);
        Assert.Equal(Math.Log10(31145.1), diagram.Log10MixedCurrentAmperesPerSquareMetre, 4);
        Assert.Equal(0.151 - 0.25, diagram.PotentialsVolts[0], 12);
        Assert.Equal(0.771 + 0.25, diagram.PotentialsVolts[^1], 12);
        Assert.Equal(201, diagram.PotentialsVolts.Count);
    }

    [Fact]
    public void A_diagram_needs_at_least_two_points()
    {
        var e = Assert.Throws<InvalidInputException>(() => WorkedExample1571906.Solve().EvansDiagram(1));
        Assert.Equal("points", e.ParamName);
        Assert.Contains("at least 2", e.Message);
    }
}
