namespace MembraneKit.Tests.Membranes;

public class MembranePumpTests
{
    private static readonly Membrane Cell = Membrane.At(37.Celsius())
        .With(Ion.Potassium, inside: 140, outside: 4)
        .With(Ion.Sodium, inside: 15, outside: 145);

    [Fact]
    public void A_new_membrane_has_no_pump()
    {
        Assert.Null(Cell.Pump);
    }

    [Fact]
    public void With_pump_adds_the_standard_pump_and_without_pump_removes_it()
    {
        var pumped = Cell.WithPump();
        Assert.Equal(SodiumPotassiumPump.Standard, pumped.Pump);
        Assert.Null(pumped.WithoutPump().Pump);
        Assert.Null(Cell.Pump); // the original is unchanged
    }

    [Fact]
    public void The_pump_takes_part_in_equality()
    {
        Assert.NotEqual(Cell, Cell.WithPump());
        Assert.Equal(Cell.WithPump(), Cell.WithPump(SodiumPotassiumPump.WithStoichiometry(3, 2)));
        Assert.NotEqual(Cell.WithPump(), Cell.WithPump(SodiumPotassiumPump.WithStoichiometry(2, 1)));
        Assert.Equal(Cell, Cell.WithPump().WithoutPump());
    }

    [Fact]
    public void Changing_concentrations_keeps_the_pump()
    {
        var pumped = Cell.WithPump(SodiumPotassiumPump.WithStoichiometry(2, 1)).With(Ion.Sodium, inside: 20, outside: 145);
        Assert.Equal(2, pumped.Pump!.SodiumPerCycle);
    }

    [Fact]
    public void A_null_pump_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => Cell.WithPump(null!));
        Assert.Equal("pump", e.ParamName);
    }
}
